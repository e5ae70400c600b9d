package com.tenantbridge.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Derived work as the wizard runs it: after a pause, off the FX thread, newest wins. */
@ExtendWith(ApplicationExtension.class)
class LatestWinsTest {

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final AtomicInteger runs = new AtomicInteger();

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private LatestWins<String> latest(Duration quiet) {
        return new LatestWins<>(background, Platform::runLater, quiet, delivered::add,
                error -> delivered.add("failed: " + error.getMessage()));
    }

    @Test
    void aBurstOfEditsIsDerivedOnceFromTheLastOne(FxRobot robot) throws Exception {
        LatestWins<String> work = latest(Duration.ofMillis(100));
        robot.interact(() -> {
            for (String edit : List.of("a", "ab", "abc")) {
                work.submit(() -> {
                    runs.incrementAndGet();
                    return edit;
                });
            }
            assertThat(work.updatingProperty().get()).isTrue();
        });
        await(() -> !work.updatingProperty().get());
        assertThat(delivered).containsExactly("abc");
        assertThat(runs).hasValue(1);
    }

    @Test
    void aResultOvertakenByANewerEditIsDropped(FxRobot robot) throws Exception {
        LatestWins<String> work = latest(Duration.ofMillis(10));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        robot.interact(() -> work.submit(() -> {
            started.countDown();
            release.await();
            return "old";
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        robot.interact(() -> work.submit(() -> "new"));
        release.countDown();
        await(() -> !work.updatingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(delivered).containsExactly("new");
    }

    @Test
    void someoneWaitingForTheResultDoesNotWaitForThePause(FxRobot robot) throws Exception {
        LatestWins<String> work = latest(Duration.ofHours(1));
        CountDownLatch settled = new CountDownLatch(1);
        robot.interact(() -> {
            work.submit(() -> "typed");
            work.whenSettled(settled::countDown);
        });
        assertThat(settled.await(10, TimeUnit.SECONDS)).as("settled without the hour's pause").isTrue();
        assertThat(delivered).containsExactly("typed");
    }

    @Test
    void aFailureIsDeliveredAndEndsTheUpdate(FxRobot robot) throws Exception {
        LatestWins<String> work = latest(Duration.ofMillis(10));
        robot.interact(() -> work.submit(() -> {
            throw new IllegalStateException("broken plan");
        }));
        await(() -> !work.updatingProperty().get());
        assertThat(delivered).containsExactly("failed: broken plan");
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
