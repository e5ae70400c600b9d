package com.tenantbridge.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless face of TenantBridge: the same engine as the wizard, driven by commands. */
@Command(name = "tenantbridge",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
                "Set up expert calls in Microsoft Teams across tenants: Teams mobile with spatial annotations, or Dynamics"
                        + " 365 Remote Assist until its end on 2026-12-31.",
                "Run without arguments to open the wizard."},
        subcommands = {ValidateCommand.class, ImportCommand.class, ReportCommand.class, CheckCommand.class,
                PlanCommand.class, ApplyCommand.class, VerifyCommand.class, RollbackCommand.class, RunbookCommand.class,
                DoctorCommand.class, RegisterAppCommand.class, ResendInvitationCommand.class, ReachCommand.class,
                CommandLine.HelpCommand.class},
        commandListHeading = "%nCommands:%n",
        footer = {"", "Exit codes: 0 ok, 1 checks or changes failed, 2 bad input, 3 a tenant could not be reached or"
                + " signed in."})
public final class Cli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CliAdapters adapters;

    private Cli(CliAdapters adapters) {
        this.adapters = adapters;
    }

    /** The adapters the launcher wired, for any command of this command line. */
    static CliAdapters adapters(CommandLine.Model.CommandSpec spec) {
        return ((Cli) spec.root().userObject()).adapters;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs a command. {@code extraCommands} lets the launcher add commands from layers the CLI must not
     * depend on (the wizard, the demo tenant's own commands).
     */
    public static int execute(CliAdapters adapters, PrintWriter out, PrintWriter err, List<Object> extraCommands,
            String... args) {
        CommandLine line = new CommandLine(new Cli(adapters));
        extraCommands.forEach(line::addSubcommand);
        PrintWriter shownOut = new PrintWriter(new TerminalText(out));
        PrintWriter shownErr = new PrintWriter(new TerminalText(err));
        try {
            // No colours: the writers escape every control character, ESC included, so none may be meant.
            return line.setOut(shownOut)
                    .setErr(shownErr)
                    .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                    .setExitCodeExceptionMapper(e -> ExitCodes.BAD_INPUT)
                    .setExecutionExceptionHandler(new OneLineErrors())
                    .execute(args);
        } finally {
            shownOut.flush();
            shownErr.flush();
        }
    }
}
