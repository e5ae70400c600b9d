package com.tenantbridge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bug that escapes every handler reaches the admin as one readable line, once, never as a trace. */
class UnexpectedErrorsTest {

    @Test
    void anUncaughtFailureIsOneLineInADialog() {
        FakeDialogs dialogs = new FakeDialogs();
        List<Runnable> queued = new ArrayList<>();
        UnexpectedErrors handler = new UnexpectedErrors(dialogs, queued::add);
        handler.uncaughtException(Thread.currentThread(), new IllegalStateException(
                "java.lang.IllegalStateException: the table has no row 7\n\tat x.y(Z.java:1)"));
        handler.uncaughtException(Thread.currentThread(), new NullPointerException());
        assertThat(queued).as("one dialog at a time").hasSize(1);
        queued.get(0).run();
        assertThat(dialogs.errors).singleElement().extracting(e -> e.message()).asString()
                .contains("the table has no row 7. Your plan is as it was").doesNotContain("Exception")
                .doesNotContain("\tat ");
        handler.uncaughtException(Thread.currentThread(), new NullPointerException());
        assertThat(queued).as("the next failure is shown once the first is closed").hasSize(2);
    }
}
