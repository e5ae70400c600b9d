package com.tenantbridge.service.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.PlanJson;
import com.tenantbridge.domain.plan.PlanLoadResult;
import com.tenantbridge.domain.plan.Problem;
import com.tenantbridge.domain.scenario.Scenario;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanFilesTest {

    @TempDir
    Path dir;

    private DeploymentPlan example() {
        return ExamplePlans.load(ExamplePlans.forScenario(Scenario.GUEST_ACCESS)).plan();
    }

    @Test
    void savesAndLoadsTheSamePlan() throws Exception {
        Path file = dir.resolve("sub/guest.json");
        PlanFiles.save(file, example());
        PlanLoadResult loaded = PlanFiles.load(file);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.plan()).isEqualTo(example());
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void acceptsAByteOrderMark() throws Exception {
        Path file = dir.resolve("bom.json");
        Files.write(file, ("\uFEFF" + PlanJson.write(example())).getBytes(StandardCharsets.UTF_8));
        assertThat(PlanFiles.load(file).isValid()).isTrue();
    }

    @Test
    void refusesInvalidUtf8() throws Exception {
        Path file = dir.resolve("latin1.json");
        Files.write(file, "{\"schemaVersion\":1,\"name\":\"M\u00fcller\"}".getBytes(StandardCharsets.ISO_8859_1));
        PlanLoadResult result = PlanFiles.load(file);
        assertThat(result.plan()).isNull();
        assertThat(result.problems()).extracting(Problem::message).containsExactly("the file is not valid UTF-8 text");
    }

    @Test
    void refusesAFileOverTheSizeLimitWithoutReadingIt() throws Exception {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024);
        }
        PlanLoadResult result = PlanFiles.load(file);
        assertThat(result.plan()).isNull();
        assertThat(result.problems()).extracting(Problem::message)
                .containsExactly("the file is 50 MB; a plan is at most 5 MB");
    }

    @Test
    void aSaveThatCannotReplaceItsTargetLeavesItAsItWasAndNoPartFileBehind() throws Exception {
        // The target cannot be replaced (it is a folder with something in it): the save must fail without
        // touching it and without leaving its half-written temporary file next to it.
        Path target = dir.resolve("plan.json");
        Files.createDirectories(target);
        Files.writeString(target.resolve("previous"), "kept");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PlanFiles.save(target, example()))
                .isInstanceOf(java.io.IOException.class);
        assertThat(Files.readString(target.resolve("previous"))).isEqualTo("kept");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void everyExampleIsPackaged() {
        for (ExamplePlans.Example e : ExamplePlans.ALL) {
            PlanLoadResult result = ExamplePlans.load(e);
            assertThat(result.problems()).as(e.fileName()).isEmpty();
            assertThat(result.plan().scenario()).isEqualTo(e.scenario());
        }
    }
}
