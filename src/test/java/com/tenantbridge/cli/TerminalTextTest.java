package com.tenantbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tenantbridge.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing from a plan, a CSV or a tenant reaches the terminal as a control sequence: it is shown escaped. */
class TerminalTextTest {

    @TempDir
    Path dir;

    @Test
    void controlAndDirectionCharactersAreShownNotObeyed() {
        assertThat(TerminalText.escaped("a\u001B[2Jb\u0007c\rd\u202Ee\u0085f\tg\nh"))
                .isEqualTo("a\\x1B[2Jb\\x07c" + (System.lineSeparator().contains("\r") ? "\r" : "\\x0D")
                        + "d\\u202Ee\\x85f\tg\nh");
    }

    @Test
    void anEscapeSequenceInAPlansFieldNameIsEscapedOnScreen() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode plan = (ObjectNode) json.readTree(Examples.shipped("federation-abc-contoso.json").toFile());
        plan.put("\u001B[31mred\u001B]0;title\u0007", 1);
        Path file = dir.resolve("esc.json");
        Files.writeString(file, json.writeValueAsString(plan));

        CliRun run = CliRun.of("validate", "--plan", file.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.said()).contains("\\x1B[31mred\\x1B]0;title\\x07: unknown field")
                .doesNotContain("\u001B", "\u0007");
    }
}
