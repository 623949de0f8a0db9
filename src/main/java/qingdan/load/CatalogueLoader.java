package qingdan.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import qingdan.model.AssessmentCatalogue;
import qingdan.model.Catalogue;
import qingdan.model.DelegationCatalogue;
import qingdan.model.DutyTransferList;
import qingdan.model.EstablishmentPlan;
import qingdan.model.Header;
import qingdan.model.Kind;
import qingdan.model.Position;
import qingdan.model.Waiver;
import qingdan.pack.Pack;
import qingdan.pack.PackRule;
import qingdan.pack.PackSet;
import qingdan.bind.Binder;
import qingdan.bind.Names;
import qingdan.bind.Problems;
import qingdan.yaml.YNode;
import qingdan.yaml.YNode.YMap;
import qingdan.yaml.YamlProblem;
import qingdan.yaml.YamlReader;

/**
 * Reads catalogue files into the model, and checks what the rules take for granted: a known
 * kind, known packs, the pack parameters the catalogue's rules read, waivers of known rules.
 * Thread-safe: files may be loaded in parallel.
 */
public final class CatalogueLoader {
    private final YamlReader yaml = new YamlReader();
    private final Tables tables;
    private final PackSet book;
    private final List<String> policyOverride;
    private final boolean tests;

    /**
     * @param policyOverride {@code --policy}: the packs every named file is checked against
     *                       instead of its own; null to use the files' own
     */
    public CatalogueLoader(PackSet book, List<String> policyOverride) {
        this(book, policyOverride, false);
    }

    /**
     * @param tests read a rule pack's test files: catalogues with an {@code expect:} block beside
     *              their keys, which {@code qingdan test} reads and the loader leaves out
     */
    public CatalogueLoader(PackSet book, List<String> policyOverride, boolean tests) {
        this(book, policyOverride, tests, null);
    }

    /**
     * @param csvKind {@code --kind}: the kind of a named CSV file with no .header.yaml beside it,
     *                whose header is then this kind and {@code --policy} (catalogues.md, Tables); null for none
     */
    public CatalogueLoader(PackSet book, List<String> policyOverride, boolean tests, Kind csvKind) {
        this.tables = new Tables(yaml, csvKind);
        this.book = book;
        this.policyOverride = policyOverride;
        this.tests = tests;
    }

    public Loaded load(Path path, String file, boolean named) {
        return load(path, file, named, false);
    }

    /**
     * @param walked true for a file found by walking a folder: one whose top level has no
     *               {@code kind:} key is not a catalogue (a docker-compose.yml), and gives null
     * @return the file as loaded, or null for a walked file that is not a catalogue
     */
    public Loaded load(Path path, String file, boolean named, boolean walked) {
        Problems problems = new Problems(file);
        byte[] bytes = Bounded.read(path, problems);
        if (bytes == null) {
            return failed(path, file, named, problems);
        }
        if (walked && (Tables.isTable(path) ? !Tables.isCatalogue(path) : !Bounded.hasTopLevelKind(bytes))) {
            return null;
        }
        return load(bytes, path, file, named);
    }

    /** A file's bytes, as read, into the model: what the fuzz harness drives. */
    public Loaded load(byte[] bytes, Path path, String file, boolean named) {
        Problems problems = new Problems(file);
        YNode root;
        try {
            root = Tables.isTable(path) ? tables.read(path, bytes, problems) : yaml.read(bytes);
        } catch (YamlProblem e) {
            problems.add(e.pos(), e.getMessage(), e.zh());
            for (YamlProblem more : e.others()) {
                problems.add(more.pos(), more.getMessage(), more.zh());
            }
            return failed(path, file, named, problems);
        }
        if (root == null) {
            return failed(path, file, named, problems);
        }
        if (!(root instanceof YMap top)) {
            problems.add(root.pos(), "expected a catalogue: a mapping that starts with 'kind:', found " + root.describe(),
                    "应为清单：以 'kind:' 开头的映射，实际为" + root.describeZh());
            return failed(path, file, named, problems);
        }
        YMap map = tests ? withoutExpectations(top) : top;
        if (!named && !map.entries().containsKey("kind")) {
            // A file reached only through a reference that is not a catalogue at all is never
            // quoted: say what it is not, and nothing of what it holds.
            problems.add(null, "not a catalogue: its top level has no 'kind:' key",
                    "不是清单：顶层没有 'kind:' 键");
            return failed(path, file, named, problems);
        }
        Map<String, Position> keys = new LinkedHashMap<>();
        // Kept for the file's life: one copy of "kind", "policy"… for all of a run's files.
        map.entries().forEach((k, e) -> keys.put(k.intern(), e.keyPos()));

        // Every problem of the file in one run, the header's included: a bad kind, a missing
        // jurisdiction, an unknown pack and an unresolved reference are all reported together.
        // A header from the command line (--kind, --policy) names no jurisdiction, and cannot.
        Binder binder = tables.headerFromCommandLine(path) ? new Binder(problems, java.util.Set.of("jurisdiction")) : new Binder(problems);
        YNode kindNode = map.get("kind");
        Kind kind = null;
        if (kindNode == null || kindNode instanceof YNode.YScalar s && s.isNull()) {
            problems.add(map.pos(), "missing required key 'kind' in the catalogue header; expected one of: "
                    + kinds(), "清单头缺少必需的键 'kind'；可用的值：" + kinds());
        } else {
            kind = binder.bind(Kind.class, kindNode, "kind");
        }
        Catalogue catalogue = null;
        Header h;
        if (kind != null) {
            catalogue = binder.bind(kind.recordType(), map, "the catalogue header", "清单表头");
            h = catalogue != null ? catalogue.header() : null;
            if (kind == Kind.PERSONNEL_ROSTER && h != null && h.asOf() == null) {
                // township_years count up to as_of, so a roster without it cannot be read (new-kinds.md A.6)
                problems.add(map.pos(), "missing required key 'as_of' in the catalogue header: a personnel roster's"
                                + " township_years count up to it; write the day the roster describes, YYYY-MM-DD",
                        "清单头缺少必需的键 'as_of'：干部名册的乡镇工作年限计算到该日；请填写名册所描述的日期（YYYY-MM-DD）");
            }
        } else {
            // The kind is wrong, so the other keys cannot be judged; the header's still can.
            Map<String, YNode.Entry> entries = new LinkedHashMap<>(map.entries());
            entries.put("kind", new YNode.Entry(map.pos(), new YNode.YScalar(map.pos(), Kind.values()[0].code(),
                    YNode.ScalarType.STRING)));
            h = binder.bindKnownKeys(Header.class, new YMap(map.pos(), entries), "the catalogue header", "清单表头");
        }
        List<String> packs = List.of();
        if (named) {
            List<String> chosen = policyOverride != null ? policyOverride : h != null ? h.policy() : texts(map.get("policy"));
            packs = checkPacks(chosen, policyOverride != null, map, problems);
            if (kind != null) {
                checkParameters(kind, parameters(h, map), packs, keys, map, problems);
            }
        }
        if (catalogue != null) {
            checkWaivers(catalogue, problems);
        }
        String id = h != null && h.id() != null ? h.id() : map.get("id") instanceof YNode.YScalar s
                && s.type() == YNode.ScalarType.STRING ? s.text() : file;
        Map<String, String> references = new LinkedHashMap<>();
        if (kind != null) {
            for (String key : References.KEYS) {
                if (Binder.shape(kind.recordType()).keys().contains(key) && map.get(key) instanceof YNode.YScalar s
                        && s.type() == YNode.ScalarType.STRING) {
                    references.put(key, s.text());
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Loaded(file, path, named, id, null, List.copyOf(problems.errors()), keys, packs, Map.copyOf(references));
        }
        return new Loaded(file, path, named, id, catalogue, List.of(), keys, packs, Map.copyOf(references));
    }

    /** The text values of a scalar or a list of scalars; what a header that failed to bind names. */
    private static List<String> texts(YNode node) {
        List<String> out = new ArrayList<>();
        if (node instanceof YNode.YScalar s && s.type() == YNode.ScalarType.STRING) {
            out.add(s.text());
        } else if (node instanceof YNode.YSeq seq) {
            for (YNode item : seq.items()) {
                if (item instanceof YNode.YScalar s && s.type() == YNode.ScalarType.STRING) {
                    out.add(s.text());
                }
            }
        }
        return out;
    }

    /** The parameters given; where the header failed to bind, their names (with no values). */
    private static Map<String, Long> parameters(Header h, YMap map) {
        if (h != null) {
            return h.parameters() == null ? Map.of() : h.parameters();
        }
        Map<String, Long> names = new LinkedHashMap<>();
        if (map.get("parameters") instanceof YMap m) {
            m.entries().keySet().forEach(k -> names.put(k, null));
        }
        return names;
    }

    private List<String> checkPacks(List<String> chosen, boolean fromCommandLine, YMap map, Problems problems) {
        if (chosen == null || chosen.isEmpty()) {
            return List.of();
        }
        List<String> packs = new ArrayList<>();
        for (String p : chosen) {
            if (book.packs().containsKey(p)) {
                packs.add(p);
            } else if (!fromCommandLine) { // an unknown --policy is a usage error, reported once by the CLI
                YNode at = map.get("policy");
                Position pos = at instanceof YNode.YSeq seq && chosen.indexOf(p) < seq.items().size()
                        ? seq.items().get(chosen.indexOf(p)).pos() : at != null ? at.pos() : map.pos();
                problems.add(pos, "unknown pack '" + p + "'; known packs: " + String.join(", ", book.packs().keySet()),
                        "未知的规则包 '" + p + "'；可用的规则包：" + String.join(", ", book.packs().keySet()));
            }
        }
        return Pack.withBuiltIns(packs);
    }

    /**
     * A catalogue supplies exactly the parameters its packs declare; those that the rules for its
     * kind read ("$name" in a rule's params) are required. No number is ever guessed.
     */
    private void checkParameters(Kind kind, Map<String, Long> given, List<String> packs, Map<String, Position> keys, YMap map,
                                 Problems problems) {
        Set<String> declared = new LinkedHashSet<>();
        Set<String> needed = new TreeSet<>();
        Map<String, String> neededBy = new LinkedHashMap<>();
        for (String id : packs) {
            Pack pack = book.packs().get(id);
            declared.addAll(pack.parameters());
            for (PackRule r : pack.rules().values()) {
                var check = book.checks().get(r.id());
                if (check != null && check.kinds().contains(kind)) {
                    for (String p : r.params().placeholders()) {
                        needed.add(p);
                        neededBy.putIfAbsent(p, id);
                    }
                }
            }
        }
        Position where = keys.containsKey("parameters") ? keys.get("parameters") : keys.get("policy");
        for (String p : needed) {
            if (!given.containsKey(p)) {
                problems.add(where, "missing pack parameter '" + p + "': pack " + neededBy.get(p)
                                + " needs it under parameters: (the document leaves this number to the county)",
                        "缺少规则包参数 '" + p + "'：规则包 " + neededBy.get(p) + " 需要在 parameters: 中给出（文件中此数字由县确定）");
            }
        }
        YMap params = map.get("parameters") instanceof YMap m ? m : null;
        for (String id : packs) {
            book.packs().get(id).minimums().forEach((p, min) -> {
                Long v = given.get(p);
                if (v != null && v < min) {
                    problems.add(where, "pack parameter '" + p + "' is " + v + ", below " + min + ", the least pack " + id
                                    + " allows; give " + min + " or more",
                            "规则包参数 '" + p + "' 为 " + v + "，小于规则包 " + id + " 允许的最小值 " + min + "；请给出不小于 " + min + " 的数");
                }
            });
        }
        for (String p : given.keySet()) {
            if (!declared.contains(p)) {
                String near = Names.nearest(p, declared);
                Position pos = params != null ? params.entries().get(p).keyPos() : where;
                problems.add(pos, "undeclared pack parameter '" + p + "'" + (near != null ? "; did you mean '" + near + "'?"
                                : declared.isEmpty() ? "; the catalogue's packs take no parameters" : "; the packs take: " + String.join(", ", declared)),
                        "规则包未声明参数 '" + p + "'" + (near != null ? "，是否应为 '" + near + "'？" : ""));
            }
        }
    }

    private void checkWaivers(Catalogue catalogue, Problems problems) {
        for (Waiver w : Waivers.all(catalogue)) {
            if (!book.knowsRule(w.rule())) {
                String near = book.nearestRule(w.rule());
                problems.add(w.pos(), "waiver names unknown rule '" + w.rule() + "'" + (near != null ? "; did you mean '" + near + "'?"
                                : "; `qingdan rules` lists them"),
                        "豁免指向未知规则 '" + w.rule() + "'" + (near != null ? "，是否应为 '" + near + "'？" : "；可用 `qingdan rules` 查看全部规则"));
            }
        }
    }

    private static Loaded failed(Path path, String file, boolean named, Problems problems) {
        return new Loaded(file, path, named, file, null, List.copyOf(problems.errors()), Map.of(), List.of());
    }

    private static String kinds() {
        StringBuilder b = new StringBuilder();
        for (Kind k : Kind.values()) {
            b.append(b.length() == 0 ? "" : ", ").append(k.code());
        }
        return b.toString();
    }

    /** The key of a rule pack's test file that holds its expectations. */
    public static final String EXPECT = "expect";

    /** A test file's catalogue: the file less its {@code expect:} block. */
    private static YMap withoutExpectations(YMap map) {
        if (!map.entries().containsKey(EXPECT)) {
            return map;
        }
        Map<String, YNode.Entry> entries = new LinkedHashMap<>(map.entries());
        entries.remove(EXPECT);
        return new YMap(map.pos(), entries);
    }
}
