package qingdan.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import qingdan.bind.Names;
import qingdan.cli.Main.UsageError;
import qingdan.load.References;
import qingdan.load.Walk;
import qingdan.model.Kind;
import qingdan.run.Checker;
import qingdan.engine.Finding;
import qingdan.engine.Progress;
import qingdan.engine.RuleBook;
import qingdan.load.Baseline;
import qingdan.render.JsonRenderer;
import qingdan.render.RenderOptions;
import qingdan.render.Renderer;
import qingdan.render.RendererFactory;
import qingdan.render.XlsxRenderer;
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
            "  qingdan check --format sarif --output r.sarif --format text   SARIF to a file, text on screen",
            "  qingdan check --policy tongwei-2020 plan.yaml  check against tongwei-2020, whatever the file names",
            "  qingdan check --fail-on warning catalogues/    exit 1 on warnings too (for CI)",
            "  qingdan check --write-baseline base.json       record today's findings ...",
            "  qingdan check --baseline base.json             ... and from then on report only new ones",
            "  qingdan check --format-only catalogues/        is every file well-formed? (runs no rules)",
            "",
            "Exit codes: 0 no finding at or above --fail-on; 1 some; 2 bad input or usage; 3 internal error."})
final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Catalogue files, or folders searched for *.yaml and *.yml (default: catalogues/).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--policy", split = ",", paramLabel = "P",
            description = "Check against these packs instead of those the files name.")
    List<String> policy;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "The kind of each named CSV file that has no NAME.header.yaml beside it: its header is then this kind and --policy.")
    String kind;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Also load rule packs from DIR (a folder of pack folders, or one pack folder).")
    List<Path> rules = new ArrayList<>();

    /** One report: a format, and where it goes. Repeat the pair for several reports from one run. */
    static final class Output {
        @Option(names = "--format", paramLabel = "F",
                description = "Report format: ${COMPLETION-CANDIDATES} (default: text). May be repeated, each with its own --output.",
                completionCandidates = Formats.class)
        String format = "text";

        @Option(names = "--output", paramLabel = "FILE",
                description = "Write the preceding --format's report to FILE instead of standard output.")
        Path output;
    }

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<Output> outputs = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "S", defaultValue = "error",
            description = "Lowest severity that makes the exit code 1: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Leave out the findings of this earlier JSON report (by fingerprint): report only new ones.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Write this run's findings to FILE as a baseline (a JSON report).")
    Path writeBaseline;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Judge date-bound rules as of DATE (YYYY-MM-DD); default: each catalogue's as_of, else today.")
    LocalDate asOf;

    @Option(names = "--lang", paramLabel = "L",
            description = "Language of messages: ${COMPLETION-CANDIDATES} (default: zh in a Chinese locale, else en).")
    Lang lang;

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Skip files and folders matching GLOB when walking folders (gitignore syntax; repeatable). "
                    + "A .qingdanignore file in a checked folder does the same.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--format-only",
            description = "Only load and validate the catalogues (format, references, packs); run no rules.")
    boolean formatOnly;

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
        List<Output> reports = outputs.isEmpty() ? List.of(new Output()) : outputs;
        List<String> inputs = paths.isEmpty() ? List.of("catalogues/") : paths;
        if (paths.isEmpty() && !Files.isDirectory(Path.of("catalogues"))) {
            throw new UsageError("no PATH given, and there is no catalogues/ folder here to check by default; "
                    + "name the files or folders to check (qingdan check plans/)");
        }
        checkOutputs(reports, inputs);
        Set<String> baselined = readBaseline();
        RuleBook book = RuleBook.load(rules);
        if (policy != null) {
            for (String p : policy) {
                if (!book.packs().containsKey(p)) {
                    throw new UsageError("unknown pack '" + p + "' in --policy; known packs: " + String.join(", ", book.packs().keySet()));
                }
            }
        }
        Kind csvKind = kind == null ? null : KindArgument.parse(kind, "in --kind");
        Checker checker = new Checker(book, Version.get());
        boolean english = Lang.english(lang);
        Progress progress = new Progress();
        Report report;
        try (ProgressLine line = ProgressLine.start(progress, english)) {
            report = checker.check(inputs, new Checker.Options(policy, asOf, LocalDate.now(), formatOnly, excludes, 0, false, csvKind),
                    progress);
        }
        // Files reached only through references are known only now; still nothing is written yet.
        for (Path out : targets(reports)) {
            if (checker.filesRead().contains(out)) {
                throw new UsageError(out + " is a file this run reads; a report never overwrites its input: write it elsewhere");
            }
        }
        if (writeBaseline != null) {
            write(report, new JsonRenderer(), writeBaseline, english);
        }
        if (baselined != null) {
            report = report.without(baselined);
        }
        for (Output o : reports) {
            write(report, RendererFactory.forName(o.format), o.output, english);
        }
        if (writeBaseline != null) {
            // Adopting a baseline is not a failure (cli.md): only input errors fail the run.
            return (report.inputErrors().isEmpty() ? ExitCode.OK : ExitCode.INPUT).code();
        }
        return exitCode(report).code();
    }

    /** The files the reports go to, by real path (the parent's, for files not there yet). */
    private List<Path> targets(List<Output> reports) {
        List<Path> out = new ArrayList<>();
        for (Output o : reports) {
            if (!toStdout(o.output)) {
                out.add(realTarget(o.output));
            }
        }
        if (writeBaseline != null) {
            out.add(realTarget(writeBaseline));
        }
        return out;
    }

    private static boolean toStdout(Path output) {
        return output == null || output.toString().equals("-");
    }

    /** A path compared as the file system sees it: symlinks followed, in the parent too. */
    private static Path realTarget(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (IOException e) {
            Path parent = abs.getParent();
            if (parent == null) {
                return abs;
            }
            return realTarget(parent).resolve(abs.getFileName());
        }
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

    private Set<String> readBaseline() {
        if (baseline == null) {
            return null;
        }
        try {
            return Baseline.read(baseline);
        } catch (IOException e) {
            throw new UsageError("--baseline " + baseline + ": " + e.getMessage());
        }
    }

    /**
     * Every report must have a known format and a place of its own, and never be written over a
     * file the run reads (cli.md, "Outputs are safe"): compared by real path, symlinks followed.
     */
    private void checkOutputs(List<Output> reports, List<String> inputs) {
        int toStdout = 0;
        Set<Path> targets = new HashSet<>();
        for (Output o : reports) {
            if (RendererFactory.forName(o.format) == null) {
                throw new UsageError("unknown --format '" + o.format + "'; expected one of: " + String.join(", ", RendererFactory.names()));
            }
            if (toStdout(o.output) && RendererFactory.forName(o.format) instanceof XlsxRenderer) {
                throw new UsageError("--format xlsx writes a workbook: give it an --output FILE.xlsx");
            }
            if (toStdout(o.output)) {
                toStdout++;
            } else {
                refuseInputAsOutput(o.output, inputs);
                if (!targets.add(realTarget(o.output))) {
                    throw new UsageError("--output " + o.output + " is named by two reports of this run; give each its own file");
                }
            }
        }
        if (toStdout > 1) {
            throw new UsageError("only one report can go to standard output; give the others an --output FILE");
        }
        if (writeBaseline != null) {
            refuseInputAsOutput(writeBaseline, inputs);
            if (!targets.add(realTarget(writeBaseline))) {
                throw new UsageError("--write-baseline " + writeBaseline + " is also an --output of this run; give it its own file");
            }
        }
    }

    /** The report goes to a temporary file first, so that a failed run never leaves half of one. */
    private void write(Report report, Renderer renderer, Path output, boolean english) {
        if (toStdout(output)) {
            StringWriter buffer = new StringWriter();
            boolean colour = Ansi.AUTO.enabled() && System.console() != null;
            try {
                renderer.render(report, new RenderOptions(english, colour), buffer);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
            }
            spec.commandLine().getOut().print(buffer);
            spec.commandLine().getOut().flush();
            return;
        }
        Outputs.write(output, out -> {
            if (renderer instanceof XlsxRenderer x) {
                x.write(report, new RenderOptions(english, false), out);
            } else {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                renderer.render(report, new RenderOptions(english, false), w);
                w.flush();
            }
        });
    }

    /**
     * Nothing is ever written to an input file, nor as a new catalogue in a checked folder, nor
     * over a baseline or a pack file the run reads.
     */
    private void refuseInputAsOutput(Path output, List<String> inputs) {
        Path out = realTarget(output);
        for (Walk.Input in : Walk.expand(inputs, excludes).inputs()) {
            if (References.real(in.path()).equals(out)) {
                throw new UsageError(output + " is a catalogue this run checks; a report never overwrites its input: write it elsewhere");
            }
        }
        for (String in : inputs) {
            Path p = realTarget(Path.of(in));
            if (p.equals(out) || Files.isDirectory(p) && out.startsWith(p) && Names.isYaml(out.getFileName().toString())) {
                throw new UsageError(output + " would overwrite or add to the catalogues being checked; write it elsewhere");
            }
        }
        if (baseline != null && realTarget(baseline).equals(out)) {
            throw new UsageError(output + " is the --baseline this run reads; write the new one elsewhere");
        }
        for (Path dir : rules) {
            if (out.startsWith(realTarget(dir))) {
                throw new UsageError(output + " is inside the --rules folder " + dir + "; write it elsewhere");
            }
        }
    }
}
