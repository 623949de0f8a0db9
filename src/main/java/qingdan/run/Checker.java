package qingdan.run;

import qingdan.engine.Engine;
import qingdan.engine.FactBuilder;
import qingdan.engine.Finding;
import qingdan.engine.Progress;
import qingdan.engine.RuleBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import qingdan.load.CatalogueLoader;
import qingdan.bind.InputError;
import qingdan.load.Loaded;
import qingdan.load.References;
import qingdan.load.Walk;
import qingdan.pack.PackRule;
import qingdan.model.Header;
import qingdan.model.Kind;
import qingdan.pack.Pack;
import qingdan.report.Report;
import qingdan.report.Scope;

/**
 * One {@code qingdan check}: files → model → facts → rules → findings → report.
 */
public final class Checker {

    /**
     * @param policy {@code --policy}, or null for the files' own packs
     * @param asOf   {@code --as-of}, or null
     * @param today  the date when neither --as-of nor a catalogue's as_of says otherwise
     * @param formatOnly load and validate only: run no rules ("is this file well-formed?")
     * @param excludes   {@code --exclude} globs, skipped when walking folders
     * @param threads    worker threads for the rules; 0 for one per core. Findings never depend on it
     * @param tests      the files are a rule pack's tests: an {@code expect:} block is not a catalogue key
     */
    public record Options(List<String> policy, LocalDate asOf, LocalDate today, boolean formatOnly, List<String> excludes,
                          int threads, boolean tests, Kind csvKind) {
        public Options(List<String> policy, LocalDate asOf, LocalDate today, boolean formatOnly, List<String> excludes,
                       int threads, boolean tests) {
            this(policy, asOf, today, formatOnly, excludes, threads, tests, null);
        }

        public Options(List<String> policy, LocalDate asOf, LocalDate today, boolean formatOnly) {
            this(policy, asOf, today, formatOnly, List.of(), 0, false);
        }

        public Options(List<String> policy, LocalDate asOf, LocalDate today, boolean formatOnly, List<String> excludes) {
            this(policy, asOf, today, formatOnly, excludes, 0, false);
        }

        public Options(List<String> policy, LocalDate asOf, LocalDate today, boolean formatOnly, int threads) {
            this(policy, asOf, today, formatOnly, List.of(), threads, false);
        }
    }

    private final RuleBook book;
    private final String version;

    /** Every file the last check read or looked at, by real path: no report may be written over one. */
    private final Set<Path> filesRead = new java.util.HashSet<>();

    public Set<Path> filesRead() {
        return Set.copyOf(filesRead);
    }

    public Checker(RuleBook book, String version) {
        this.book = book;
        this.version = version;
    }

    public Report check(List<String> paths, Options options, Progress progress) {
        if (!options.formatOnly()) {
            book.start();
        }
        Walk.Found found = Walk.expand(paths, options.excludes());
        List<InputError> inputErrors = new ArrayList<>(found.errors());
        List<Walk.Input> inputs = found.inputs();
        progress.files(inputs.size());
        CatalogueLoader loader = new CatalogueLoader(book.packSet(), options.policy(), options.tests(), options.csvKind());
        // Parsing is most of a run's time and files are independent: both cores read. The list
        // keeps the inputs' order, and everything after is sorted, so output is the same.
        List<Loaded> read = inputs.parallelStream().map(in -> {
            Loaded l = loader.load(in.path(), in.display(), true, in.walked());
            progress.fileRead();
            return l;
        }).toList();
        List<Loaded> named = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int[] perArgument = new int[paths.size()];
        for (int i = 0; i < read.size(); i++) {
            if (read.get(i) == null) {
                skipped.add(inputs.get(i).display());
            } else {
                named.add(read.get(i));
                perArgument[inputs.get(i).origin()]++;
            }
        }
        for (int i = 0; i < paths.size(); i++) {
            if (perArgument[i] == 0 && Files.isDirectory(Path.of(paths.get(i)))) {
                inputErrors.add(new InputError(paths.get(i).replace('\\', '/'), null, null,
                        "this folder holds no catalogue (no .yaml or .yml file with a top-level 'kind:' key)",
                        "此文件夹中没有清单（没有顶层含 'kind:' 键的 .yaml 或 .yml 文件）"));
            }
        }
        References.Resolved resolved = References.resolve(named, loader, found.roots());
        for (Walk.Input in : inputs) {
            filesRead.add(References.real(in.path()));
        }
        for (Loaded l : resolved.catalogues()) {
            filesRead.add(References.real(l.path()));
        }
        inputErrors.addAll(book.errors());
        for (Loaded l : resolved.catalogues()) {
            inputErrors.addAll(l.errors());
        }
        List<Finding> findings = List.of();
        if (!options.formatOnly() && book.kieBase() != null) {
            progress.checking();
            Engine engine = new Engine(book, new FactBuilder(book, options.asOf(), options.today()),
                    options.threads() > 0 ? options.threads() : Runtime.getRuntime().availableProcessors());
            findings = engine.run(resolved, progress);
            for (String rule : engine.runaway()) {
                inputErrors.add(runaway(rule));
            }
        }
        inputErrors.sort(InputError.ORDER);
        List<String> referenceData = resolved.catalogues().stream()
                .filter(l -> l.named() && l.ok() && l.packs().isEmpty()).map(Loaded::file).sorted().toList();
        skipped.sort(null);
        return new Report(version, named.size(), List.copyOf(inputErrors), findings, null, rulesThatRan(resolved),
                referenceData, List.copyOf(skipped), scope(resolved, options));
    }

    /** The catalogues checked, the documents applied and the dates, for a report's header. */
    private Scope scope(References.Resolved resolved, Options options) {
        FactBuilder dates = new FactBuilder(book, options.asOf(), options.today());
        List<Scope.Catalogue> catalogues = new ArrayList<>();
        java.util.TreeSet<String> packs = new java.util.TreeSet<>();
        for (Loaded l : resolved.catalogues()) {
            if (!l.named()) {
                continue;
            }
            if (!l.ok()) {
                catalogues.add(new Scope.Catalogue(l.file(), l.id(), null, null, null, null, null, List.copyOf(l.packs())));
                continue;
            }
            Header h = l.catalogue().header();
            boolean judged = !options.formatOnly() && !l.packs().isEmpty();
            Scope.DateSource from = options.asOf() != null ? Scope.DateSource.OPTION
                    : h.asOf() != null ? Scope.DateSource.CATALOGUE : Scope.DateSource.TODAY;
            catalogues.add(new Scope.Catalogue(l.file(), l.id(), h.kind(), h.title(), h.jurisdiction(),
                    judged ? dates.asOf(l.catalogue()) : null, judged ? from : null, List.copyOf(l.packs())));
            packs.addAll(l.packs());
        }
        catalogues.sort(java.util.Comparator.comparing(Scope.Catalogue::file));
        List<String> order = new ArrayList<>(packs);
        order.removeAll(Pack.ALWAYS);
        Pack.ALWAYS.stream().filter(packs::contains).forEach(order::add);
        List<Scope.Document> documents = new ArrayList<>();
        for (String id : order) {
            Pack p = book.packs().get(id);
            if (p == null || p.rules().values().stream().allMatch(r -> r.source() == null)) {
                continue; // the integrity pack: data checks no document states
            }
            List<String> cited = p.rules().values().stream().filter(r -> r.source() != null).map(r -> r.source().document())
                    .filter(d -> !d.equals(p.document())).distinct().sorted().toList();
            documents.add(new Scope.Document(p.id(), p.document(), p.title(), p.issuer(), p.date(), cited));
        }
        return new Scope(dates.checkDate(), options.asOf() != null, List.copyOf(catalogues), List.copyOf(documents));
    }

    /** A rule stopped after the bounded number of firings: an error of its pack, at the rule. */
    private InputError runaway(String rule) {
        String file = "rules";
        Integer line = null;
        for (qingdan.pack.Packs.DrlFile drl : book.packSet().drl()) {
            String text = new String(drl.bytes(), java.nio.charset.StandardCharsets.UTF_8);
            int at = text.indexOf("rule \"" + rule + "\"");
            if (at >= 0) {
                file = drl.display();
                line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
                break;
            }
        }
        String en = "rule \"" + rule + "\" kept firing without end and was stopped after a bound of firings (at least " + Engine.MIN_FIRINGS + "); "
                + "its findings are incomplete: a rule must not keep inserting facts that match it again";
        String zh = "规则 \"" + rule + "\" 无休止地触发，超过上限后已被停止，其结果不完整；规则不应不断插入再次匹配自身的事实";
        return new InputError(file, line, line == null ? null : 1, en, zh);
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

    /** A catalogue file, by its name: *.yaml or *.yml. */
    public static boolean isYaml(Path f) {
        String n = f.getFileName().toString();
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }
}
