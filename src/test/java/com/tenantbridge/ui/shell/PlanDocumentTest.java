package com.tenantbridge.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.plan.DeploymentPlan;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlanDocumentTest {

    private final PlanDocument doc = new PlanDocument();

    @Test
    void aNewDocumentIsUntitledAndClean() {
        assertThat(doc.titleProperty().get()).isEqualTo("TenantBridge \u2014 Untitled plan");
        assertThat(doc.isDirty()).isFalse();
    }

    @Test
    void anEditMarksTheTitleAndUndoingItClearsTheMark() {
        DeploymentPlan original = doc.plan();
        doc.setPlan(original.withName("ABC rollout"));
        assertThat(doc.titleProperty().get()).isEqualTo("TenantBridge \u2014 ABC rollout *");
        doc.setPlan(original);
        assertThat(doc.isDirty()).isFalse();
    }

    @Test
    void savingClearsTheMarkAndRemembersTheFile() {
        DeploymentPlan edited = doc.plan().withName("ABC rollout");
        doc.setPlan(edited);
        doc.markSaved(edited, Path.of("abc.json"));
        assertThat(doc.titleProperty().get()).isEqualTo("TenantBridge \u2014 ABC rollout");
        assertThat(doc.file()).isEqualTo(Path.of("abc.json"));
    }
}
