package qingdan.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A deterministic synthetic corpus for benchmarks: one province's guidance catalogue and, per
 * county, an establishment plan, a delegation catalogue, an assessment catalogue, a duty
 * transfer list, a public-service catalogue, a staffing ledger and a personnel roster, every county under {@code tongwei-2020} (plus the built-in {@code national-law}
 * and {@code integrity}). The same county count and seed give byte-identical files.
 *
 * <p>Every file is clean under every rule except for violations planted at fixed rates by the
 * county's number {@code i} (1-based), so finding counts grow linearly with the corpus. Each
 * plant is counted as it is made, and the counts go to {@code expected.json}; nothing here runs
 * qingdan. The schedule (rule: where, when):
 * <pre>
 * establishment-plan
 *   party-government-cap         a 二类 township has 6 党政机构            i % 5 == 1
 *     waived (a waiver, no expiry) on the same township                 i % 10 == 1
 *   public-institution-cap       a 一类 township has 7 事业单位            i % 7 == 2
 *   class-inconsistent           a 三类 township has (3, 4) against (4, 4)  i % 4 == 3
 *                                and each township of the two cap plants above (computed as the
 *                                rule does: deviation from the class's unique most common pair)
 *   plaque-unapproved            a plaque without approved_by           i % 3 == 1
 *   plaque-operated-as-entity    an approved plaque run as an entity     i % 6 == 2
 *   counterpart-demanded         a 事业单位 demanded, no basis             i % 8 == 3
 *                                a village plaque demanded, no basis     i % 9 == 1
 *   leadership-posts-exceeded    posts one above before                  i % 2 == 0
 *   unused-waiver                a plaque-unapproved waiver on an approved plaque  i % 4 == 3
 *   dispatched-without-basis     a 一类 township's 派出所 without basis     i % 5 == 2
 *   mandatory-institution-missing a 二类 township without 综合行政执法队  i % 6 == 1
 * delegation-catalogue
 *   missing-legal-basis          an item without legal_basis             i % 2 == 1
 *   not-in-guidance              guidance_ref to no guidance item        i % 3 == 2
 *   guidance-mismatch            行政检查 item on a 行政处罚 guidance item   i % 4 == 1
 *   coercion-entrusted           行政强制 item by 委托                      i % 5 == 3
 *   penalty-without-provincial-decision  行政处罚 by 下放, no guidance_ref, no decision,
 *                                no competent basis (statutory_procedure recorded)  i % 6 == 3
 *   duplicate-item               a later item reusing an id              i % 7 == 1
 *                                a later item with an earlier name and department   i % 9 == 2
 *   unknown-township             to: names 城关街道                       i % 8 == 2
 *   focus-area-uncovered         退役军人事务 uncovered                    i % 10 == 3
 *   statutory-procedure-missing  行政处罚 reserved to county level, no procedure or decision  i % 5 == 1
 *   penalty-entrusted            行政处罚 by 委托                           i % 3 == 0
 *   licensing-outside-service-hall 行政许可 with service_hall: false       i % 2 == 0
 *                                扶贫济困 uncovered as well                 i % 20 == 3
 * assessment-catalogue
 *   responsibility-shifted       via 分解下达指标                          i % 2 == 0
 *     expired-waiver (the finding stays) an expired waiver on it         i % 6 == 2
 *   one-veto-unapproved          basis issued by 市委 only                i % 3 == 0
 *                                one-veto with no basis                  i % 7 == 3
 *   direct-assessment-unapproved direct, 县级部门, no case_approval         i % 4 == 2
 *   duplicate-item               a later item reusing an id              i % 11 == 1
 * duty-transfer-list
 *   duty-transfer-unapproved     approved by 县政府 only                  i % 2 == 1
 *                                no approval at all                      i % 9 == 3
 *   duty-transfer-not-consulted  consulted: false                        i % 3 == 1
 *                                consulted absent                        i % 11 == 2
 *   duty-transfer-unresourced    staff: false                            i % 4 == 2
 *                                no resources at all (one finding)       i % 12 == 3
 *   responsibility-shifted       via 责任状                               i % 5 == 2
 *   duplicate-item               a later item reusing an id              i % 13 == 3
 * public-service-catalogue (16 items; two villages per township)
 *   service-outside-hall         in_service_hall: false                  i % 3 == 1
 *   service-guide-missing        an item without guide                   i % 4 == 2
 *   village-service-point-missing  service_point: false                  i % 5 == 3
 * staffing-ledger (行政编制 and 事业编制 per township)
 *   township-posts-used-by-county  used_by_county of 2 persons           i % 2 == 1
 *   staffing-demanded            a department demands 1 person          i % 3 == 2
 * personnel-roster (40 people per township, allowances, two moves and two dispatched actions)
 *   excellent-share-exceeded     8 优秀 of a pool of 34 in 2021           i % 4 == 1
 *   secondment-unapproved        a secondment without 县人社局            i % 2 == 0
 *   allowance-unpaid             paid: false for 2021                    i % 3 == 0
 *   dispatched-action-not-consulted  an action without committee         i % 3 == 1
 * </pre>
 * Every rule has a plant among counties 1–3, so a 3-county corpus exercises them all. Clean items
 * stay clean under the rules of policies-amendments.md: a penalty goes down by 赋权, a power a basis
 * reserves to county level records the province's decision, a dispatched body records its basis.
 */
public final class CorpusGenerator {
    public static final String AS_OF = "2021-09-01";
    public static final long DEFAULT_SEED = 20200403L;
    public static final int DEFAULT_GUIDANCE_ITEMS = 5000;
    static final String GUIDANCE_ID = "province-guidance";
    static final String TONGWEI = "tongwei-2020";
    static final String LAW = "national-law";
    static final String INTEGRITY = "integrity";

    private static final Pattern COUNTY_DIR = Pattern.compile("county-\\d{4,}");
    private static final String[] CLASSES = {null, "一类", "二类", "三类"};

    /** What was written, and the findings qingdan must report for it. */
    public record Result(int counties, int files, long bytes, int townships, int delegationItems,
                         Map<String, Integer> findings, Map<String, Integer> waived) {
    }

    private CorpusGenerator() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The command line; returns the exit code (0 done, 2 usage or output problem). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Integer counties = null;
        Path dir = null;
        long seed = DEFAULT_SEED;
        int guidance = DEFAULT_GUIDANCE_ITEMS;
        try {
            for (int a = 0; a < args.length; a++) {
                switch (args[a]) {
                    case "--counties" -> counties = (int) number(args, ++a);
                    case "--out" -> dir = Path.of(value(args, ++a));
                    case "--seed" -> seed = number(args, ++a);
                    case "--guidance-items" -> guidance = (int) number(args, ++a);
                    case "-h", "--help" -> {
                        out.println(usage());
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown argument '" + args[a] + "'");
                }
            }
            if (counties == null || dir == null) {
                throw new IllegalArgumentException("--counties and --out are required");
            }
            if (counties < 1) {
                throw new IllegalArgumentException("--counties must be at least 1");
            }
            if (guidance < 1000) {
                throw new IllegalArgumentException("--guidance-items must be at least 1000");
            }
        } catch (IllegalArgumentException e) {
            err.println("CorpusGenerator: " + e.getMessage());
            err.println(usage());
            return 2;
        }
        long start = System.nanoTime();
        try {
            Result r = generate(dir, counties, seed, guidance);
            out.printf(Locale.ROOT, "wrote %d counties (%d townships, %d files, %.1f MB) to %s in %.1f s; %d findings expected%n",
                    r.counties(), r.townships(), r.files(), r.bytes() / 1e6, dir, (System.nanoTime() - start) / 1e9,
                    r.findings().values().stream().mapToInt(Integer::intValue).sum());
            return 0;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            err.println("CorpusGenerator: " + e.getMessage());
            return 2;
        }
    }

    private static String value(String[] args, int a) {
        if (a >= args.length) {
            throw new IllegalArgumentException(args[a - 1] + " needs a value");
        }
        return args[a];
    }

    private static long number(String[] args, int a) {
        String v = value(args, a);
        try {
            long n = Long.parseLong(v);
            if (!args[a - 1].equals("--seed") && (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE)) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(args[a - 1] + " needs a whole number, not '" + v + "'");
        }
    }

    private static String usage() {
        return "usage: java -cp target/qingdan.jar qingdan.bench.CorpusGenerator --counties N --out DIR"
                + " [--seed S (default " + DEFAULT_SEED + ")] [--guidance-items M (default " + DEFAULT_GUIDANCE_ITEMS + ")]";
    }

    public static Result generate(Path out, int counties, long seed) throws IOException {
        return generate(out, counties, seed, DEFAULT_GUIDANCE_ITEMS);
    }

    /**
     * Writes the corpus under {@code out}: guidance.yaml, county-NNNN/*.yaml, expected.json. A
     * corpus already there is replaced; a folder holding anything else is refused.
     */
    public static Result generate(Path out, int counties, long seed, int guidanceItems) throws IOException {
        prepare(out);
        Guidance guidance = new Guidance(seed, guidanceItems);
        long bytes = write(out.resolve("guidance.yaml"), guidance.yaml());
        Tally tally = new Tally();
        int townships = 0;
        int delegationItems = 0;
        for (int i = 1; i <= counties; i++) {
            County c = new County(i, seed, guidance);
            Path dir = out.resolve(c.cid);
            Files.createDirectories(dir);
            bytes += write(dir.resolve("establishment-plan.yaml"), c.plan());
            bytes += write(dir.resolve("delegation-catalogue.yaml"), c.delegation());
            bytes += write(dir.resolve("assessment-catalogue.yaml"), c.assessment());
            bytes += write(dir.resolve("duty-transfer-list.yaml"), c.duties());
            bytes += write(dir.resolve("public-service-catalogue.yaml"), c.services());
            bytes += write(dir.resolve("staffing-ledger.yaml"), c.staffing());
            bytes += write(dir.resolve("personnel-roster.yaml"), c.roster());
            tally.addAll(c.tally);
            townships += c.towns.size();
            delegationItems += c.delegationItems;
        }
        int files = 1 + 7 * counties;
        Result r = new Result(counties, files, bytes, townships, delegationItems, tally.findings, tally.waived);
        bytes += write(out.resolve("expected.json"), expectedJson(r, seed, guidanceItems));
        return new Result(counties, files, bytes, townships, delegationItems, tally.findings, tally.waived);
    }

    /** Clears an earlier corpus from {@code out}; refuses a folder that holds anything else. */
    private static void prepare(Path out) throws IOException {
        Files.createDirectories(out);
        List<Path> ours = new ArrayList<>();
        try (Stream<Path> entries = Files.list(out)) {
            for (Path p : entries.sorted().toList()) {
                String n = p.getFileName().toString();
                boolean mine = Files.isDirectory(p) ? COUNTY_DIR.matcher(n).matches()
                        : n.equals("guidance.yaml") || n.equals("expected.json");
                if (!mine) {
                    throw new IllegalStateException(out + " holds " + n + ", which is not part of a generated corpus; choose an empty folder");
                }
                ours.add(p);
            }
        }
        for (Path p : ours) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(f);
                    }
                }
            } else {
                Files.delete(p);
            }
        }
    }

    private static long write(Path file, String text) throws IOException {
        byte[] b = text.getBytes(UTF_8);
        Files.write(file, b);
        return b.length;
    }

    static String expectedJson(Result r, long seed, int guidanceItems) {
        StringBuilder b = new StringBuilder();
        b.append("{\n");
        b.append("  \"counties\": ").append(r.counties()).append(",\n");
        b.append("  \"files\": ").append(r.files()).append(",\n");
        b.append("  \"findings\": ").append(jsonMap(r.findings())).append(",\n");
        b.append("  \"waived\": ").append(jsonMap(r.waived())).append(",\n");
        b.append("  \"total\": ").append(r.findings().values().stream().mapToInt(Integer::intValue).sum()).append(",\n");
        b.append("  \"townships\": ").append(r.townships()).append(",\n");
        b.append("  \"delegationItems\": ").append(r.delegationItems()).append(",\n");
        b.append("  \"guidanceItems\": ").append(guidanceItems).append(",\n");
        b.append("  \"seed\": ").append(seed).append(",\n");
        b.append("  \"asOf\": \"").append(AS_OF).append("\"\n");
        b.append("}\n");
        return b.toString();
    }

    private static String jsonMap(Map<String, Integer> m) {
        if (m.isEmpty()) {
            return "{}";
        }
        StringBuilder b = new StringBuilder("{\n");
        int n = 0;
        for (Map.Entry<String, Integer> e : m.entrySet()) {
            b.append("    \"").append(e.getKey()).append("\": ").append(e.getValue());
            b.append(++n < m.size() ? ",\n" : "\n");
        }
        return b.append("  }").toString();
    }

    // ------------------------------------------------------------------ the province's guidance

    /** A legal basis of a power. */
    record Basis(String source, String article, boolean competent, boolean reserved) {
    }

    /** An item of the province's guidance catalogue. */
    record GItem(int index, String id, String name, String category, String domain, Words.Dept dept, String mode,
                 List<Basis> bases) {
    }

    /** The province's guidance catalogue (指导目录): reference data, no policy. */
    static final class Guidance {
        /** Categories by weight per thousand: mostly penalties, as real provincial lists are. */
        private static final String[] CATEGORY = {"行政处罚", "行政许可", "行政强制", "行政检查", "行政确认", "行政给付",
            "公共服务", "行政备案", "行政调解", "行政裁决", "行政奖励", "行政征收", "行政征用", "其他行政权力"};
        private static final int[] WEIGHT = {700, 90, 50, 50, 30, 20, 20, 10, 10, 5, 5, 3, 2, 5};

        final List<GItem> items = new ArrayList<>();
        final Map<String, List<GItem>> byCategory = new HashMap<>();
        final Map<String, List<GItem>> byDomain = new HashMap<>();

        Guidance(long seed, int count) {
            Random r = new Random(seed);
            for (int g = 0; g < count; g++) {
                String category = category(r.nextInt(1000));
                String domain = r.nextInt(10) < 8 ? Words.AREAS.get(r.nextInt(Words.AREAS.size()))
                        : Words.OTHER_DOMAINS.get(r.nextInt(Words.OTHER_DOMAINS.size()));
                List<String> objects = Words.OBJECTS.get(domain);
                String name = Words.itemName(category, objects.get(r.nextInt(objects.size()))) + "（第" + (g + 1) + "项）";
                List<Words.Dept> depts = Words.DEPARTMENTS.get(domain);
                Words.Dept dept = depts.get(r.nextInt(depts.size()));
                String mode = !category.equals("行政强制") && r.nextInt(100) < 15 ? "委托" : "赋权";
                boolean reservedKind = category.equals("行政处罚") || category.equals("行政许可") || category.equals("行政强制");
                List<Basis> bases = new ArrayList<>();
                int n = 1 + (r.nextInt(4) == 0 ? 1 : 0);
                List<String> laws = Words.LAWS.get(domain);
                boolean competent = r.nextInt(100) < 12;
                for (int k = 0; k < n; k++) {
                    boolean reserved = reservedKind && !competent && r.nextInt(100) < 60;
                    bases.add(new Basis(laws.get(r.nextInt(laws.size())), "第" + Words.chinese(2 + r.nextInt(120)) + "条",
                            competent && k == 0, reserved));
                }
                GItem item = new GItem(g, String.format(Locale.ROOT, "G-%05d", g + 1), name, category, domain, dept, mode,
                        List.copyOf(bases));
                items.add(item);
                byCategory.computeIfAbsent(category, k -> new ArrayList<>()).add(item);
                byDomain.computeIfAbsent(domain, k -> new ArrayList<>()).add(item);
            }
            for (String area : Words.AREAS) {
                if (!byDomain.containsKey(area)) {
                    throw new IllegalStateException("guidance without area " + area);
                }
            }
            for (String c : List.of("行政处罚", "行政强制", "行政许可")) {
                if (!byCategory.containsKey(c)) {
                    throw new IllegalStateException("guidance without category " + c);
                }
            }
        }

        private static String category(int perMille) {
            int sum = 0;
            for (int k = 0; k < WEIGHT.length; k++) {
                sum += WEIGHT[k];
                if (perMille < sum) {
                    return CATEGORY[k];
                }
            }
            return CATEGORY[0];
        }

        String yaml() {
            Yaml y = new Yaml(items.size() * 420 + 1024);
            y.comment(0, "某省赋予乡镇部分县级经济社会管理权限指导目录（合成数据，qingdan 基准测试语料）");
            y.comment(0, "SYNTHETIC: generated by qingdan.bench.CorpusGenerator; not an official document.");
            y.comment(0, "Reference data: level province, no policy, so no rule runs on it.");
            y.text(0, "kind", "delegation-catalogue");
            y.text(0, "id", GUIDANCE_ID);
            y.text(0, "title", "某省赋予乡镇部分县级经济社会管理权限指导目录（合成）");
            y.text(0, "jurisdiction", "某省");
            y.text(0, "level", "province");
            y.text(0, "issued_by", "某省人民政府办公厅");
            y.raw(0, "as_of", "2021-01-01");
            y.open(0, "items");
            for (GItem g : items) {
                y.item(2, "id", g.id());
                y.text(4, "name", g.name());
                y.text(4, "category", g.category());
                y.text(4, "department", g.dept().guidance());
                y.text(4, "mode", g.mode());
                y.text(4, "domain", g.domain());
                bases(y, 4, g.bases());
            }
            return y.toString();
        }
    }

    static void bases(Yaml y, int indent, List<Basis> bases) {
        if (bases.isEmpty()) {
            return;
        }
        y.open(indent, "legal_basis");
        for (Basis b : bases) {
            y.item(indent + 2, "source", b.source());
            y.text(indent + 4, "article", b.article());
            y.raw(indent + 4, "township_competent", b.competent());
            if (b.reserved()) {
                y.raw(indent + 4, "reserved_to_county", true);
            }
        }
    }

    // ------------------------------------------------------------------ one county

    /** A waiver entry. */
    record Waiver(String rule, String approvedBy, String document, String reason, String expires) {
    }

    static final class Inst {
        String name;
        String type;
        String role;
        String host;
        String approvedBy;
        Boolean operated;
        String demandedBy;
        String basis;
        String level;
        String note;
        final List<Waiver> waivers = new ArrayList<>();

        Inst(String name, String type) {
            this.name = name;
            this.type = type;
        }

        boolean counts(String t) {
            return type.equals(t) && (level == null || level.equals("乡镇"));
        }
    }

    static final class Town {
        String name;
        String stem;
        String code;
        int cls;
        long population;
        Integer posts;
        Integer before;
        int socialWorkers;
        List<String> comprehensivePosts;
        final List<Inst> insts = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final List<Waiver> waivers = new ArrayList<>();

        int partyGovernment() {
            return (int) insts.stream().filter(x -> x.counts("党政机构")).count();
        }

        int publicInstitutions() {
            return (int) insts.stream().filter(x -> x.counts("事业单位")).count();
        }
    }

    static final class DItem {
        String id;
        GItem g;
        String name;
        String category;
        String department;
        String mode;
        String domain;
        Object to; // null (absent), "all", List<String> names, or Integer[] classes
        String procedure;
        String guidanceRef;
        String statutoryProcedure;
        String provincialDecision;
        Boolean serviceHall;
        List<Basis> bases;
        String note;
    }

    static final class AItem {
        String id;
        String name;
        String setBy;
        String level;
        boolean oneVeto;
        List<String> issuers;
        String document;
        String basisKind;
        boolean direct;
        String caseApproval;
        String via;
        boolean indicators;
        boolean gdpMain;
        String note;
        final List<Waiver> waivers = new ArrayList<>();
    }

    static final class TItem {
        String id;
        String task;
        String from;
        String via;
        Boolean consulted;
        List<String> approvedBy;
        boolean resources = true;
        Boolean powers = true;
        Boolean staff = true;
        Boolean funds = true;
        String note;
    }

    private static final List<String> PROCEDURES = List.of("县政府公布赋权目录，乡镇以自己名义行使",
            "县政府发布赋权决定，报市政府备案后由乡镇实施", "县直部门与乡镇签订委托协议，乡镇以部门名义实施",
            "县政府常务会议审定后公布，乡镇承接实施");

    /** One county's four catalogues, with what they must produce. */
    static final class County {
        final int i;
        final String cid;
        final String num;
        final String jurisdiction;
        final Random r;
        final Guidance guidance;
        final Tally tally = new Tally();
        final List<Town> towns = new ArrayList<>();
        int delegationItems;

        County(int i, long seed, Guidance guidance) {
            this.i = i;
            this.num = String.format(Locale.ROOT, "%04d", i);
            this.cid = "county-" + num;
            this.jurisdiction = "某省某市某县" + num;
            this.r = new Random(seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L);
            this.guidance = guidance;
            towns();
        }

        /** This county gets the plant scheduled at i % k == residue. */
        boolean at(int k, int residue) {
            return i % k == residue;
        }

        private void header(Yaml y, String kind, String suffix, String title) {
            y.comment(0, title + "（合成数据，qingdan 基准测试语料）");
            y.comment(0, "SYNTHETIC: generated by qingdan.bench.CorpusGenerator; not an official document.");
            y.text(0, "kind", kind);
            y.text(0, "id", cid + "-" + suffix);
            y.text(0, "title", "某县" + num + title + "（合成）");
            y.text(0, "jurisdiction", jurisdiction);
            y.text(0, "level", "county");
            y.text(0, "policy", TONGWEI);
            y.raw(0, "as_of", AS_OF);
        }

        // -------------------------------------------------------------- establishment plan

        private void towns() {
            int[] perClass = {0, 3, 6 + r.nextInt(3), 3 + r.nextInt(2)};
            Set<String> stems = new HashSet<>();
            int seq = 0;
            for (int cls = 1; cls <= 3; cls++) {
                for (int k = 0; k < perClass[cls]; k++) {
                    Town t = new Town();
                    String stem;
                    do {
                        stem = "" + Words.FIRST.charAt(r.nextInt(Words.FIRST.length()))
                                + Words.SECOND.charAt(r.nextInt(Words.SECOND.length()));
                    } while (!stems.add(stem));
                    t.stem = stem;
                    t.cls = cls;
                    t.name = stem + (cls == 3 ? "乡" : "镇");
                    t.code = String.format(Locale.ROOT, "99%04d%03d", i % 10000, (cls == 3 ? 200 : 100) + seq++);
                    t.population = switch (cls) {
                        case 1 -> 40000 + r.nextInt(50000);
                        case 2 -> 15000 + r.nextInt(25000);
                        default -> 6000 + r.nextInt(9000);
                    };
                    int before = cls == 1 ? 12 : cls == 2 ? 11 : 9;
                    t.before = r.nextInt(100) < 15 ? null : before;
                    t.posts = before - (r.nextInt(4) == 0 ? 1 : 0);
                    t.socialWorkers = 1 + r.nextInt(5);
                    if (cls == 3 && r.nextInt(10) < 3) {
                        t.comprehensivePosts = List.of("综合统计岗", "便民服务岗");
                    }
                    institutions(t);
                    towns.add(t);
                }
            }
            plantTowns();
        }

        private List<Town> ofClass(int cls) {
            return towns.stream().filter(t -> t.cls == cls).toList();
        }

        private void institutions(Town t) {
            List<Inst> l = t.insts;
            Inst office = new Inst("党政综合办公室", "党政机构");
            office.role = "党政办公室";
            l.add(office);
            l.add(new Inst("党建工作办公室", "党政机构"));
            l.add(new Inst("经济发展办公室", "党政机构"));
            String social;
            if (t.cls == 3) {
                social = "社会事务和平安建设办公室";
                l.add(new Inst(social, "党政机构"));
            } else {
                social = "社会事务办公室";
                l.add(new Inst(social, "党政机构"));
                l.add(new Inst("平安建设办公室", "党政机构"));
            }
            l.add(new Inst("便民服务中心", "事业单位"));
            l.add(new Inst("综合行政执法队", "事业单位"));
            l.add(new Inst("农业农村综合服务中心", "事业单位"));
            l.add(new Inst("社会保障服务中心", "事业单位"));
            if (t.cls == 1) {
                l.add(new Inst("林业站", "事业单位"));
                l.add(new Inst("村镇建设服务中心", "事业单位"));
            } else if (t.cls == 2) {
                l.add(new Inst(List.of("林业站", "村镇建设服务中心", "水利水保站").get(r.nextInt(3)), "事业单位"));
            }
            Inst veterans = plaque("退役军人服务站", social);
            if (r.nextBoolean()) {
                veterans.operated = false;
            }
            l.add(veterans);
            if (t.cls == 1) {
                l.add(plaque("应急管理办公室", "平安建设办公室"));
            }
            if (r.nextBoolean()) {
                // demanded by an upper department on a central rule: allowed in tongwei-2020, no finding
                Inst practice = plaque("新时代文明实践所", "党建工作办公室");
                practice.demandedBy = "县委宣传部";
                practice.basis = "中央全面深化改革委员会审议通过的《关于建设新时代文明实践中心试点工作的指导意见》";
                l.add(practice);
            }
            l.add(dispatched(t.stem + "派出所", "党中央明确要求公安派出所实行派驻体制"));
            if (r.nextBoolean()) {
                l.add(dispatched(t.stem + "司法所", "党中央明确要求司法所实行派驻体制"));
            }
            if (t.cls == 1) {
                l.add(dispatched(t.stem + "市场监督管理所", "党中央明确要求市场监管所实行派驻体制"));
            }
            l.add(new Inst("人大主席团", "法定机构"));
            if (t.cls != 3) {
                l.add(new Inst("纪委（监察办公室）", "法定机构"));
            }
            l.add(new Inst("人民武装部", "法定机构"));
        }

        /** A dispatched body (派驻机构) with the requirement that keeps it dispatched. */
        private static Inst dispatched(String name, String basis) {
            Inst d = new Inst(name, "派驻机构");
            d.basis = basis;
            return d;
        }

        private static Inst plaque(String name, String host) {
            Inst p = new Inst(name, "挂牌机构");
            p.host = host;
            p.approvedBy = "县委机构编制委员会";
            return p;
        }

        /** Inserts an institution after the last one of the same type. */
        private static void addAfterType(Town t, Inst x) {
            int at = 0;
            for (int k = 0; k < t.insts.size(); k++) {
                if (t.insts.get(k).type.equals(x.type)) {
                    at = k + 1;
                }
            }
            t.insts.add(at, x);
        }

        private void plantTowns() {
            List<Town> c1 = ofClass(1);
            List<Town> c2 = ofClass(2);
            List<Town> c3 = ofClass(3);
            if (at(5, 1)) {
                Town t = c2.get(1);
                Inst extra = new Inst("自然资源和生态环境办公室", "党政机构");
                extra.note = "planted: party-government-cap (the sixth 党政机构 of a 二类 township)";
                addAfterType(t, extra);
                if (at(10, 1)) {
                    t.waivers.add(new Waiver("party-government-cap", "市委机构编制委员会", "某编发〔2021〕" + (i % 90 + 1) + "号",
                            "经济发达镇，经批准增设一个党政机构", null));
                    t.notes.add("planted: party-government-cap, waived");
                    tally.waived("party-government-cap", TONGWEI);
                } else {
                    tally.add("party-government-cap", TONGWEI);
                }
            }
            if (at(7, 2)) {
                Town t = c1.get(1);
                Inst extra = new Inst("水利水保站", "事业单位");
                extra.note = "planted: public-institution-cap (the seventh 事业单位 of a 一类 township)";
                addAfterType(t, extra);
                tally.add("public-institution-cap", TONGWEI);
            }
            if (at(5, 2)) {
                Town t = c1.get(0);
                for (Inst x : t.insts) {
                    if (x.name.equals(t.stem + "派出所")) {
                        x.basis = null;
                        x.note = "planted: dispatched-without-basis";
                    }
                }
                tally.add("dispatched-without-basis", TONGWEI);
            }
            if (at(6, 1)) {
                Town t = c2.get(0);
                for (Inst x : t.insts) {
                    if (x.name.equals("综合行政执法队")) {
                        x.name = "安全生产监管站";
                        x.note = "planted: mandatory-institution-missing (no 综合行政执法机构)";
                    }
                }
                tally.add("mandatory-institution-missing", TONGWEI);
            }
            if (at(4, 3)) {
                Town t = c3.get(1);
                t.insts.removeIf(x -> x.name.equals("经济发展办公室"));
                t.notes.add("planted: class-inconsistent (3 党政机构 where 三类 townships have 4)");
            }
            if (at(3, 1)) {
                Inst p = plaque("红色旅游服务站", "社会事务办公室");
                p.approvedBy = null;
                p.operated = false;
                p.note = "planted: plaque-unapproved";
                c2.get(2).insts.add(p);
                tally.add("plaque-unapproved", TONGWEI);
            }
            if (at(6, 2)) {
                Inst p = plaque("综治中心", "平安建设办公室");
                p.operated = true;
                p.note = "planted: plaque-operated-as-entity";
                c2.get(3).insts.add(p);
                tally.add("plaque-operated-as-entity", TONGWEI);
            }
            if (at(8, 3)) {
                Town t = c2.get(4);
                Inst last = null;
                for (Inst x : t.insts) {
                    if (x.type.equals("事业单位")) {
                        last = x;
                    }
                }
                last.demandedBy = switch (last.name) {
                    case "林业站" -> "县林业和草原局";
                    case "水利水保站" -> "县水务局";
                    default -> "县住房和城乡建设局";
                };
                last.level = "乡镇";
                last.note = "planted: counterpart-demanded (no basis)";
                tally.add("counterpart-demanded", TONGWEI);
            }
            if (at(9, 1)) {
                Town t = c1.get(2);
                Inst p = new Inst("村级应急服务站", "挂牌机构");
                p.approvedBy = t.name + "党委";
                p.demandedBy = "县应急管理局";
                p.level = "村";
                p.note = "planted: counterpart-demanded (at village level, no basis)";
                t.insts.add(p);
                tally.add("counterpart-demanded", TONGWEI);
            }
            if (at(2, 0)) {
                Town t = c3.get(2);
                t.before = 9;
                t.posts = 10;
                t.notes.add("planted: leadership-posts-exceeded");
                tally.add("leadership-posts-exceeded", TONGWEI);
            }
            if (at(4, 3)) {
                Inst veterans = c1.get(0).insts.stream().filter(x -> x.name.equals("退役军人服务站")).findFirst().orElseThrow();
                veterans.waivers.add(new Waiver("plaque-unapproved", "县委机构编制委员会", "某编办发〔2020〕" + (i % 50 + 1) + "号",
                        "挂牌前已补办审批手续", null));
                veterans.note = "planted: unused-waiver (the plaque is approved)";
                tally.add("unused-waiver", INTEGRITY);
            }
            tally.add("class-inconsistent", TONGWEI, classInconsistent());
        }

        /**
         * What class-inconsistent must find (policies.md §3.2): per class of at least 3 townships
         * with a unique most common (党政机构, 事业单位) pair, the townships that deviate from it.
         */
        int classInconsistent() {
            int found = 0;
            for (int cls = 1; cls <= 3; cls++) {
                List<Town> l = ofClass(cls);
                if (l.size() < 3) {
                    continue;
                }
                Map<List<Integer>, Integer> counts = new LinkedHashMap<>();
                for (Town t : l) {
                    counts.merge(List.of(t.partyGovernment(), t.publicInstitutions()), 1, Integer::sum);
                }
                int best = counts.values().stream().max(Integer::compare).orElse(0);
                List<List<Integer>> top = counts.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
                if (top.size() == 1) {
                    for (Town t : l) {
                        if (!List.of(t.partyGovernment(), t.publicInstitutions()).equals(top.get(0))) {
                            found++;
                            t.notes.add("planted: class-inconsistent (" + t.partyGovernment() + ", " + t.publicInstitutions()
                                    + ") against the class's (" + top.get(0).get(0) + ", " + top.get(0).get(1) + ")");
                        }
                    }
                }
            }
            return found;
        }

        String plan() {
            Yaml y = new Yaml(towns.size() * 1500 + 1024);
            header(y, "establishment-plan", "establishment", "乡镇机构设置方案");
            y.open(0, "townships");
            for (Town t : towns) {
                for (String n : t.notes) {
                    y.comment(2, n);
                }
                y.item(2, "name", t.name);
                y.quoted(4, "code", t.code);
                y.text(4, "class", CLASSES[t.cls]);
                y.raw(4, "population", t.population);
                y.raw(4, "leadership_posts", t.posts);
                y.raw(4, "leadership_posts_before", t.before);
                y.raw(4, "social_workers", t.socialWorkers);
                if (t.comprehensivePosts != null) {
                    y.flow(4, "comprehensive_posts", t.comprehensivePosts);
                }
                y.open(4, "institutions");
                for (Inst x : t.insts) {
                    if (x.note != null) {
                        y.comment(6, x.note);
                    }
                    y.item(6, "name", x.name);
                    y.text(8, "type", x.type);
                    y.text(8, "role", x.role);
                    y.text(8, "host", x.host);
                    y.text(8, "approved_by", x.approvedBy);
                    y.raw(8, "operated_as_entity", x.operated);
                    y.text(8, "demanded_by", x.demandedBy);
                    y.text(8, "basis", x.basis);
                    y.text(8, "level", x.level);
                    waivers(y, 8, x.waivers);
                }
                waivers(y, 4, t.waivers);
            }
            return y.toString();
        }

        private static void waivers(Yaml y, int indent, List<Waiver> waivers) {
            if (waivers.isEmpty()) {
                return;
            }
            y.open(indent, "waivers");
            for (Waiver w : waivers) {
                y.item(indent + 2, "rule", w.rule());
                y.text(indent + 4, "approved_by", w.approvedBy());
                y.text(indent + 4, "document", w.document());
                y.text(indent + 4, "reason", w.reason());
                y.raw(indent + 4, "expires", w.expires());
            }
        }

        // -------------------------------------------------------------- delegation catalogue

        private final Set<Integer> selected = new HashSet<>();

        private GItem pick(List<GItem> pool) {
            for (int tries = 0; tries < 100_000; tries++) {
                GItem g = pool.get(r.nextInt(pool.size()));
                if (selected.add(g.index())) {
                    return g;
                }
            }
            throw new IllegalStateException("the guidance catalogue is too small for this corpus");
        }

        /** A clean item drawn from guidance item g. */
        private DItem drawn(GItem g, String id) {
            DItem d = new DItem();
            d.id = id;
            d.g = g;
            d.name = g.name();
            d.category = g.category();
            d.department = g.dept().county();
            d.mode = switch (g.category()) {
                case "行政强制" -> "赋权";
                case "行政处罚" -> "赋权"; // 委托 would be penalty-entrusted

                default -> List.of("赋权", "委托", "下放").get(r.nextInt(3));
            };
            d.domain = g.domain();
            int to = r.nextInt(20);
            if (to < 2) {
                List<String> names = new ArrayList<>();
                for (Town t : towns) {
                    if (r.nextInt(4) == 0) {
                        names.add(t.name);
                    }
                }
                if (names.isEmpty()) {
                    names.add(towns.get(0).name);
                }
                d.to = names;
            } else if (to < 4) {
                d.to = to == 2 ? List.of(1, 2) : List.of(1);
            } else if (to < 14) {
                d.to = "all";
            }
            d.procedure = r.nextInt(20) == 0 ? null : PROCEDURES.get(r.nextInt(PROCEDURES.size()));
            d.guidanceRef = g.id();
            d.bases = g.bases();
            if (d.bases.stream().anyMatch(b -> b.reserved() && !b.competent())
                    && d.bases.stream().noneMatch(Basis::competent)) {
                // a power reserved to county level goes down by the province's decision
                d.provincialDecision = "某省人民政府公布的赋予乡镇部分县级经济社会管理权限指导目录（某政发〔2020〕9号）";
            }
            return d;
        }

        String delegation() {
            List<DItem> items = new ArrayList<>();
            int base = 140 + r.nextInt(21);
            for (int j = 0; j < base; j++) {
                // the first nine cover every focus area, so that only planted gaps are uncovered
                List<GItem> pool = j < Words.AREAS.size() ? guidance.byDomain.get(Words.AREAS.get(j)) : guidance.items;
                items.add(drawn(pick(pool), id(items.size())));
            }
            // clean: in no guidance item, but the statutory procedure is recorded
            DItem statutory = drawn(pick(guidance.byCategory.get("行政许可")), id(items.size()));
            statutory.guidanceRef = null;
            statutory.statutoryProcedure = "依照《中华人民共和国行政许可法》第十四条，经省政府批准";
            items.add(statutory);
            // clean: a penalty outside the guidance, with the province's published decision
            DItem decided = drawn(pick(guidance.byCategory.get("行政处罚")), id(items.size()));
            decided.guidanceRef = null;
            decided.mode = "赋权";
            decided.statutoryProcedure = "按法定程序报省政府决定";
            decided.provincialDecision = "某省人民政府关于赋予乡镇部分县级行政处罚权的决定（某政发〔2021〕18号）";
            items.add(decided);

            if (at(2, 1)) {
                DItem d = items.get(12);
                d.bases = List.of();
                d.note = "planted: missing-legal-basis";
                tally.add("missing-legal-basis", TONGWEI);
            }
            if (at(3, 2)) {
                List<GItem> benign = new ArrayList<>();
                for (String c : List.of("行政确认", "行政给付", "公共服务", "行政检查")) {
                    benign.addAll(guidance.byCategory.getOrDefault(c, List.of()));
                }
                DItem d = drawn(pick(benign), id(items.size()));
                d.guidanceRef = String.format(Locale.ROOT, "G-%05d", guidance.items.size() + 1 + i % 97);
                d.note = "planted: not-in-guidance (guidance_ref names no guidance item)";
                items.add(d);
                tally.add("not-in-guidance", TONGWEI);
            }
            if (at(4, 1)) {
                DItem d = drawn(pick(guidance.byCategory.get("行政处罚")), id(items.size()));
                d.category = "行政检查";
                d.note = "planted: guidance-mismatch (行政检查 here, 行政处罚 in the guidance)";
                items.add(d);
                tally.add("guidance-mismatch", TONGWEI);
            }
            if (at(5, 3)) {
                DItem d = drawn(pick(guidance.byCategory.get("行政强制")), id(items.size()));
                d.mode = "委托";
                d.note = "planted: coercion-entrusted";
                items.add(d);
                tally.add("coercion-entrusted", LAW);
            }
            if (at(6, 3)) {
                DItem d = drawn(pick(guidance.byCategory.get("行政处罚")), id(items.size()));
                d.mode = "下放";
                d.guidanceRef = null;
                d.provincialDecision = null;
                d.statutoryProcedure = "经县政府常务会议审定后下放";
                List<Basis> bases = new ArrayList<>();
                for (Basis b : d.bases) {
                    bases.add(new Basis(b.source(), b.article(), false, b.reserved()));
                }
                d.bases = bases;
                d.note = "planted: penalty-without-provincial-decision";
                items.add(d);
                tally.add("penalty-without-provincial-decision", LAW);
            }
            if (at(5, 1)) {
                DItem d = drawn(pick(guidance.byCategory.get("行政处罚")), id(items.size()));
                d.bases = List.of(new Basis("中华人民共和国大气污染防治法", "第一百一十九条", false, true));
                d.provincialDecision = null;
                d.note = "planted: statutory-procedure-missing (reserved to county level, no procedure or decision)";
                items.add(d);
                tally.add("statutory-procedure-missing", TONGWEI);
            }
            if (at(3, 0)) {
                DItem d = drawn(pick(guidance.byCategory.get("行政处罚")), id(items.size()));
                d.mode = "委托";
                d.note = "planted: penalty-entrusted";
                items.add(d);
                tally.add("penalty-entrusted", TONGWEI);
            }
            if (at(2, 0)) {
                DItem d = drawn(pick(guidance.byCategory.get("行政许可")), id(items.size()));
                d.serviceHall = false;
                d.note = "planted: licensing-outside-service-hall";
                items.add(d);
                tally.add("licensing-outside-service-hall", TONGWEI);
            }
            if (at(7, 1)) {
                DItem d = drawn(pick(guidance.items), items.get(5).id);
                d.note = "planted: duplicate-item (the id of an earlier item)";
                items.add(d);
                tally.add("duplicate-item", INTEGRITY);
            }
            if (at(9, 2)) {
                DItem first = items.get(7);
                DItem d = drawn(first.g, id(items.size()));
                d.domain = first.domain;
                d.note = "planted: duplicate-item (the name and department of an earlier item)";
                items.add(d);
                tally.add("duplicate-item", INTEGRITY);
            }
            if (at(8, 2)) {
                DItem d = items.get(20);
                d.to = List.of(towns.get(0).name, Words.UNKNOWN_TOWNSHIP);
                d.note = "planted: unknown-township";
                tally.add("unknown-township", INTEGRITY);
            }
            Set<String> dropped = new TreeSet<>();
            if (at(10, 3)) {
                dropped.add("退役军人事务");
            }
            if (at(20, 3)) {
                dropped.add("扶贫济困");
            }
            Set<String> covered = new HashSet<>();
            for (DItem d : items) {
                if (dropped.contains(d.domain)) {
                    d.domain = d.domain.equals("退役军人事务") ? "优抚安置" : "社会救助";
                }
                covered.add(d.domain);
            }
            for (String area : Words.AREAS) {
                if (!covered.contains(area)) {
                    tally.add("focus-area-uncovered", TONGWEI);
                }
            }
            delegationItems = items.size();

            Yaml y = new Yaml(items.size() * 480 + 1024);
            header(y, "delegation-catalogue", "delegation", "赋予乡镇部分县级经济社会管理权限目录");
            y.text(0, "issued_by", "某县" + num + "人民政府");
            y.text(0, "guidance", GUIDANCE_ID);
            y.text(0, "establishment", cid + "-establishment");
            for (String area : dropped) {
                y.comment(0, "planted: focus-area-uncovered (" + area + ")");
            }
            y.open(0, "items");
            for (DItem d : items) {
                if (d.note != null) {
                    y.comment(2, d.note);
                }
                y.item(2, "id", d.id);
                y.text(4, "name", d.name);
                y.text(4, "category", d.category);
                y.text(4, "department", d.department);
                y.text(4, "mode", d.mode);
                y.text(4, "domain", d.domain);
                if (d.to instanceof String s) {
                    y.raw(4, "to", s);
                } else if (d.to instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Integer) {
                    y.open(4, "to");
                    List<String> classes = new ArrayList<>();
                    for (Object c : l) {
                        classes.add(CLASSES[(Integer) c]);
                    }
                    y.flow(6, "classes", classes);
                } else if (d.to instanceof List<?> l) {
                    y.open(4, "to");
                    for (Object n : l) {
                        y.element(6, (String) n);
                    }
                }
                y.text(4, "procedure", d.procedure);
                y.text(4, "guidance_ref", d.guidanceRef);
                y.text(4, "statutory_procedure", d.statutoryProcedure);
                y.text(4, "provincial_decision", d.provincialDecision);
                if (d.serviceHall != null) {
                    y.raw(4, "service_hall", d.serviceHall);
                }
                bases(y, 4, d.bases);
            }
            return y.toString();
        }

        private static String id(int n) {
            return String.format(Locale.ROOT, "FQ-%03d", n + 1);
        }

        // -------------------------------------------------------------- assessment catalogue

        String assessment() {
            List<Words.Assessment> pool = new ArrayList<>(Words.ASSESSMENTS);
            Collections.shuffle(pool, r);
            int n = 18 + r.nextInt(5);
            List<AItem> items = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                items.add(assessmentItem(pool.get(k), k));
            }
            if (at(2, 0)) {
                AItem a = items.get(3);
                a.via = "分解下达指标";
                a.note = "planted: responsibility-shifted";
                tally.add("responsibility-shifted", TONGWEI);
                if (at(6, 2)) {
                    a.waivers.add(new Waiver("responsibility-shifted", "县委办公室", "某办发〔2021〕" + (i % 40 + 1) + "号",
                            "上半年防汛关键期临时安排", "2021-06-30"));
                    a.note += "; expired-waiver (expired 2021-06-30, so the finding stays)";
                    tally.add("expired-waiver", INTEGRITY);
                }
            }
            if (at(3, 0)) {
                AItem a = items.get(4);
                a.oneVeto = true;
                a.issuers = List.of("市委");
                a.document = "某市办发〔2019〕45号";
                a.basisKind = "明确规定";
                a.note = "planted: one-veto-unapproved (市委 alone)";
                tally.add("one-veto-unapproved", TONGWEI);
            }
            if (at(7, 3)) {
                AItem a = items.get(5);
                a.oneVeto = true;
                a.issuers = null;
                a.note = "planted: one-veto-unapproved (no basis)";
                tally.add("one-veto-unapproved", TONGWEI);
            }
            if (at(4, 2)) {
                AItem a = items.get(6);
                if (!a.level.equals("县级部门")) {
                    a.setBy = "县农业农村局";
                    a.level = "县级部门";
                }
                a.direct = true;
                a.caseApproval = null;
                a.note = "planted: direct-assessment-unapproved";
                tally.add("direct-assessment-unapproved", TONGWEI);
            }
            if (at(11, 1)) {
                AItem a = assessmentItem(pool.get(n), n);
                a.id = items.get(1).id;
                a.note = "planted: duplicate-item";
                items.add(a);
                tally.add("duplicate-item", INTEGRITY);
            }

            Yaml y = new Yaml(items.size() * 300 + 1024);
            header(y, "assessment-catalogue", "assessment", "针对乡镇的考核评比和一票否决事项清单");
            y.open(0, "items");
            for (AItem a : items) {
                if (a.note != null) {
                    y.comment(2, a.note);
                }
                y.item(2, "id", a.id);
                y.text(4, "name", a.name);
                y.text(4, "set_by", a.setBy);
                y.text(4, "set_by_level", a.level);
                if (a.oneVeto) {
                    y.raw(4, "one_veto", true);
                }
                if (a.issuers != null) {
                    y.open(4, "basis");
                    if (a.issuers.size() == 1 && r.nextBoolean()) {
                        y.text(6, "issuers", a.issuers.get(0));
                    } else {
                        y.flow(6, "issuers", a.issuers);
                    }
                    y.text(6, "document", a.document);
                    y.text(6, "kind", a.basisKind);
                }
                if (a.direct) {
                    y.raw(4, "direct", true);
                }
                y.text(4, "case_approval", a.caseApproval);
                y.text(4, "via", a.via);
                if (a.indicators) {
                    y.open(4, "indicators");
                    y.item(6, "name", a.gdpMain ? "地区生产总值" : "脱贫攻坚成效");
                    y.raw(8, "weight", 30);
                    y.raw(8, "main", true);
                    y.item(6, "name", "基层党建");
                    y.raw(8, "weight", 25);
                    y.raw(8, "main", true);
                    y.item(6, "name", "社会治理");
                    y.raw(8, "weight", 25);
                    y.item(6, "name", "群众满意度");
                    y.raw(8, "weight", 20);
                }
                waivers(y, 4, a.waivers);
            }
            return y.toString();
        }

        /** A clean assessment item. */
        private AItem assessmentItem(Words.Assessment t, int k) {
            AItem a = new AItem();
            a.id = String.format(Locale.ROOT, "KH-%02d", k + 1);
            a.name = t.name();
            a.setBy = t.setBy();
            a.level = t.level();
            int kind = r.nextInt(10);
            if (kind < 3) {
                a.oneVeto = true;
                switch (r.nextInt(4)) {
                    case 0 -> {
                        a.issuers = List.of("党中央", "国务院");
                        a.document = "中发〔2016〕32号";
                    }
                    case 1 -> {
                        a.issuers = List.of("省委", "省政府");
                        a.document = "某办发〔2019〕12号";
                    }
                    case 2 -> {
                        a.issuers = List.of("省政府");
                        a.document = "某政办发〔2019〕88号";
                    }
                    default -> {
                        a.issuers = List.of("省委");
                        a.document = "某办发〔2018〕30号";
                    }
                }
                a.basisKind = r.nextBoolean() ? "明确规定" : "批准";
            } else if (kind < 5) {
                a.direct = true;
                if (a.level.equals("县级部门")) {
                    a.caseApproval = "县委、县政府同意（某考办〔2021〕" + (k + 1) + "号，一事一报）";
                }
            }
            a.via = switch (r.nextInt(5)) {
                case 0 -> "委托";
                case 1 -> "交办";
                case 2 -> "属地管理";
                default -> null;
            };
            if (a.name.contains("综合考核") || a.name.contains("实绩考核")) {
                a.indicators = true;
                a.gdpMain = r.nextBoolean(); // a jilin-2017 rule only: no finding under tongwei-2020
            }
            return a;
        }

        // -------------------------------------------------------------- duty transfer list

        String duties() {
            List<String[]> pool = new ArrayList<>(Words.TASKS);
            Collections.shuffle(pool, r);
            int n = 28 + r.nextInt(5);
            List<TItem> items = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                items.add(dutyItem(pool.get(k), k));
            }
            if (at(2, 1)) {
                TItem t = items.get(2);
                t.approvedBy = List.of("县政府");
                t.note = "planted: duty-transfer-unapproved (县政府 alone)";
                tally.add("duty-transfer-unapproved", TONGWEI);
            }
            if (at(9, 3)) {
                TItem t = items.get(3);
                t.approvedBy = null;
                t.note = "planted: duty-transfer-unapproved (no approval)";
                tally.add("duty-transfer-unapproved", TONGWEI);
            }
            if (at(3, 1)) {
                TItem t = items.get(4);
                t.consulted = false;
                t.note = "planted: duty-transfer-not-consulted";
                tally.add("duty-transfer-not-consulted", TONGWEI);
            }
            if (at(11, 2)) {
                TItem t = items.get(5);
                t.consulted = null;
                t.note = "planted: duty-transfer-not-consulted (consulted absent)";
                tally.add("duty-transfer-not-consulted", TONGWEI);
            }
            if (at(4, 2)) {
                TItem t = items.get(6);
                t.staff = false;
                t.note = "planted: duty-transfer-unresourced (staff)";
                tally.add("duty-transfer-unresourced", TONGWEI);
            }
            if (at(12, 3)) {
                TItem t = items.get(7);
                t.resources = false;
                t.note = "planted: duty-transfer-unresourced (no resources)";
                tally.add("duty-transfer-unresourced", TONGWEI);
            }
            if (at(5, 2)) {
                TItem t = items.get(8);
                t.via = "责任状";
                t.note = "planted: responsibility-shifted";
                tally.add("responsibility-shifted", TONGWEI);
            }
            if (at(13, 3)) {
                TItem t = dutyItem(pool.get(n), n);
                t.id = items.get(1).id;
                t.note = "planted: duplicate-item";
                items.add(t);
                tally.add("duplicate-item", INTEGRITY);
            }

            Yaml y = new Yaml(items.size() * 300 + 1024);
            header(y, "duty-transfer-list", "duty-transfer", "县直部门交由乡镇承担事项清单");
            y.open(0, "items");
            for (TItem t : items) {
                if (t.note != null) {
                    y.comment(2, t.note);
                }
                y.item(2, "id", t.id);
                y.text(4, "task", t.task);
                y.text(4, "from", t.from);
                y.text(4, "via", t.via);
                y.raw(4, "consulted", t.consulted);
                if (t.approvedBy != null) {
                    y.flow(4, "approved_by", t.approvedBy);
                }
                if (t.resources) {
                    y.open(4, "resources");
                    y.raw(6, "powers", t.powers);
                    y.raw(6, "staff", t.staff);
                    y.raw(6, "funds", t.funds);
                }
            }
            return y.toString();
        }

        /** A clean duty transfer. */
        private TItem dutyItem(String[] task, int k) {
            TItem t = new TItem();
            t.id = String.format(Locale.ROOT, "ZR-%02d", k + 1);
            t.task = task[0];
            t.from = task[1];
            t.via = List.of("委托", "交办", "属地管理").get(r.nextInt(3));
            t.consulted = true;
            t.approvedBy = r.nextInt(5) == 0 ? List.of("县委", "县政府", "县委机构编制委员会") : List.of("县委", "县政府");
            return t;
        }
        // -------------------------------------------------------------- public-service catalogue

        private static final String[][] SERVICES = {
            {"基本公共教育服务", "学生资助申请受理", "教育资助"}, {"劳动就业服务", "就业失业登记", "就业服务"},
            {"劳动就业服务", "职业技能培训报名", "就业服务"}, {"社会保险服务", "城乡居民养老保险参保登记", "社会保险"},
            {"社会保险服务", "城乡居民医疗保险参保登记", "社会保险"}, {"基本社会服务", "临时救助申请受理", "扶贫济困"},
            {"基本社会服务", "最低生活保障申请受理", "扶贫济困"}, {"基本社会服务", "特困人员救助供养申请", "扶贫济困"},
            {"基本社会服务", "残疾人两项补贴申请", "社会福利"}, {"基本社会服务", "高龄津贴申请", "社会福利"},
            {"基本医疗卫生服务", "家庭医生签约服务", "医疗卫生"}, {"基本医疗卫生服务", "生育登记服务", "医疗卫生"},
            {"公共文化体育服务", "组织开展群众文体活动", "文化体育"}, {"公共法律服务", "人民调解", "法律服务"},
            {"公共法律服务", "法律援助申请受理", "法律服务"}, {"其他公共服务", "建档立卡贫困户动态调整", "扶贫开发"}};

        String services() {
            Yaml y = new Yaml(16_000);
            header(y, "public-service-catalogue", "services", "乡镇政务服务事项目录清单");
            y.text(0, "establishment", cid + "-establishment");
            y.open(0, "items");
            for (int k = 0; k < SERVICES.length; k++) {
                String[] s = SERVICES[k];
                y.item(2, "id", String.format(Locale.ROOT, "FW-%s-%02d", num, k + 1));
                y.text(4, "name", s[1]);
                y.text(4, "area", s[0]);
                y.text(4, "domain", s[2]);
                y.text(4, "provider", "乡镇便民服务中心");
                y.text(4, "basis", "有关法律法规和政策规定");
                y.text(4, "recipients", "辖区群众");
                y.text(4, "requirements", "按办事指南提交申请材料");
                boolean outside = k == 3 && at(3, 1);
                if (outside) {
                    y.comment(4, "planted: service-outside-hall");
                    tally.add("service-outside-hall", TONGWEI);
                }
                y.raw(4, "in_service_hall", k == 12 ? null : outside ? "false" : "true");
                if (k == 5 && at(4, 2)) {
                    y.comment(4, "planted: service-guide-missing");
                    tally.add("service-guide-missing", TONGWEI);
                } else {
                    y.text(4, "guide", String.format(Locale.ROOT, "FW-%s-%02d-BSZN", num, k + 1));
                }
            }
            y.open(0, "sites");
            for (int t = 0; t < towns.size(); t++) {
                for (String village : new String[] {"东村", "西村"}) {
                    y.item(2, "township", towns.get(t).name);
                    y.text(4, "village", towns.get(t).stem + village);
                    boolean missing = t == 1 && village.equals("西村") && at(5, 3);
                    if (missing) {
                        y.comment(4, "planted: village-service-point-missing");
                        tally.add("village-service-point-missing", TONGWEI);
                    }
                    y.raw(4, "service_point", missing ? "false" : "true");
                    y.raw(4, "online_point", "true");
                    y.raw(4, "cultural_centre", r.nextInt(4) == 0 ? "false" : "true");   // ganzhou's rule, not tongwei's
                }
            }
            return y.toString();
        }

        // -------------------------------------------------------------- staffing ledger

        String staffing() {
            Yaml y = new Yaml(12_000);
            header(y, "staffing-ledger", "staffing", "乡镇机构编制台账");
            y.text(0, "establishment", cid + "-establishment");
            y.open(0, "lines");
            for (int t = 0; t < towns.size(); t++) {
                Town town = towns.get(t);
                for (String type : new String[] {"行政编制", "事业编制"}) {
                    int approved = (type.equals("行政编制") ? 30 : 25) - 3 * town.cls + r.nextInt(6);
                    y.item(2, "township", town.name);
                    y.text(4, "type", type);
                    y.raw(4, "approved", approved);
                    y.raw(4, "in_post", approved - r.nextInt(3));
                    if (t == 0 && type.equals("行政编制")) {
                        y.open(4, "used_by_county");
                        y.item(6, "organ", "县委办公室");
                        if (at(2, 1)) {
                            y.comment(8, "planted: township-posts-used-by-county");
                            tally.add("township-posts-used-by-county", TONGWEI);
                            y.raw(8, "persons", 2);
                        } else {
                            y.raw(8, "persons", 0);
                        }
                    }
                    if (t == 2 && type.equals("事业编制") && at(3, 2)) {
                        y.open(4, "demanded");
                        y.item(6, "by", "县农业农村局");
                        y.comment(8, "planted: staffing-demanded");
                        tally.add("staffing-demanded", TONGWEI);
                        y.raw(8, "persons", 1);
                        y.text(8, "document", "县农发〔2020〕" + (i % 50 + 1) + "号");
                    }
                }
            }
            return y.toString();
        }

        // -------------------------------------------------------------- personnel roster

        /** Posts of a township's 40 people: its team, its civil servants, staff of its institutions. */
        private static final String[] POSTS;

        static {
            List<String> posts = new ArrayList<>(List.of("党委书记", "乡镇长", "班子成员", "班子成员", "班子成员"));
            while (posts.size() < 35) {
                posts.add("公务员");
            }
            while (posts.size() < 40) {
                posts.add("事业人员");
            }
            POSTS = posts.toArray(String[]::new);
        }

        String roster() {
            Yaml y = new Yaml(160_000);
            header(y, "personnel-roster", "roster", "乡镇干部名册");
            y.text(0, "establishment", cid + "-establishment");
            y.open(0, "people");
            int n = 0;
            for (int t = 0; t < towns.size(); t++) {
                Town town = towns.get(t);
                // 34 in the 优秀 pool (not institution staff, not the one 不定等次): ⌈34 ÷ 5⌉ = 7 may be 优秀
                boolean tooMany = t == 0 && at(4, 1);
                if (tooMany) {
                    tally.add("excellent-share-exceeded", TONGWEI);
                }
                for (int k = 0; k < POSTS.length; k++) {
                    y.item(2, "id", String.format(Locale.ROOT, "%s-P%05d", num, ++n));
                    if (k == 0 && tooMany) {
                        y.comment(4, "planted: excellent-share-exceeded (8 优秀 of a pool of 34 in 2021)");
                    }
                    y.text(4, "township", town.name);
                    y.text(4, "post", POSTS[k]);
                    if (k < 5) {
                        y.raw(4, "appointed", String.format(Locale.ROOT, "20%02d-%02d-01", 16 + r.nextInt(5), 1 + r.nextInt(12)));
                    }
                    y.raw(4, "township_years", 2 + r.nextInt(20));
                    y.open(4, "grades");
                    y.text(6, "2020", k < 5 ? "优秀" : "称职");
                    y.text(6, "2021", k < (tooMany ? 8 : 6) ? "优秀" : k == 34 ? "不定等次" : "称职");
                }
            }
            y.open(0, "moves");
            Town from = towns.get(0);
            Town to = towns.get(1);
            y.item(2, "person", num + "-M001");
            y.text(4, "from", from.name);
            y.text(4, "to", to.name);
            y.text(4, "type", "借调");
            y.raw(4, "date", "2021-03-01");
            y.text(4, "post", "公务员");
            y.text(4, "committee", "同意");
            y.flow(4, "approved_by", List.of("县委组织部", "县人力资源和社会保障局"));
            y.item(2, "person", num + "-M002");
            y.text(4, "from", to.name);
            y.text(4, "to", "县委办公室");
            y.text(4, "type", "借调");
            y.raw(4, "date", "2021-05-01");
            y.text(4, "post", "公务员");
            y.text(4, "committee", "同意");
            if (at(2, 0)) {
                y.comment(4, "planted: secondment-unapproved (县人社局 missing)");
                tally.add("secondment-unapproved", TONGWEI);
                y.flow(4, "approved_by", List.of("县委组织部"));
            } else {
                y.flow(4, "approved_by", List.of("县委组织部", "县人社局"));
            }
            y.open(0, "allowances");
            for (int t = 0; t < towns.size(); t++) {
                for (int year = 2020; year <= 2021; year++) {
                    y.item(2, "township", towns.get(t).name);
                    y.raw(4, "year", year);
                    boolean unpaid = t == towns.size() - 1 && year == 2021 && at(3, 0);
                    if (unpaid) {
                        y.comment(4, "planted: allowance-unpaid");
                        tally.add("allowance-unpaid", TONGWEI);
                    }
                    y.raw(4, "paid", unpaid ? "false" : "true");
                }
            }
            y.open(0, "dispatched_actions");
            for (int t = 0; t < 2; t++) {
                y.item(2, "body", towns.get(t).stem + "市场监督管理所");
                y.text(4, "township", towns.get(t).name);
                y.text(4, "action", t == 0 ? "主要负责同志任免" : "工作考核");
                y.raw(4, "date", "2021-06-01");
                if (t == 1 && at(3, 1)) {
                    y.comment(4, "planted: dispatched-action-not-consulted");
                    tally.add("dispatched-action-not-consulted", TONGWEI);
                } else {
                    y.text(4, "committee", "同意");
                }
            }
            return y.toString();
        }
    }
}
