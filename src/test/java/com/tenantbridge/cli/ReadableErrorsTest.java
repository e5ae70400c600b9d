package com.tenantbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * No stack trace or Java class name reaches a person: a name not found (DNS), nothing answering, and a file that
 * cannot be used each give one line, what failed and what to do, with exit 3 for a tenant not reached.
 */
class ReadableErrorsTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final DemoCli cli = new DemoCli();

    private static final String PLAN = Path.of(System.getProperty("tenantbridge.assets", "assets"), "examples",
            "federation-abc-contoso.json").toString();

    private void oneReadableLine(String err) {
        assertThat(err.strip().lines().toList()).hasSize(1);
        assertThat(err).doesNotContainPattern("\\b(java|javax|com|org)\\.[a-z]+\\.").doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void aNameThatDoesNotResolveIsExit3AndOneLine() {
        int code = cli.run("check", "--plan", PLAN, "--tenant", "demo@http://no-such-host.invalid/v1.0");
        assertThat(code).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(cli.err()).contains("could not be found (DNS)");
        oneReadableLine(cli.err());
    }

    @Test
    void nothingAnsweringIsExit3AndOneLine() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        for (String command : List.of("check", "plan", "verify")) {
            int code = cli.run(command, "--plan", PLAN, "--tenant", "demo@http://127.0.0.1:" + port);
            assertThat(code).as(command).isEqualTo(ExitCodes.UNREACHABLE);
            assertThat(cli.err()).contains("No demo tenant answers at http://127.0.0.1:" + port);
            oneReadableLine(cli.err());
        }
    }

    @Test
    void aJournalThatCannotBeWrittenIsOneLineNamingThePath() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        String plan = Examples.copy(Path.of(PLAN), dir).toString();
        int code = cli.run("apply", "--plan", plan, "--tenant", cli.tenant, "--yes", "--confirm-narrowing", "--journal",
                notAFolder.resolve("run.jsonl").toString());
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains(notAFolder.toString());
        oneReadableLine(cli.err());
    }

    @Test
    void aRefusedSignInIsExit3AndItsOwnSentence() {
        var refused = new com.tenantbridge.service.port.TenantAccessException("Could not sign in to contoso.com:"
                + " AADSTS50020: User account from identity provider does not exist in tenant. Check the account and"
                + " the tenant; an admin may need to consent to the permissions asked.", new RuntimeException());
        assertThat(OneLineErrors.code(refused)).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(OneLineErrors.message(refused)).isEqualTo(refused.getMessage());
        var dns = new RuntimeException(new java.io.UncheckedIOException(new java.net.UnknownHostException(
                "graph.microsoft.com")));
        assertThat(OneLineErrors.code(dns)).isEqualTo(ExitCodes.UNREACHABLE);
        oneReadableLine(OneLineErrors.message(dns));
        assertThat(OneLineErrors.message(dns)).contains("graph.microsoft.com could not be found (DNS)".replace(
                "graph.microsoft.com could", "(graph.microsoft.com) could"));
        oneReadableLine(OneLineErrors.message(
                new IllegalStateException("java.lang.IllegalStateException: boom\n\tat x")));
        oneReadableLine(OneLineErrors.message(new NullPointerException()));
    }
}
