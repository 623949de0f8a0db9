package qingdan.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import qingdan.engine.RuleBook;
import qingdan.render.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code qingdan}: checks township-reform catalogues against the policy documents that govern
 * them. This class only wires the commands; each command is its own class.
 */
@Command(name = "qingdan",
        versionProvider = Version.class,
        mixinStandardHelpOptions = true,
        description = {
            "清单 — checks township-reform catalogues (establishment plans, delegation lists, assessment and duty lists)",
            "against the policy documents that govern them, and cites the clause each finding breaks."},
        footer = {"", "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad input or usage, 3 internal error."})
public final class Main {

    /** Read before parsing, by {@link Lang#chosen}, so that --help itself is in the language asked for. */
    @Option(names = "--lang", paramLabel = "L", description = "Language of help and messages: ${COMPLETION-CANDIDATES} (default: from the locale).")
    Lang lang;

    public static void main(String[] args) {
        String[] given = Utf8Locale.arguments(args);
        Integer relaunched = Utf8Locale.relaunchIfNeeded(given);
        if (relaunched != null) {
            System.exit(relaunched);
        }
        System.exit(run(given, utf8(FileDescriptor.out), utf8(FileDescriptor.err)));
    }

    /** Runs the command line and returns the exit code; output goes to the given streams. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        quietLogging(args);
        if (runsRules(args)) {
            RuleBook.startShipped();
        }
        CommandLine cmd = commandLine(args);
        // The examples in --help are one command and its purpose per line; 80 columns would fold them.
        cmd.setUsageHelpWidth(110);
        cmd.setUsageHelpAutoWidth(true);
        if (!Lang.english(Lang.chosen(args))) {
            cmd.setResourceBundle(Lang.chineseHelp());
        }
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        cmd.setOut(outWriter);
        cmd.setErr(errWriter);
        cmd.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("qingdan: " + ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr())) {
                c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            }
            return ExitCode.INPUT.code();
        });
        cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof UsageError u) {
                c.getErr().println("qingdan: " + Printable.escape(u.getMessage()));
                return ExitCode.INPUT.code();
            }
            return internal(ex, c.getErr());
        });
        int code;
        try {
            code = cmd.execute(args);
        } catch (Throwable t) { // Errors too (OutOfMemoryError, StackOverflowError): exit 3, never 1
            code = internal(t, errWriter);
        }
        try {
            outWriter.flush();
            errWriter.flush();
        } catch (Throwable t) {
            code = ExitCode.INTERNAL.code();
        }
        return code;
    }

    /** The commands, in the order {@code qingdan --help} lists them. */
    private static final List<Class<?>> COMMANDS = List.of(CheckCommand.class, RulesCommand.class, ExplainCommand.class,
            SchemaCommand.class, TemplateCommand.class, ConvertCommand.class, TestCommand.class, CommandLine.HelpCommand.class);

    /**
     * The command line, holding only the command the arguments name when they name one: picocli
     * reads every option of a command when it is added. Help, a command it does not know (which
     * gets suggestions) and options before the command get them all.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cmd = new CommandLine(new Main());
        String named = command(args);
        for (Class<?> c : COMMANDS) {
            if (named == null || named.equals("help") || named.equals(c.getAnnotation(Command.class).name())) {
                cmd.addSubcommand(c);
            }
        }
        if (cmd.getSubcommands().isEmpty()) {
            COMMANDS.forEach(cmd::addSubcommand);
        }
        return cmd;
    }

    /**
     * Every unexpected Throwable ends here, once: one short line on standard error and exit 3.
     * The stack trace only with --verbose.
     */
    static int internal(Throwable t, PrintWriter err) {
        try {
            String what = t instanceof OutOfMemoryError ? "out of memory (give Java more with -Xmx, or check fewer files at once)"
                    : t instanceof StackOverflowError ? "stack overflow" : t.getClass().getName()
                    + (t.getMessage() == null ? "" : ": " + t.getMessage());
            if (what.length() > 200) {
                what = what.substring(0, 197) + "...";
            }
            err.println("qingdan: internal error, a bug in qingdan (not in your catalogues); please report it with the command you ran: "
                    + Printable.escape(what));
            if (Boolean.getBoolean("qingdan.verbose")) {
                t.printStackTrace(err);
            }
            err.flush();
        } catch (Throwable ignored) {
            // even the message failed (memory): the exit code still says what happened
        }
        return ExitCode.INTERNAL.code();
    }

    /**
     * Whether the command runs rules, as far as the arguments show before they are parsed: the
     * rule base is then built while the command line is parsed and the packs are read (a fifth
     * of a small check's time). A wrong guess costs an idle core's time, never a result.
     */
    private static boolean runsRules(String[] args) {
        String command = command(args);
        return ("check".equals(command) || "test".equals(command)) && !List.of(args).contains("--format-only");
    }

    /**
     * The command the arguments name, read before picocli parses them; null when an option other
     * than --lang comes first (--help, --version) or there is none.
     */
    private static String command(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang")) {
                i++;
            } else if (!args[i].startsWith("--lang=")) {
                return args[i].startsWith("-") ? null : args[i];
            }
        }
        return null;
    }

    /**
     * Drools logs through SLF4J; a normal run prints nothing of it. Must run before the first
     * logger is made, so it reads the arguments itself.
     */
    private static void quietLogging(String[] args) {
        boolean verbose = false;
        for (String a : args) {
            verbose |= "--verbose".equals(a) || "-v".equals(a);
        }
        System.setProperty("qingdan.verbose", Boolean.toString(verbose));
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "debug" : "error");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }

    /** Reports hold Chinese; the platform's default encoding may be ASCII (LANG=C in CI). */
    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
    }

    /** A bad option value found after parsing: exit 2 with a message, never a stack trace. */
    static final class UsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message, null, false, false);
        }
    }
}
