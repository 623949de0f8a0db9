package qingdan.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import qingdan.bind.InputError;
import qingdan.pack.CheckContract;
import qingdan.pack.Pack;
import qingdan.pack.PackSet;
import qingdan.pack.Packs;

/**
 * The packs of a run (checked against their checks' contracts, see {@link Packs}) and the rule
 * base their checks compile to. The rule base is built on its own thread while catalogues are
 * read; whoever needs it first waits.
 */
public final class RuleBook implements PackSet {
    private final Packs packs;
    /** A user's DRL being compiled, or null when the shipped rule base serves. */
    private final CompletableFuture<Compiled> userRules;
    /** The shipped rule base with the packs' problems, once asked for. */
    private Compiled shippedRules;

    /** The rule base, or null with the problems that kept it from being built. */
    private record Compiled(KieBase kieBase, List<InputError> errors) {
    }

    private RuleBook(Packs packs, CompletableFuture<Compiled> userRules) {
        this.packs = packs;
        this.userRules = userRules;
    }

    /**
     * Starts building the shipped checks' rule base on its own thread, before anything is read:
     * it needs neither packs nor catalogues and is the longest step of a small check. A run
     * whose packs bring DRL of their own does not use it.
     */
    public static void startShipped() {
        ExecutableModel.start();
    }

    /** Starts building this book's rule base, if it is not being built: a check will need it. */
    public void start() {
        if (userRules == null) {
            ExecutableModel.start();
        }
    }

    /** The packs and their contracts, as read and checked: needs no rule engine. */
    public Packs packSet() {
        return packs;
    }

    @Override
    public Map<String, Pack> packs() {
        return packs.packs();
    }

    /** The checks' contracts by id. */
    @Override
    public Map<String, CheckContract> checks() {
        return packs.contracts().all();
    }

    /** The rule base, or null when rules failed to compile (see {@link #errors()}). */
    public KieBase kieBase() {
        return compiled().kieBase();
    }

    /** Problems in a user's packs or rules (file:line:column), each an input error of the run. */
    public List<InputError> errors() {
        // Checks compiled when the jar was built cannot fail to compile now: nothing to wait for.
        return userRules == null && ExecutableModel.present() ? packs.errors() : compiled().errors();
    }

    private Compiled compiled() {
        if (userRules == null) {
            synchronized (this) {
                if (shippedRules == null) {
                    shippedRules = compile(packs);
                }
                return shippedRules;
            }
        }
        return Background.join(userRules);
    }

    /** The shipped packs alone: immutable, so built once per JVM (tests and embedders run many checks). */
    private static final class Shipped {
        static final RuleBook BOOK = build(List.of());
    }

    /** Loads the shipped packs and those under each of {@code userDirs}. */
    public static RuleBook load(List<Path> userDirs) {
        return userDirs.isEmpty() ? Shipped.BOOK : build(userDirs);
    }

    /**
     * The shipped packs with those under {@code dirs}, a folder of which replaces the shipped
     * folder of the same name: how {@code qingdan test} reads a working copy of the shipped rules.
     */
    public static RuleBook forTests(List<Path> dirs) {
        return dirs.isEmpty() ? Shipped.BOOK : build(dirs, true);
    }

    private static RuleBook build(List<Path> userDirs) {
        return build(userDirs, false);
    }

    private static RuleBook build(List<Path> userDirs, boolean shadow) {
        Packs read = Packs.load(userDirs, shadow);
        // A user's DRL is checked now, before any catalogue is read: a folder whose checks cannot
        // run is left out with its packs, and every other pack runs.
        List<InputError> drlErrors = new ArrayList<>();
        Set<String> bad = DrlChecks.validate(read, drlErrors);
        Packs packs = read.without(bad, drlErrors);
        if (!userDrl(packs)) {
            return new RuleBook(packs, null);
        }
        // A user's DRL is compiled at once, even for --format-only: its errors are the pack's.
        CompletableFuture<Compiled> compiled = new CompletableFuture<>();
        Thread builder = new Thread(() -> {
            try {
                compiled.complete(compile(packs));
            } catch (RuntimeException | Error e) {
                compiled.completeExceptionally(e);
            }
        }, "qingdan-rules");
        builder.setDaemon(true);
        builder.start();
        return new RuleBook(packs, compiled);
    }

    private static boolean userDrl(Packs packs) {
        return packs.drl().stream().anyMatch(s -> !s.shipped());
    }

    /**
     * The shipped checks come compiled (executable model, built with the jar); DRL is compiled
     * here only when a user's pack brings checks of its own, or when running from classes the
     * build's kie-maven-plugin has not seen.
     */
    private static Compiled compile(Packs packs) {
        List<InputError> errors = new ArrayList<>(packs.errors());
        KieBase kieBase = userDrl(packs) ? null : ExecutableModel.shipped();
        if (kieBase == null) {
            KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
            for (Packs.DrlFile s : packs.drl()) {
                kb.add(ResourceFactory.newByteArrayResource(s.bytes()).setSourcePath(s.display()), ResourceType.DRL);
            }
            List<InputError> compileErrors = DrlChecks.errors(kb);
            errors.addAll(compileErrors);
            kieBase = compileErrors.isEmpty() ? kb.newKieBase() : null;
        }
        return new Compiled(kieBase, List.copyOf(errors));
    }
}
