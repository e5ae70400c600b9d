package com.tenantbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.demo.DemoOptions;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.VendorAccount;
import com.tenantbridge.domain.scenario.Scenario;
import com.tenantbridge.service.credentials.CredentialsHandout;
import com.tenantbridge.service.engine.Applier;
import com.tenantbridge.service.engine.ApplyListener;
import com.tenantbridge.service.engine.ApplyResult;
import com.tenantbridge.service.change.Backoff;
import com.tenantbridge.service.journal.Journal;
import com.tenantbridge.domain.licensing.LicenceSku;
import com.tenantbridge.service.plan.OnboardingPlans;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The handout cannot be written (here: its file is closed under the run, as a full disk or a vanished mount would
 * make it fail): the run stops at once with one line, creates no further account, and a resume gives every account
 * it created exactly one password.
 */
class HandoutFailureTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"one by one", "in batches"})
    void aHandoutThatCannotBeWrittenStopsTheRunAndResumeHandsOutEveryPasswordOnce(String how) throws Exception {
        DeploymentPlan plan = how.equals("in batches") ? OnboardingPlans.generate(300, 3)
                : EngineFixture.example(Scenario.VENDOR_ACCOUNTS);
        Path journal = dir.resolve("run.jsonl");
        Path handout = dir.resolve("handout.csv");
        try (EngineFixture f = new EngineFixture(dir, DemoOptions.inMemory())) {
            // More accounts than the batches in flight hold at once (8 workers x 20), so the stop is seen mid-run.
            f.seats("abc.com", LicenceSku.NEW_ACCOUNTS.partNumber(), 400);
            f.seats("abc.com", "SPE_E5", 400);
            ApplyResult stopped;
            try (Journal j = Journal.open(journal)) {
                CredentialsHandout broken = CredentialsHandout.create(handout);
                broken.close();
                stopped = new Applier().apply(plan, f.plan(plan), f.connections, new Applier.Options(j, broken,
                        () -> false, new Backoff(50, 10_000, () -> false), ApplyListener.NONE));
            }
            assertThat(stopped.succeeded()).isFalse();
            assertThat(stopped.stopped()).startsWith("Could not write the credentials handout " + handout)
                    .contains("The run stopped").doesNotContain("Exception");
            List<String> upns = plan.vendors().accounts().stream().map(VendorAccount::userPrincipalName).toList();
            int created = f.connections.ports("abc.com").orElseThrow().directory().findUsers(upns).size();
            assertThat(created).as("it stopped before creating them all").isLessThan(upns.size()).isPositive();

            try (Journal j = Journal.open(journal); CredentialsHandout h = CredentialsHandout.reopen(handout)) {
                ApplyResult resumed = new Applier().apply(plan, f.plan(plan), f.connections, new Applier.Options(j, h,
                        () -> false, new Backoff(50, 10_000, () -> false), ApplyListener.NONE));
                assertThat(resumed.succeeded()).as("%s", resumed.outcomes()).isTrue();
            }
            Map<String, Long> rows = Files.readAllLines(handout, StandardCharsets.UTF_8).stream().skip(1)
                    .map(l -> l.substring(0, l.indexOf(',')).toLowerCase(Locale.ROOT))
                    .collect(Collectors.groupingBy(u -> u, Collectors.counting()));
            for (String upn : upns) {
                assertThat(rows.get(upn.toLowerCase(Locale.ROOT))).as(upn).isEqualTo(1L);
            }
        }
    }
}
