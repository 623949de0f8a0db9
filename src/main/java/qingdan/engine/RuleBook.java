package qingdan.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import qingdan.bind.InputError;
import qingdan.bind.Problems;
import qingdan.model.Kind;
import qingdan.pack.Pack;
import qingdan.pack.PackLoader;
import qingdan.pack.PackRule;
import qingdan.pack.PackSet;
import qingdan.pack.CheckInfo;

/**
 * Every pack of a run and the compiled checks they switch on. Shipped packs come from the jar's
 * {@code rules/}; a user's come from {@code --rules DIR}, a folder of pack folders (or one pack
 * folder), each a {@code pack.yaml} and, for checks of its own, DRL files.
 */
public final class RuleBook implements PackSet {
    /** Checks that act on findings rather than facts, so they are not DRL rules. */
    public static final Set<String> REPORT_CHECKS = Set.of("expired-waiver", "unused-waiver");

    private final Map<String, Pack> packs;
    private final CompletableFuture<Compiled> compiled;

    /** The checks as compiled, and the problems found compiling them or matching packs to them. */
    private record Compiled(KieBase kieBase, Map<String, CheckInfo> checks, List<InputError> errors) {
    }

    private RuleBook(Map<String, Pack> packs, CompletableFuture<Compiled> compiled) {
        this.packs = packs;
        this.compiled = compiled;
    }

    @Override
    public Map<String, Pack> packs() {
        return packs;
    }

    /** The checks by id; waits for the rules to be built, if they are still being built. */
    @Override
    public Map<String, CheckInfo> checks() {
        return compiled().checks();
    }

    /** The rule base, or null when rules failed to compile (see {@link #errors()}). */
    public KieBase kieBase() {
        return compiled().kieBase();
    }

    /** Problems in a user's packs or rules (file:line), each an input error of the run. */
    public List<InputError> errors() {
        return compiled().errors();
    }

    private Compiled compiled() {
        try {
            return compiled.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }


    /** The shipped packs alone: immutable, so built once per JVM (tests and embedders run many checks). */
    private static final class Shipped {
        static final RuleBook BOOK = build(List.of());
    }

    /** Loads the shipped packs and those under each of {@code userDirs}. */
    public static RuleBook load(List<Path> userDirs) {
        return userDirs.isEmpty() ? Shipped.BOOK : build(userDirs);
    }

    private static RuleBook build(List<Path> userDirs) {
        List<InputError> errors = new ArrayList<>();
        Map<String, Pack> packs = new TreeMap<>();
        List<Source> drl = new ArrayList<>();
        Path shipped = shippedRoot();
        collect(shipped, "rules/", true, packs, drl, errors);
        for (Path dir : userDirs) {
            String display = dir.toString().replace('\\', '/');
            if (!Files.isDirectory(dir)) {
                errors.add(new InputError(display, null, null, "--rules: not a folder", "--rules：不是文件夹"));
                continue;
            }
            collect(dir, display.endsWith("/") ? display : display + "/", false, packs, drl, errors);
        }
        // Building the rule base is a third of a small run's time and needs nothing from the
        // catalogues, so it goes on while they are read; whoever needs it first waits.
        Map<String, Pack> frozen = Collections.unmodifiableMap(packs);
        CompletableFuture<Compiled> compiled = new CompletableFuture<>();
        Thread builder = new Thread(() -> {
            try {
                compiled.complete(compile(frozen, drl, errors));
            } catch (RuntimeException | Error e) {
                compiled.completeExceptionally(e);
            }
        }, "qingdan-rules");
        builder.setDaemon(true);
        builder.start();
        return new RuleBook(frozen, compiled);
    }

    /**
     * The shipped checks come compiled (executable model, built with the jar); DRL is compiled
     * here only when a user's pack brings checks of its own, or when running from classes the
     * build's kie-maven-plugin has not seen.
     */
    private static Compiled compile(Map<String, Pack> packs, List<Source> drl, List<InputError> packErrors) {
        List<InputError> errors = new ArrayList<>(packErrors);
        boolean userDrl = drl.stream().anyMatch(s -> !s.shipped());
        KieBase kieBase = userDrl ? null : ExecutableModel.load();
        if (kieBase == null) {
            kieBase = compile(drl, errors);
        }
        Map<String, CheckInfo> checks = kieBase == null ? Map.of() : checks(kieBase);
        if (kieBase != null) {
            validate(packs, checks, errors);
        }
        return new Compiled(kieBase, checks, List.copyOf(errors));
    }

    /** A DRL file: where it came from, and where to read it; {@code shipped} when it is ours. */
    private record Source(String display, Path path, boolean shipped) {
        byte[] bytes() {
            try {
                return Files.readAllBytes(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void collect(Path root, String display, boolean shipped, Map<String, Pack> packs, List<Source> drl,
                                List<InputError> errors) {
        PackLoader loader = new PackLoader();
        List<Path> dirs = new ArrayList<>();
        if (Files.exists(root.resolve("pack.yaml"))) {
            dirs.add(root);
        } else {
            try (Stream<Path> s = Files.list(root)) {
                s.filter(Files::isDirectory).sorted().forEach(dirs::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Path dir : dirs) {
            String prefix = dir.equals(root) ? display : display + dir.getFileName().toString().replace("/", "") + "/";
            Path packFile = dir.resolve("pack.yaml");
            if (Files.exists(packFile)) {
                Problems problems = new Problems(prefix + "pack.yaml");
                Pack pack = loader.load(packFile, prefix + "pack.yaml", problems);
                errors.addAll(problems.errors());
                if (pack != null) {
                    Pack earlier = packs.putIfAbsent(pack.id(), pack);
                    if (earlier != null) {
                        errors.add(new InputError(prefix + "pack.yaml", 1, 1, "pack id '" + pack.id()
                                + "' is already taken by " + earlier.origin(), "规则包 id '" + pack.id() + "' 已被 " + earlier.origin() + " 使用"));
                    }
                }
            }
            try (Stream<Path> s = Files.list(dir)) {
                for (Path f : s.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                    drl.add(new Source(prefix + f.getFileName().toString(), f, shipped));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static KieBase compile(List<Source> drl, List<InputError> errors) {
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (Source s : drl) {
            kb.add(ResourceFactory.newByteArrayResource(s.bytes()).setSourcePath(s.display()), ResourceType.DRL);
        }
        if (kb.hasErrors()) {
            for (KnowledgeBuilderError e : kb.getErrors()) {
                int[] lines = e.getLines();
                String file = e.getResource() != null ? e.getResource().getSourcePath() : "rules";
                String msg = e.getMessage().strip().replaceAll("\\s+", " ");
                errors.add(new InputError(file, lines.length > 0 && lines[0] > 0 ? lines[0] : null, null,
                        "rule does not compile: " + msg, "规则无法编译：" + msg));
            }
            return null;
        }
        return kb.newKieBase();
    }

    private static Map<String, CheckInfo> checks(KieBase kieBase) {
        Map<String, CheckInfo> out = new TreeMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                Map<String, Object> meta = r.getMetaData();
                String id = String.valueOf(meta.getOrDefault("checkId", r.getName()));
                Set<Kind> kinds = EnumSet.noneOf(Kind.class);
                for (String k : split(meta.get("kind"))) {
                    for (Kind kind : Kind.values()) {
                        if (kind.matches(k)) {
                            kinds.add(kind);
                        }
                    }
                }
                List<String> params = split(meta.get("params"));
                out.merge(id, new CheckInfo(id, kinds, params, p.getName(), text(meta, "about"), text(meta, "aboutZh"),
                        text(meta, "reads")), (a, b) -> {
                            Set<Kind> both = EnumSet.copyOf(a.kinds());
                            both.addAll(b.kinds());
                            List<String> ps = new ArrayList<>(a.params());
                            b.params().stream().filter(x -> !ps.contains(x)).forEach(ps::add);
                            return new CheckInfo(id, both, List.copyOf(ps), a.origin(), first(a.about(), b.about()),
                                    first(a.aboutZh(), b.aboutZh()), first(a.reads(), b.reads()));
                        });
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static String text(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        return v == null ? null : String.valueOf(v);
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static List<String> split(Object v) {
        if (v == null || String.valueOf(v).isBlank()) {
            return List.of();
        }
        return Stream.of(String.valueOf(v).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Each pack rule must name a check that exists, and give it the parameters it reads. */
    private static void validate(Map<String, Pack> packs, Map<String, CheckInfo> checks, List<InputError> errors) {
        for (Pack pack : packs.values()) {
            for (PackRule r : pack.rules().values()) {
                CheckInfo check = checks.get(r.id());
                if (check == null) {
                    if (!REPORT_CHECKS.contains(r.id())) {
                        errors.add(InputError.at(r.file(), r.pos(), "rule '" + r.id() + "': no check implements it; write a DRL rule named '"
                                + r.id() + "' (or with @checkId(\"" + r.id() + "\")) in the pack's folder",
                                "规则 '" + r.id() + "' 没有对应的检查；请在规则包文件夹中编写名为 '" + r.id() + "' 的 DRL 规则"));
                    }
                    continue;
                }
                for (String p : check.params()) {
                    if (!r.params().has(p)) {
                        errors.add(InputError.at(r.file(), r.pos(), "rule '" + r.id() + "' needs the parameter '" + p + "' under params:",
                                "规则 '" + r.id() + "' 需要在 params: 中给出参数 '" + p + "'"));
                    }
                }
            }
        }
    }

    /** The shipped rules folder: in the jar, or in target/classes when run from the build. */
    private static Path shippedRoot() {
        URL marker = RuleBook.class.getResource("/rules/README.md");
        if (marker == null) {
            throw new IllegalStateException("the shipped rules are missing from the classpath");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath("/rules");
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the shipped rules", e);
        }
    }

}
