package com.tenantbridge.ui;

import com.tenantbridge.domain.scenario.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The wizard's view models over an in-process demo tenant, one per test, closed after it. */
public final class DemoWizards implements AfterEachCallback {

    private final List<DemoWizard> open = new ArrayList<>();

    /** A wizard with the documentation's example of {@code scenario} open. */
    public DemoWizard open(Path dir, Scenario scenario) {
        DemoWizard w = new DemoWizard(dir).open(scenario);
        open.add(w);
        return w;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        open.forEach(DemoWizard::close);
        open.clear();
    }
}
