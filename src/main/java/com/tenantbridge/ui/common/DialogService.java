package com.tenantbridge.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every prompt the wizard shows goes through here, so view models can be tested with a fake. */
public interface DialogService {

    enum UnsavedChoice {
        SAVE, DISCARD, CANCEL
    }

    Optional<Path> chooseOpenPlan(Path initialDirectory);

    Optional<Path> chooseSavePlan(Path initialDirectory, String suggestedFileName);

    UnsavedChoice askUnsavedChanges(String planName);

    /** Where the one-time passwords of new accounts go; the file is made readable by its owner only. */
    Optional<Path> chooseCredentialsFile(String suggestedFileName);

    Optional<Path> chooseFolder(String title);

    boolean confirm(String title, String message);

    /** An error, with the details (e.g. every problem of a plan file) listed under it. */
    void showError(String title, String message, List<String> details);
}
