package com.tenantbridge.cli;

import com.tenantbridge.CliRun;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.demo.DemoTenantServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * Every scenario applied and reported through the CLI with every log level on: no generated password and no
 * token may show up in the logs, the console, the journal, the plan kept beside it, the runbooks or any exported file
 * (the wizard's Markdown, HTML, JSON and CSV exports: WizardEngineFlowTest); the
 * credentials handout, the one place passwords go, is readable by its owner only.
 */
class SecretsTest {

    @TempDir
    Path dir;

    private DemoTenantServer server;
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Level rootLevel;

    @BeforeEach
    void start() throws Exception {
        server = DemoTenantServer.start(DemoOptions.inMemory());
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        root.setLevel(Level.TRACE);
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void stop() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(logs);
        root.setLevel(rootLevel);
        server.close();
    }

    private String run(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.code()).as(String.join(" ", args) + "\n" + run.err()).isEqualTo(ExitCodes.OK);
        return run.said();
    }

    @ParameterizedTest
    @ValueSource(strings = {"federation-abc-contoso.json", "guest-access-abc-experts.json", "vendor-accounts-abc.json",
            "anonymous-join-oem-expert.json"})
    void noSecretLeavesTheHandout(String example) throws Exception {
        Path plan = Examples.copy(example, dir);
        Path out = Files.createDirectories(dir.resolve("out"));
        Path journal = out.resolve("run.jsonl");
        Path handout = dir.resolve("handout.csv");
        String tenant = "demo@" + server.graphBaseUrl();
        StringBuilder console = new StringBuilder();
        console.append(run("apply", "--plan", plan.toString(), "--tenant", tenant, "--journal", journal.toString(),
                "--credentials", handout.toString(), "--yes", "--confirm-narrowing"));
        console.append(run("verify", "--plan", plan.toString(), "--tenant", tenant));
        for (String domain : com.tenantbridge.service.check.Checker.tenants(
                com.tenantbridge.service.plan.PlanFiles.load(plan).plan())) {
            console.append(run("runbook", "--plan", plan.toString(), "--tenant", tenant, "--for", domain, "--out",
                    out.resolve(domain + ".ps1").toString()));
        }
        for (String ext : List.of("html", "json")) {
            console.append(run("report", "--journal", journal.toString(), "--out", out.resolve("report." + ext)
                    .toString(), "--tenant", tenant));
        }

        List<String> secrets = new ArrayList<>();
        server.tenants().forEach(t -> t.domains().forEach(d -> secrets.add(DemoTenantServer.tokenFor(d))));
        if (example.startsWith("vendor")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(handout))).isEqualTo("rw-------");
            List<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).<Map<String, String>>readValues(handout.toFile())
                    .readAll();
            assertThat(rows).hasSize(4);
            rows.forEach(r -> secrets.add(r.get("oneTimePassword")));
        }
        assertThat(secrets).allSatisfy(s -> assertThat(s).hasSizeGreaterThan(8));

        List<String> where = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                where.add(f.getFileName() + "\n" + Files.readString(f));
            }
        }
        assertThat(where).as("journal, plan beside it, two reports, a runbook per tenant")
                .hasSizeGreaterThanOrEqualTo(5);
        StringBuilder logged = new StringBuilder();
        for (ILoggingEvent e : logs.list) {
            logged.append(e.getFormattedMessage()).append('\n');
            if (e.getThrowableProxy() != null) {
                logged.append(ThrowableProxyUtil.asString(e.getThrowableProxy())).append('\n');
            }
        }
        LoggerFactory.getLogger("com.tenantbridge.engine").debug("capture check");
        assertThat(logs.list).as("debug logging reaches the capture").isNotEmpty();
        where.add("logs\n" + logged);
        where.add("console\n" + console);
        for (String text : where) {
            for (String secret : secrets) {
                assertThat(text).as(text.lines().findFirst().orElse("")).doesNotContain(secret);
            }
        }
    }
}
