package com.tenantbridge.service.engine;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.service.change.Backoff;
import com.tenantbridge.service.change.Change;
import com.tenantbridge.service.change.ChangeKind;
import com.tenantbridge.service.credentials.CredentialsHandout;
import com.tenantbridge.service.journal.Journal;
import com.tenantbridge.service.journal.VerifiedJournal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * One run of a plan, the same for the command line and the wizard: the plan is compared with the tenants; a
 * tenant not reached or a blocker stops it; the admin confirms what it cuts off and names the handout for new
 * accounts; then the journal and the handout are opened and the changes applied (a resume continues in the same
 * journal). The faces answer the questions ({@link Asks}) and show progress; the rules live here. Blocks: call it
 * off the FX thread.
 */
public final class PlanRun {

    /** Why a run stopped before writing anything. */
    public enum Stop { FILES, UNREACHABLE, BLOCKED, NOT_CONFIRMED, NO_HANDOUT, NOTHING_TO_DO, DECLINED }

    /** The questions a run asks its face before its first write, on the run's own thread; each may stop it. */
    public interface Asks {

        /**
         * The changes that cut someone off; true when the admin confirms them and {@code agreed} (the plan recording
         * the confirmation) was kept where the face keeps the plan.
         */
        boolean confirmNarrowing(List<Change> narrowing, DeploymentPlan agreed) throws IOException;

        /** New accounts need a new file for their one-time passwords; empty stops the run. */
        Optional<Path> credentialsFile(String suggestedName, long accounts) throws IOException;

        /** The last word before the first write. */
        boolean confirmApply(PlanResult planned) throws IOException;

        /** The journal and handout this run writes, just before they are opened. */
        default void starting(Path journal, Path handout) {
        }
    }

    /**
     * @param journal     the journal to write: a new file, or an earlier run's to resume
     * @param credentials the handout named up front (the CLI's --credentials), or null to ask when needed
     * @param planFile    the plan's own file, never a handout; null for an unsaved plan
     * @param writer      who writes the journal, for a second writer's refusal ("apply", "the wizard's Run")
     */
    public record Request(DeploymentPlan plan, TenantConnections connections, Path journal, Path credentials,
            Path planFile, String writer, BooleanSupplier cancelled, Backoff backoff, ApplyListener listener) {
    }

    /** How a run ended: stopped before writing ({@code stop} and {@code why}), or ran ({@code result}). */
    public record Outcome(DeploymentPlan plan, PlanResult planned, Stop stop, String why, ApplyResult result,
            Path journal, Path handout) {

        static Outcome stopped(DeploymentPlan plan, PlanResult planned, Stop stop, String why) {
            return new Outcome(plan, planned, stop, why, null, null, null);
        }

        public boolean ran() {
            return result != null;
        }
    }

    private PlanRun() {
    }

    public static Outcome run(Request request, Asks asks) throws IOException {
        DeploymentPlan plan = request.plan();
        Optional<String> files = RunOutputs.clash(plan, request.planFile(), request.journal(), request.credentials());
        if (files.isPresent()) {
            return Outcome.stopped(plan, null, Stop.FILES, files.get());
        }
        // The day's refusals (a meeting in the past, an app past its end not accepted), as validate says them,
        // whichever face runs.
        Optional<com.tenantbridge.domain.plan.Problem> dated = com.tenantbridge.service.plan.PlanDates.problems(plan,
                java.time.ZonedDateTime.now(com.tenantbridge.service.Clocks.systemUtc())).stream()
                .filter(com.tenantbridge.domain.plan.Problem::isError).findFirst();
        if (dated.isPresent()) {
            return Outcome.stopped(plan, null, Stop.BLOCKED, dated.get().toString());
        }
        PlanResult planned = new Planner().plan(plan, request.connections());
        if (!planned.unreachable().isEmpty()) {
            StringBuilder why = new StringBuilder();
            planned.unreachable().forEach((tenant, reason) -> why.append(tenant).append(" could not be reached: ")
                    .append(reason).append(". "));
            return Outcome.stopped(plan, planned, Stop.UNREACHABLE, why.toString().strip());
        }
        if (!planned.blockers().isEmpty()) {
            return Outcome.stopped(plan, planned, Stop.BLOCKED, String.join(" ", planned.blockers()));
        }
        List<Change> narrowing = NarrowingConfirmations.unconfirmed(plan, planned);
        if (!narrowing.isEmpty()) {
            DeploymentPlan agreed = NarrowingConfirmations.confirm(plan, narrowing);
            if (!asks.confirmNarrowing(narrowing, agreed)) {
                return Outcome.stopped(plan, planned, Stop.NOT_CONFIRMED, "what the run cuts off was not confirmed");
            }
            plan = agreed;
        }
        if (planned.changes().isEmpty() && planned.offline().isEmpty()) {
            return Outcome.stopped(plan, planned, Stop.NOTHING_TO_DO, "the tenants already match the plan");
        }
        VerifiedJournal earlier = Files.exists(request.journal()) ? Journal.verify(request.journal()) : null;
        RunHandout handout = handout(request, planned, earlier, asks, plan);
        if (handout.refusal() != null) {
            return Outcome.stopped(plan, planned, Stop.NO_HANDOUT, handout.refusal());
        }
        if (!asks.confirmApply(planned)) {
            return Outcome.stopped(plan, planned, Stop.DECLINED, "not confirmed");
        }
        asks.starting(request.journal(), handout.file());
        try (Journal journal = Journal.open(request.journal(), request.writer());
                CredentialsHandout passwords = handout.file() == null ? null : handout.reopens(earlier)
                        ? CredentialsHandout.reopen(handout.file()) : CredentialsHandout.create(handout.file())) {
            ApplyResult result = new Applier().apply(plan, planned, request.connections(), new Applier.Options(journal,
                    passwords, request.cancelled(), request.backoff(), request.listener())
                    .withBulk(request.connections().bulkSettings()));
            return new Outcome(plan, planned, null, null, result, request.journal(), handout.file());
        }
    }

    /** The handout the journal names, the one given, or — when the run creates accounts — one the admin names. */
    private static RunHandout handout(Request request, PlanResult planned, VerifiedJournal earlier, Asks asks,
            DeploymentPlan plan) throws IOException {
        RunHandout known = RunHandout.resolve(plan, earlier, request.credentials(), request.journal(),
                request.planFile());
        long accounts = planned.changes().stream().filter(c -> c.kind() == ChangeKind.CREATE_USER).count();
        if (known.refusal() != null || known.file() != null || accounts == 0) {
            return known;
        }
        Optional<Path> chosen = asks.credentialsFile(credentialsName(plan), accounts);
        if (chosen.isEmpty()) {
            return new RunHandout(null, "This plan creates " + accounts + " account" + (accounts == 1 ? "" : "s")
                    + ": their one-time passwords need a new credentials handout file.");
        }
        return RunHandout.resolve(plan, earlier, chosen.get(), request.journal(), request.planFile());
    }

    /** A new run's journal: named by time and plan id, found again by the plan id inside, never by the name. */
    public static Path newJournal(Path dir, DeploymentPlan plan, LocalDateTime now) {
        return dir.resolve(now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")) + "-"
                + plan.planId().substring(0, Math.min(8, plan.planId().length())) + ".jsonl");
    }

    /** The handout's suggested file name, from the plan's name. */
    public static String credentialsName(DeploymentPlan plan) {
        String s = plan.displayName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (s.isEmpty() ? "plan" : s.substring(0, Math.min(60, s.length()))) + "-credentials.csv";
    }
}
