package qingdan.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import qingdan.cli.Main.UsageError;
import qingdan.engine.Checker;
import qingdan.engine.Finding;
import qingdan.engine.RuleBook;
import qingdan.report.RenderOptions;
import qingdan.report.Renderer;
import qingdan.report.RendererFactory;
import qingdan.report.Report;

/** {@code qingdan check}: checks catalogues and reports every finding with its clause. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Check catalogues against their policy packs and report every violation with the clause it breaks.",
        footer = {"",
            "Examples:",
            "  qingdan check                                  check everything under catalogues/",
            "  qingdan check plans/tongwei.yaml               check one file",
            "  qingdan check --format json --output r.json .  write the JSON report to r.json",
            "  qingdan check --policy tongwei-2020 plan.yaml  check against tongwei-2020, whatever the file names",
            "  qingdan check --fail-on warning catalogues/    exit 1 on warnings too (for CI)",
            "",
            "Exit codes: 0 no finding at or above --fail-on; 1 some; 2 bad input or usage; 3 internal error."})
final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Catalogue files, or folders searched for *.yaml and *.yml (default: catalogues/).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--policy", split = ",", paramLabel = "P",
            description = "Check against these packs instead of those the files name.")
    List<String> policy;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Also load rule packs from DIR (a folder of pack folders, or one pack folder).")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--format", paramLabel = "F", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = Formats.class)
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "S", defaultValue = "error",
            description = "Lowest severity that makes the exit code 1: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Judge date-bound rules as of DATE (YYYY-MM-DD); default: each catalogue's as_of, else today.")
    LocalDate asOf;

    @Option(names = "--lang", paramLabel = "L",
            description = "Language of messages: ${COMPLETION-CANDIDATES} (default: zh in a Chinese locale, else en).")
    Lang lang;

    @Option(names = {"-v", "--verbose"}, description = "Show the rule engine's log on standard error.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    /** The format names, for help and completion. */
    static final class Formats extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Formats() {
            super(RendererFactory.names());
        }
    }

    @Override
    public Integer call() throws IOException {
        Renderer renderer = RendererFactory.forName(format);
        if (renderer == null) {
            throw new UsageError("unknown --format '" + format + "'; expected one of: " + String.join(", ", RendererFactory.names()));
        }
        List<String> inputs = paths.isEmpty() ? List.of("catalogues/") : paths;
        if (output != null) {
            refuseInputAsOutput(inputs);
        }
        RuleBook book = RuleBook.load(rules);
        if (policy != null) {
            for (String p : policy) {
                if (!book.packs().containsKey(p)) {
                    throw new UsageError("unknown pack '" + p + "' in --policy; known packs: " + String.join(", ", book.packs().keySet()));
                }
            }
        }
        Checker checker = new Checker(book, Version.get());
        Report report = checker.check(inputs, new Checker.Options(policy, asOf, LocalDate.now()));
        boolean english = (lang != null ? lang : Lang.fromLocale()) == Lang.en;
        write(report, renderer, english);
        return exitCode(report).code();
    }

    private ExitCode exitCode(Report report) {
        if (!report.inputErrors().isEmpty()) {
            return ExitCode.INPUT;
        }
        for (Finding f : report.findings()) {
            if (f.waived() == null && failOn.fails(f.severity())) {
                return ExitCode.FINDINGS;
            }
        }
        return ExitCode.OK;
    }

    /** The report goes to a temporary file first, so that a failed run never leaves half of one. */
    private void write(Report report, Renderer renderer, boolean english) throws IOException {
        if (output == null) {
            StringWriter buffer = new StringWriter();
            boolean colour = Ansi.AUTO.enabled() && System.console() != null;
            renderer.render(report, new RenderOptions(english, colour), buffer);
            spec.commandLine().getOut().print(buffer);
            spec.commandLine().getOut().flush();
            return;
        }
        Path target = output.toAbsolutePath();
        Path dir = target.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, ".qingdan-", ".tmp");
        try {
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8)) {
                renderer.render(report, new RenderOptions(english, false), w);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Nothing is ever written to an input file. */
    private void refuseInputAsOutput(List<String> inputs) {
        Path out = output.toAbsolutePath().normalize();
        for (String in : inputs) {
            Path p = Path.of(in).toAbsolutePath().normalize();
            if (p.equals(out) || Files.isDirectory(p) && out.startsWith(p) && isYaml(out)) {
                throw new UsageError("--output " + output + " would overwrite or add to the catalogues being checked; write the report elsewhere");
            }
        }
    }

    private static boolean isYaml(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }
}
