package com.tenantbridge.ui.shell;

import com.tenantbridge.service.Failures;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.Problem;
import com.tenantbridge.service.plan.ExamplePlans;
import com.tenantbridge.service.plan.PlanFiles;
import com.tenantbridge.ui.common.BackgroundTask;
import com.tenantbridge.ui.common.BackgroundTasks;
import com.tenantbridge.ui.common.RunningTasks;
import com.tenantbridge.ui.common.DialogService;
import com.tenantbridge.ui.common.Direction;
import com.tenantbridge.ui.common.StepViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The window's view model: the plan document, the steps and their navigation, and the File menu's
 * commands. Called on the FX thread; file work goes through {@link BackgroundTasks}.
 */
public final class ShellViewModel {

    private final PlanDocument document = new PlanDocument();
    private final List<StepViewModel> steps;
    private final WizardNavigation navigation;
    private final DialogService dialogs;
    private final BackgroundTasks tasks;
    /** The work this step started and which still runs: its busy state. */
    private final RunningTasks running;
    private final RecentPlans recent;
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final javafx.beans.property.ObjectProperty<Theme> theme =
            new javafx.beans.property.SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private Runnable onExit = () -> { };

    private java.time.Clock clock = java.time.Clock.systemDefaultZone();

    /** The clock that decides whether an opened plan's meeting has passed (the app's, or a test's). */
    public void setClock(java.time.Clock value) {
        this.clock = value;
    }

    public ShellViewModel(List<StepViewModel> steps, DialogService dialogs, BackgroundTasks tasks,
            RecentPlans recent) {
        this.steps = List.copyOf(steps);
        this.navigation = new WizardNavigation(this.steps);
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.running = new RunningTasks(tasks);
        this.recent = recent;
        document.reset(DeploymentPlan.empty().withPlanId(DeploymentPlan.newId()), null);
        for (StepViewModel step : this.steps) {
            step.setOnEdit(() -> document.setPlan(step.commit(document.plan())));
        }
        document.planProperty().addListener((obs, old, plan) -> this.steps.forEach(s -> s.planChanged(plan)));
        this.steps.forEach(s -> s.planChanged(document.plan()));
        current().onEnter(document.plan());
    }

    /** The look the admin chose; the app applies and remembers it. */
    public javafx.beans.property.ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public PlanDocument document() {
        return document;
    }

    public WizardNavigation navigation() {
        return navigation;
    }

    public List<StepViewModel> steps() {
        return steps;
    }

    public StepViewModel current() {
        return steps.get(navigation.index());
    }

    public RecentPlans recent() {
        return recent;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return running.busyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public void setOnExit(Runnable onExit) {
        this.onExit = onExit;
    }

    // ---- navigation -------------------------------------------------------------------------------

    public void next() {
        int target = navigation.nextIndex();
        if (target >= 0) {
            goTo(target);
        }
    }

    public void back() {
        int target = navigation.backIndex();
        if (target >= 0) {
            goTo(target);
        }
    }

    public void goTo(int target) {
        int from = navigation.index();
        if (target == from || !navigation.canGoTo(target)) {
            return;
        }
        StepViewModel leaving = current();
        document.setPlan(leaving.commit(document.plan()));
        leaving.onLeave(target > from ? Direction.FORWARD : Direction.BACKWARD).thenAccept(ok -> {
            if (ok && navigation.index() == from && navigation.moveTo(target)) {
                current().onEnter(document.plan());
            }
        });
    }

    // ---- File menu --------------------------------------------------------------------------------

    public void newPlan() {
        whenChangesAreSafe(() -> {
            show(DeploymentPlan.empty(), null);
            status.set("New plan");
        });
    }

    public void open() {
        whenChangesAreSafe(() -> dialogs.chooseOpenPlan(initialDirectory()).ifPresent(this::load));
    }

    public void openFile(Path file) {
        whenChangesAreSafe(() -> load(file));
    }

    public void openExample(ExamplePlans.Example example) {
        whenChangesAreSafe(() -> run("Opening example", () -> ExamplePlans.load(example), result -> {
            show(result.plan(), null);
            status.set("Opened the example \u201c" + example.title() + "\u201d; Save plan to keep your own copy"
                    + movedNote(result.plan()));
        }));
    }

    public void save() {
        save(() -> { });
    }

    public void saveAs() {
        saveAs(() -> { });
    }

    /** Asks about unsaved changes, then calls the exit hook unless the admin cancels. */
    public void requestExit() {
        whenChangesAreSafe(onExit);
    }

    private void load(Path file) {
        run("Opening " + file.getFileName(), () -> PlanFiles.load(file), result -> {
            if (!result.readable()) {
                if (result.plan() == null && result.problems().stream().anyMatch(p -> p.message()
                        .startsWith("no such file"))) {
                    recent.remove(file);
                }
                dialogs.showError("Cannot open plan", file.getFileName() + " could not be read: nothing was"
                        + " changed.", lines(result.problems()));
                status.set("Could not open " + file.getFileName());
                return;
            }
            show(result.plan(), file);
            recent.add(file);
            int errors = result.errors().size();
            status.set("Opened " + file.getFileName() + (errors == 0 ? "" : " \u2014 " + errors + " problem"
                    + (errors == 1 ? "" : "s") + " to fix in Details") + movedNote(result.plan()));
        });
    }

    private void save(Runnable after) {
        Path file = document.file();
        if (file == null) {
            saveAs(after);
            return;
        }
        writeTo(file, after);
    }

    private void saveAs(Runnable after) {
        String suggested = fileNameFor(document.plan().displayName());
        dialogs.chooseSavePlan(initialDirectory(), suggested).ifPresent(file -> writeTo(file, after));
    }

    private void writeTo(Path file, Runnable after) {
        DeploymentPlan plan = current().commit(document.plan());
        document.setPlan(plan);
        run("Saving " + file.getFileName(), () -> {
            PlanFiles.save(file, plan);
            return file;
        }, saved -> {
            document.markSaved(plan, saved);
            recent.add(saved);
            status.set("Saved " + saved.getFileName());
            after.run();
        });
    }

    private void show(DeploymentPlan plan, Path file) {
        // Runs are found by the plan's id. A new plan gets one as it is; a file from before plan ids gets one as an
        // edit, so that saving keeps it with the file.
        if (plan.planId() != null) {
            document.reset(plan, file);
        } else if (file == null) {
            plan = plan.withPlanId(DeploymentPlan.newId());
            document.reset(plan, null);
        } else {
            document.reset(plan, file);
            plan = plan.withPlanId(DeploymentPlan.newId());
            document.setPlan(plan);
        }
        java.util.Optional<DeploymentPlan> moved = com.tenantbridge.domain.plan.MeetingDates.proposeIfPassed(plan,
                java.time.ZonedDateTime.now(clock));
        if (moved.isPresent()) {
            plan = moved.get();
            document.setPlan(plan);
        }
        navigation.restart();
        current().onEnter(plan);
    }

    /** Says so when the opened plan's meeting had passed and a new date was proposed. */
    private String movedNote(DeploymentPlan opened) {
        var was = opened.anonymousJoin() == null ? null : opened.anonymousJoin().meeting();
        var now = document.plan().anonymousJoin() == null ? null : document.plan().anonymousJoin().meeting();
        if (was == null || now == null || was.start() == null || was.start().equals(now.start())) {
            return "";
        }
        return ". The meeting's date (" + was.start().toLocalDate() + ") had passed: " + now.start().toLocalDate()
                + ", the next working day at the same time, is proposed \u2014 check it in Details";
    }

    private void whenChangesAreSafe(Runnable then) {
        if (running.isBusy()) {
            return;
        }
        document.setPlan(current().commit(document.plan()));
        if (!document.isDirty()) {
            then.run();
            return;
        }
        switch (dialogs.askUnsavedChanges(document.plan().displayName())) {
            case SAVE -> save(then);
            case DISCARD -> then.run();
            case CANCEL -> { }
        }
    }

    private <T> void run(String description, java.util.concurrent.Callable<T> work,
            java.util.function.Consumer<T> onSuccess) {
        status.set(description + "\u2026");
        running.start(BackgroundTask.of(description, task -> work.call()).onSuccess(onSuccess).onFailure(error -> {
            status.set(description + " failed");
            dialogs.showError(description + " failed", Failures.describe(error), List.of());
        }));
    }

    private Path initialDirectory() {
        Path file = document.file();
        if (file != null && file.toAbsolutePath().getParent() != null) {
            return file.toAbsolutePath().getParent();
        }
        return recent.items().isEmpty() ? null : recent.items().get(0).getParent();
    }

    static String fileNameFor(String planName) {
        String slug = planName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return (slug.isEmpty() ? "plan" : slug) + ".json";
    }

    private static List<String> lines(List<Problem> problems) {
        return problems.stream().map(p -> (p.isError() ? "error: " : "warning: ") + p).toList();
    }
}
