package com.tenantbridge.powershell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.change.ChangeKind;
import com.tenantbridge.service.change.PowerShellText;
import com.tenantbridge.service.handover.Runbooks;
import com.tenantbridge.service.port.BarrierPolicyState;
import com.tenantbridge.service.port.BarrierSegment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Every value TenantBridge writes into PowerShell stays one literal, proven with a lexer written from the language
 * specification ({@link PsLexer}): every Unicode quote, dash, space, separator and control character, alone and in
 * company, and thousands of generated strings.
 */
class PowerShellQuotingTest {

    static final String ATTACK = "V1_RA\u2019; Start-Process calc; #";

    /** Every character a quoting could trip over: quotes, dashes, brackets, spaces, separators, controls. */
    static Set<String> hostileCharacters() {
        Set<String> out = new LinkedHashSet<>();
        for (char c = 0; c < 0xFFFF; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                    || type == Character.DASH_PUNCTUATION || type == Character.START_PUNCTUATION
                    || type == Character.END_PUNCTUATION || type == Character.SPACE_SEPARATOR
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.OTHER_PUNCTUATION && c < 0x3000) {
                out.add(String.valueOf(c));
            }
        }
        for (char c : "$`@#|&;{}()<>=+*%!~^".toCharArray()) {
            out.add(String.valueOf(c));
        }
        return out;
    }

    static List<String> values() {
        List<String> values = new ArrayList<>(List.of("", "plain", ATTACK, "a'b", "O\u2019Brien", "\u201Cquoted\u201D",
                "$(Start-Process calc)", "${env:PATH}", "`$x", "x`", "'; Start-Process calc; '",
                "\"; Start-Process calc; \"", "\u201E; Start-Process calc; \u201C", "line\nStart-Process calc",
                "line\r\nStart-Process calc", "tail\u2028Start-Process calc", "@'\nhere\n'@", "\u2018\u2019\u201A\u201B",
                "\u201C\u201D\u201E\"", "''''", "`'`\u2019", "\u2013Force", "#> <# x", "end`"));
        for (String c : hostileCharacters()) {
            values.add(c);
            values.add("a" + c + "b");
            values.add(c + c + c);
            values.add(c + "; Start-Process calc; " + c);
        }
        List<String> alphabet = new ArrayList<>(hostileCharacters());
        alphabet.addAll(List.of("a", "Z", "0", " ", "-", "_", "Start-Process", "calc"));
        Random random = new Random(Long.getLong("tenantbridge.seed", 20261207L));
        for (int n = 0; n < 5_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(24);
            for (int k = 0; k < length; k++) {
                s.append(random.nextInt(8) == 0 ? String.valueOf((char) (0x20 + random.nextInt(0xD000)))
                        : alphabet.get(random.nextInt(alphabet.size())));
            }
            values.add(s.toString());
        }
        return values;
    }

    /** The value, quoted, between a parameter and another: exactly one string token must stand there. */
    private static List<String> brokenBy(UnaryOperator<String> quoting) {
        List<String> broken = new ArrayList<>();
        for (String v : values()) {
            String script = "Set-Thing -Name " + quoting.apply(v) + " -Other 1\n";
            List<PsLexer.Token> t = PsLexer.tokens(script);
            boolean ok = t.size() == 6 && t.get(0).text().equals("Set-Thing") && t.get(1).text().equals("-Name")
                    && t.get(2).kind() == PsLexer.Kind.STRING && v.equals(t.get(2).value()) && !t.get(2).expands()
                    && t.get(3).text().equals("-Other") && t.get(4).text().equals("1")
                    && t.get(5).kind() == PsLexer.Kind.NEWLINE;
            if (!ok) {
                broken.add(v);
            }
        }
        return broken;
    }

    @Test
    void aSingleQuotedValueStaysOneLiteralWhateverItHolds() {
        assertThat(values()).hasSizeGreaterThan(5_000);
        assertThat(brokenBy(PowerShellText::q)).isEmpty();
    }

    @Test
    void aDoubleQuotedValueStaysOneLiteralAndExpandsNothing() {
        assertThat(brokenBy(PowerShellText::dq)).isEmpty();
    }

    @Test
    void theLexerCatchesQuotingThatKnowsOnlyTheAsciiQuotes() {
        // The quoting before this test: only ' doubled, only ` $ " escaped.
        List<String> single = brokenBy(v -> "'" + v.replace("'", "''") + "'");
        List<String> dbl = brokenBy(v -> "\"" + v.replace("`", "``").replace("$", "`$").replace("\"", "`\"") + "\"");
        assertThat(single).contains(ATTACK, "O\u2019Brien", "\u2018", "\u201B");
        assertThat(dbl).contains("\u201Cquoted\u201D", "\u201E; Start-Process calc; \u201C");
    }

    @Test
    void aCommentEndsAtItsLineWhateverTheTextHolds() {
        List<String> broken = new ArrayList<>();
        for (String v : values()) {
            List<PsLexer.Token> t = PsLexer.tokens("# " + PowerShellText.comment(v) + "\nSet-Thing\n");
            if (t.size() != 4 || t.get(0).kind() != PsLexer.Kind.COMMENT || !t.get(2).text().equals("Set-Thing")) {
                broken.add(v);
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void anOpathTextDoublesTheApostropheAndRefusesATypographicQuote() {
        assertThat(PowerShellText.opathText("O'Brien")).isEqualTo("'O''Brien'");
        for (char c = '\u2018'; c <= '\u201B'; c++) {
            String value = "Sales" + c + "; x";
            assertThatThrownBy(() -> PowerShellText.opathText(value)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(String.format("U+%04X", (int) c));
        }
    }

    @Test
    void aRunbookKeepsHostileNamesAsLiteralsAndItsCommentsOnOneLine() {
        String filter = "Department -eq 'Sales\u201D; Start-Process calc; #'";
        Change segment = new Change("s", "abc.com", ChangeKind.BARRIER_SEGMENT, "segment " + ATTACK + "\nStart-Process"
                + " calc", null, null, List.of(), Map.of("name", ATTACK, "filter", filter));
        Change policy = new Change("p", "abc.com", ChangeKind.BARRIER_POLICY, "policy " + ATTACK, null, null,
                List.of(), Map.of("name", ATTACK + "\u201B", "segment", ATTACK, "allowed", ATTACK + "|x\u2018",
                        "blocked", ""));
        String runbook = Runbooks.forTenant("abc.com", "Plan\r\nStart-Process calc", List.of(segment, policy));
        assertThat(PsCommands.parse(runbook)).extracting(PsCommands.Invocation::command)
                .contains("New-OrganizationSegment", "New-InformationBarrierPolicy").doesNotContain("Start-Process");
        assertThat(PsLexer.tokens(runbook)).noneMatch(t -> t.kind() == PsLexer.Kind.UNTERMINATED)
                .noneMatch(t -> t.text().equals("Start-Process"))
                .filteredOn(t -> t.kind() == PsLexer.Kind.STRING).extracting(PsLexer.Token::value)
                .contains(ATTACK, ATTACK + "\u201B", "x\u2018", filter);
    }

    @Test
    void theAdapterSendsAHostileSegmentAndPolicyAsLiterals() {
        List<String> sent = new ArrayList<>();
        PowerShellBarrierService barriers = new PowerShellBarrierService(script -> {
            sent.add(script);
            return "";
        });
        barriers.createSegment(new BarrierSegment(ATTACK, "Department -eq 'Sales\u201D; Start-Process calc; #'"));
        barriers.createPolicy(new BarrierPolicyState(ATTACK, ATTACK, List.of(ATTACK, "x\u201B"), List.of(), false));
        barriers.deleteSegment(ATTACK);
        for (String script : sent) {
            assertThat(PsCommands.parse(script)).extracting(PsCommands.Invocation::command)
                    .as(script).doesNotContain("Start-Process");
            assertThat(PsLexer.tokens(script)).as(script).noneMatch(t -> t.kind() == PsLexer.Kind.UNTERMINATED)
                    .noneMatch(t -> t.text().equals("Start-Process"));
        }
        assertThat(sent).hasSize(3);
    }
}
