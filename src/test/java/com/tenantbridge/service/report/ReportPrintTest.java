package com.tenantbridge.service.report;

import com.tenantbridge.Launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report a consultant hands over, printed as a customer would: headless Chromium (Debian's chromium) prints
 * the vendor example's report to PDF and a picture, and no table row may be cut at a page edge — every row's text
 * is read back whole from one page (pdftotext). CI installs both; elsewhere the test is skipped when they are missing.
 */
class ReportPrintTest {

    @TempDir
    Path dir;

    private static boolean onPath(String name) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, name))) {
                return true;
            }
        }
        return false;
    }

    private static String run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
        assertThat(p.exitValue()).as("%s: %s", String.join(" ", command), out).isZero();
        return out;
    }

    @Test
    void noTableRowIsCutAtAPageEdge() throws Exception {
        boolean tools = onPath("chromium") && onPath("pdftotext");
        if (!tools && System.getenv("CI") != null) {
            fail("CI must install chromium and poppler-utils (.ci/run)");
        }
        Assumptions.assumeTrue(tools, "chromium and pdftotext are not installed here");
        Path plan = Files.copy(Path.of(System.getProperty("tenantbridge.assets", "assets"), "examples",
                "vendor-accounts-abc.json"), dir.resolve("plan.json"));
        Path journal = dir.resolve("run.jsonl");
        Path html = dir.resolve("report.html");
        StringWriter err = new StringWriter();
        try (var demo = com.tenantbridge.demo.DemoTenantServer.start(com.tenantbridge.demo.DemoOptions.inMemory())) {
            assertThat(Launcher.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "apply",
                    "--plan", plan.toString(), "--tenant", "demo@" + demo.graphBaseUrl(), "--journal",
                    journal.toString(), "--credentials", dir.resolve("h.csv").toString(), "--yes")).as("%s", err)
                    .isZero();
        }
        assertThat(Launcher.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "report",
                "--journal", journal.toString(), "--out", html.toString())).isZero();

        Path pdf = dir.resolve("report.pdf");
        run(dir, "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf, html.toUri().toString());
        run(dir, "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1000,1400",
                "--screenshot=" + dir.resolve("report.png"), html.toUri().toString());
        assertThat(dir.resolve("report.png")).isNotEmptyFile();

        int pages = Integer.parseInt(run(dir, "pdfinfo", pdf.toString()).lines().filter(l -> l.startsWith("Pages:"))
                .findFirst().orElseThrow().replaceAll("\\D", ""));
        List<String> pageTexts = new ArrayList<>();
        for (int i = 1; i <= pages; i++) {
            pageTexts.add(squeeze(run(dir, "pdftotext", "-raw", "-f", String.valueOf(i), "-l", String.valueOf(i),
                    pdf.toString(), "-")));
        }
        List<String> rows = rows(Files.readString(html));
        assertThat(pages).as("long enough to have page edges").isGreaterThan(2);
        assertThat(rows).hasSizeGreaterThan(40);
        List<String> cut = rows.stream().filter(r -> pageTexts.stream().noneMatch(p -> p.contains(r))).toList();
        assertThat(cut).as("rows not whole on any one page").isEmpty();
    }

    /** Each table row's text, tags dropped and whitespace removed, as pdftotext would read it back. */
    static List<String> rows(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            String text = Pattern.compile("&#(\\d+);").matcher(m.group(1).replaceAll("<[^>]+>", " ")
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\""))
                    .replaceAll(r -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(r.group(1)))))
                    .replace("&amp;", "&");
            String row = squeeze(text);
            if (!row.isEmpty()) {
                out.add(row);
            }
        }
        return out;
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "").replace("\u00ad", "");
    }
}
