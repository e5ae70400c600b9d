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

    /**
     * Asks the admin to pick one of {@code choices} (each a button, plus Cancel); the index chosen, or empty. Where no
     * dialog can be shown, nothing is chosen.
     */
    default java.util.Optional<Integer> chooseOne(String title, String message, java.util.List<String> choices) {
        return java.util.Optional.empty();
    }

    /**
     * Asks for one line of text per label (e.g. each company's support engineers), each pre-filled from
     * {@code initial}; OK only once every line has text. The answers in order, or empty when cancelled or where no
     * dialog can be shown.
     */
    default java.util.Optional<java.util.List<String>> askTexts(String title, String message,
            java.util.List<String> labels, java.util.List<String> initial) {
        return java.util.Optional.empty();
    }

    /** As {@link #confirm(String, String)}, with the button that goes ahead named for what it does. */
    default boolean confirm(String title, String message, String action) {
        return confirm(title, message);
    }

    /** A spreadsheet of vendor accounts to import. */
    Optional<Path> chooseAccountsCsv();

    /** Where to save a text file the app made, e.g. a runbook (filter "PowerShell", "*.ps1") or a report. */
    Optional<Path> chooseSaveFile(String title, String suggestedFileName, String filterName, String pattern);

    /** An error, with the details (e.g. every problem of a plan file) listed under it. */
    void showError(String title, String message, List<String> details);

    /** Something done, with what the admin should know about it (e.g. imported accounts that exist already). */
    void showWarning(String title, String message, List<String> details);
}
