package com.tenantbridge.ui;

import com.tenantbridge.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers prompts from queues the test fills, and records every error shown. */
public final class FakeDialogs implements DialogService {

    public record Error(String title, String message, List<String> details) {
    }

    public final Deque<Path> openAnswers = new ArrayDeque<>();
    public final Deque<Path> saveAnswers = new ArrayDeque<>();
    public final Deque<UnsavedChoice> unsavedAnswers = new ArrayDeque<>();
    public final List<Error> warnings = new java.util.ArrayList<>();
    public final List<Error> errors = new ArrayList<>();
    public final List<String> suggestedNames = new ArrayList<>();
    public int unsavedPrompts;
    public final Deque<Path> credentialAnswers = new ArrayDeque<>();
    public final Deque<Path> folderAnswers = new ArrayDeque<>();
    public final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    public final List<String> confirmations = new ArrayList<>();
    /** The message of each confirmation asked for. */
    public final List<String> confirmMessages = new ArrayList<>();
    /** Each choice asked for: its message and the choices; answered from chooseAnswers. */
    public final List<String> choiceMessages = new ArrayList<>();
    public final List<List<String>> choiceLists = new ArrayList<>();
    public final Deque<Integer> chooseAnswers = new ArrayDeque<>();
    /** Each askTexts: its labels and pre-filled values; answered from textAnswers (empty answer: cancelled). */
    public final List<List<String>> textLabels = new ArrayList<>();
    public final List<List<String>> textInitial = new ArrayList<>();
    public final Deque<List<String>> textAnswers = new ArrayDeque<>();
    /** The name of the button that goes ahead, per confirmation asked for. */
    public final List<String> confirmActions = new ArrayList<>();
    public final Deque<Path> csvAnswers = new ArrayDeque<>();
    public final Deque<Path> saveFileAnswers = new ArrayDeque<>();
    public final List<String> saveFileTitles = new ArrayList<>();

    @Override
    public Optional<Path> chooseAccountsCsv() {
        return Optional.ofNullable(csvAnswers.poll());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedFileName, String filterName, String pattern) {
        saveFileTitles.add(title);
        return Optional.ofNullable(saveFileAnswers.poll());
    }

    @Override
    public Optional<Path> chooseCredentialsFile(String suggestedFileName) {
        return Optional.ofNullable(credentialAnswers.poll());
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(folderAnswers.poll());
    }

    @Override
    public Optional<Integer> chooseOne(String title, String message, List<String> choices) {
        choiceMessages.add(message);
        choiceLists.add(List.copyOf(choices));
        return Optional.ofNullable(chooseAnswers.poll());
    }

    @Override
    public Optional<List<String>> askTexts(String title, String message, List<String> labels, List<String> initial) {
        textLabels.add(List.copyOf(labels));
        textInitial.add(List.copyOf(initial));
        return Optional.ofNullable(textAnswers.poll());
    }

    @Override
    public boolean confirm(String title, String message, String action) {
        confirmActions.add(action);
        return confirm(title, message);
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(title);
        confirmMessages.add(message);
        Boolean answer = confirmAnswers.poll();
        return answer != null && answer;
    }

    @Override
    public Optional<Path> chooseOpenPlan(Path initialDirectory) {
        return Optional.ofNullable(openAnswers.poll());
    }

    @Override
    public Optional<Path> chooseSavePlan(Path initialDirectory, String suggestedFileName) {
        suggestedNames.add(suggestedFileName);
        return Optional.ofNullable(saveAnswers.poll());
    }

    @Override
    public UnsavedChoice askUnsavedChanges(String planName) {
        unsavedPrompts++;
        UnsavedChoice choice = unsavedAnswers.poll();
        return choice == null ? UnsavedChoice.CANCEL : choice;
    }

    @Override
    public void showError(String title, String message, List<String> details) {
        errors.add(new Error(title, message, List.copyOf(details)));
    }

    @Override
    public void showWarning(String title, String message, List<String> details) {
        warnings.add(new Error(title, message, List.copyOf(details)));
    }
}
