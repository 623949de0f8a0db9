package qingdan.run;

import qingdan.engine.Engine;
import qingdan.engine.FactBuilder;
import qingdan.engine.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import qingdan.load.CatalogueLoader;
import qingdan.bind.InputError;
import qingdan.load.Loaded;
import qingdan.load.References;
import qingdan.pack.PackRule;
import qingdan.report.Report;
import qingdan.engine.Progress;
import qingdan.engine.RuleBook;

/**
 * One {@code qingdan check}: files → model → facts → rules → findings → report.
 */
public final class Checker {

    /**
     * @param policy {@code --policy}, or null for the files' own packs
     * @param asOf   {@code --as-of}, or null
     * @param today  the date when neither --as-of nor a catalogue's as_of says otherwise
     * @param formatOnly load and validate only: run no rules ("is this file well-formed?")
     */
    public record Options(List<String> policy, LocalDate asOf, LocalDate today, boolean formatOnly) {
    }

    private final RuleBook book;
    private final String version;

    public Checker(RuleBook book, String version) {
        this.book = book;
        this.version = version;
    }

    public Report check(List<String> paths, Options options, Progress progress) {
        List<InputError> inputErrors = new ArrayList<>();
        List<Input> inputs = expand(paths, inputErrors);
        progress.files(inputs.size());
        CatalogueLoader loader = new CatalogueLoader(book.packSet(), options.policy());
        // Parsing is most of a run's time and files are independent: both cores read. The list
        // keeps the inputs' order, and everything after is sorted, so output is the same.
        List<Loaded> named = inputs.parallelStream().map(in -> {
            Loaded l = loader.load(in.path(), in.display(), true);
            progress.fileRead();
            return l;
        }).toList();
        References.Resolved resolved = References.resolve(named, loader);
        inputErrors.addAll(book.errors());
        for (Loaded l : resolved.catalogues()) {
            inputErrors.addAll(l.errors());
        }
        List<Finding> findings = List.of();
        if (book.kieBase() != null && !options.formatOnly()) {
            progress.checking();
            Engine engine = new Engine(book, new FactBuilder(book, options.asOf(), options.today()));
            findings = engine.run(resolved, progress);
        }
        inputErrors.sort(InputError.ORDER);
        return new Report(version, inputs.size(), List.copyOf(inputErrors), findings, null, rulesThatRan(resolved));
    }

    /** Every rule of the packs the checked catalogues name, by rule id then pack. */
    private List<PackRule> rulesThatRan(References.Resolved resolved) {
        java.util.TreeSet<String> packs = new java.util.TreeSet<>();
        resolved.catalogues().stream().filter(Loaded::named).forEach(l -> packs.addAll(l.packs()));
        List<PackRule> out = new ArrayList<>();
        for (String p : packs) {
            out.addAll(book.packs().get(p).rules().values());
        }
        out.sort(java.util.Comparator.comparing(PackRule::id).thenComparing(PackRule::pack));
        return List.copyOf(out);
    }

    /** A catalogue file to read: its path, and how reports name it. */
    record Input(Path path, String display) {
    }

    /** Files as given; folders searched for *.yaml and *.yml, in name order. Each file once. */
    static List<Input> expand(List<String> paths, List<InputError> errors) {
        List<Input> out = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (String given : paths) {
            Path p = Path.of(given);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    for (Path f : walk.filter(Files::isRegularFile).filter(Checker::isYaml)
                            .filter(f -> !hidden(p.relativize(f))).sorted().toList()) {
                        add(f, display(given, p.relativize(f)), seen, out);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.exists(p)) {
                add(p, given.replace('\\', '/'), seen, out);
            } else {
                errors.add(new InputError(given.replace('\\', '/'), null, null, "no such file or folder", "文件或文件夹不存在"));
            }
        }
        return out;
    }

    private static void add(Path f, String display, Set<Path> seen, List<Input> out) {
        if (seen.add(f.toAbsolutePath().normalize())) {
            out.add(new Input(f, display));
        }
    }

    /** A catalogue file, by its name: *.yaml or *.yml. */
    public static boolean isYaml(Path f) {
        String n = f.getFileName().toString();
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String display(String given, Path relative) {
        String base = given.replace('\\', '/');
        if (!base.endsWith("/")) {
            base = base + "/";
        }
        if (base.equals("./")) {
            base = "";
        }
        return base + relative.toString().replace('\\', '/');
    }
}
