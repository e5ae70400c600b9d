package com.tenantbridge.service.engine;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.journal.JournalLock;
import com.tenantbridge.service.plan.HandoverNames;
import com.tenantbridge.service.plan.OutputFiles;
import com.tenantbridge.service.plan.OutputFiles.Kind;
import com.tenantbridge.service.plan.PlanFiles;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Every file a run writes, held against the plan it reads and against each other before anything is written: the
 * journal, the plan copy kept beside it, its lock, the handover folder beside it and the credentials handout. The
 * plan copy may be the plan itself (a run resumed from the copy): the same document, written back.
 */
public final class RunOutputs {

    private RunOutputs() {
    }

    /** One sentence naming the two files that clash, or empty; {@code planFile} and {@code handout} may be null. */
    public static Optional<String> clash(DeploymentPlan plan, Path planFile, Path journal, Path handout) {
        return new OutputFiles()
                .input("the plan", planFile, Kind.PLAN)
                .output("the journal", journal, Kind.JOURNAL)
                .output("the plan copy kept beside the journal", PlanFiles.besideJournal(journal), Kind.PLAN)
                .output("the journal's lock", JournalLock.lockFile(journal), Kind.NEW)
                .folder("the run's handover folder", HandoverNames.folderFor(journal), HandoverNames.all(plan))
                .output("the credentials handout", handout, Kind.NEW)
                .clash();
    }
}
