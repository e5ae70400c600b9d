package com.tenantbridge.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A task's handle: state, message, progress and cancel, and the busy state its view model derives from it. */
class BackgroundTaskTest {

    /** Holds each job until the test lets it run, as a worker thread would, later. */
    private static final class HeldTasks implements BackgroundTasks {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess,
                Consumer<Throwable> onFailure) {
            held.add(() -> com.tenantbridge.ui.SyncTasks.deliver(work, onSuccess, onFailure));
        }

        void runAll() {
            List.copyOf(held).forEach(Runnable::run);
            held.clear();
        }
    }

    private final HeldTasks tasks = new HeldTasks();
    private final RunningTasks running = new RunningTasks(tasks);

    @Test
    void theViewModelIsBusyWhileAnyOfItsTasksRunsAndNotWhenTheCallbackSeesTheResult() {
        List<String> seen = new ArrayList<>();
        BackgroundTask<Integer> first = running.start(BackgroundTask.<Integer>of("first", p -> {
            p.message("counting");
            p.progress(1, 4);
            return 42;
        }).onSuccess(v -> seen.add("first " + v + " busy " + running.isBusy())));
        BackgroundTask<String> second = running.start(BackgroundTask.of("second", p -> "done"));
        assertThat(first.stateProperty().get()).isEqualTo(BackgroundTask.State.RUNNING);
        assertThat(running.isBusy()).isTrue();

        tasks.held.remove(0).run();
        assertThat(seen).containsExactly("first 42 busy true");
        assertThat(first.messageProperty().get()).isEqualTo("counting");
        assertThat(first.progressProperty().get()).isEqualTo(0.25);
        assertThat(running.isBusy()).as("the second still runs").isTrue();

        tasks.runAll();
        assertThat(second.stateProperty().get()).isEqualTo(BackgroundTask.State.SUCCEEDED);
        assertThat(running.isBusy()).isFalse();
    }

    @Test
    void aCancelledTaskStopsAtItsNextSafePointAndSaysSo() {
        List<Integer> reached = new ArrayList<>();
        BackgroundTask<List<Integer>> task = running.start(BackgroundTask.of("count", p -> {
            for (int i = 0; i < 10 && !p.cancelled(); i++) {
                reached.add(i);
                if (i == 2) {
                    running.cancelAll();
                }
            }
            return reached;
        }));
        tasks.runAll();
        assertThat(reached).containsExactly(0, 1, 2);
        assertThat(task.stateProperty().get()).isEqualTo(BackgroundTask.State.CANCELLED);
        assertThat(running.isBusy()).isFalse();
    }

    @Test
    void aFailureReachesItsCallbackAndEndsTheBusyState() {
        List<String> failures = new ArrayList<>();
        BackgroundTask<Object> task = running.start(BackgroundTask.of("fail", p -> {
            throw new IllegalStateException("the tenant said no");
        }).onFailure(e -> failures.add(e.getMessage() + ", busy " + running.isBusy())));
        tasks.runAll();
        assertThat(failures).containsExactly("the tenant said no, busy false");
        assertThat(task.stateProperty().get()).isEqualTo(BackgroundTask.State.FAILED);
    }
}
