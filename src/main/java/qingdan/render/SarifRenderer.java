package qingdan.render;

import qingdan.report.Report;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import qingdan.engine.Finding;
import qingdan.bind.InputError;
import qingdan.pack.Citation;
import qingdan.pack.PackRule;
import qingdan.pack.Severity;

/**
 * SARIF 2.1.0, as GitHub code scanning accepts it: one run, one rule per rule id (with the clause
 * of every pack that reported it), one result per finding and per input error.
 *
 * <p>The rules are every rule of the packs that ran, and any other rule a finding names.
 */
public final class SarifRenderer implements Renderer {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The rule id of results made from input errors. */
    static final String INPUT_ERROR = "input-error";
    static final String FINGERPRINT = "qingdan/v1";
    static final String SRCROOT = "%SRCROOT%";

    @Override
    public void render(Report r, RenderOptions o, Writer out) throws IOException {
        boolean en = o.english();
        Map<String, RuleInfo> rules = rules(r);
        Map<String, Integer> index = new HashMap<>();
        int i = 0;
        for (String id : rules.keySet()) {
            index.put(id, i++);
        }
        try (JsonGenerator g = JsonOutput.generator(out)) {
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "qingdan");
            g.writeStringField("version", r.toolVersion());
            g.writeArrayFieldStart("rules");
            for (RuleInfo rule : rules.values()) {
                rule(g, rule, en);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            Map<String, Integer> seen = new HashMap<>();
            for (InputError e : r.inputErrors()) {
                inputError(g, e, index.get(INPUT_ERROR), seen, en);
            }
            for (Finding f : r.findings()) {
                finding(g, f, index.get(f.rule()), en);
            }
            g.writeEndArray();
            // YAML columns count characters (code points), not UTF-16 units.
            g.writeStringField("columnKind", "unicodeCodePoints");
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("\n");
    }

    /** What the findings tell about one rule id: every pack that reported it, with its clause. */
    private static final class RuleInfo {
        final String id;
        /** pack → its clauses (one, unless a pack cites differently for the same rule). */
        final Map<String, Set<Citation>> packs = new TreeMap<>();
        final Set<Severity> severities = new TreeSet<>();

        RuleInfo(String id) {
            this.id = id;
        }
    }

    private static Map<String, RuleInfo> rules(Report r) {
        Map<String, RuleInfo> rules = new TreeMap<>();
        if (!r.inputErrors().isEmpty()) {
            RuleInfo ie = new RuleInfo(INPUT_ERROR);
            ie.severities.add(Severity.ERROR);
            rules.put(INPUT_ERROR, ie);
        }
        // Every rule that ran, so that a rule whose findings are all fixed is still described.
        for (PackRule pr : r.rules()) {
            describe(rules, pr.id(), pr.pack(), pr.source(), pr.severity());
        }
        for (Finding f : r.findings()) {
            describe(rules, f.rule(), f.pack(), f.source(), f.severity());
        }
        return rules;
    }

    private static void describe(Map<String, RuleInfo> rules, String id, String pack, Citation source, Severity severity) {
        RuleInfo info = rules.computeIfAbsent(id, RuleInfo::new);
        Set<Citation> cites = info.packs.computeIfAbsent(pack, k -> new LinkedHashSet<>());
        if (source != null) {
            cites.add(source);
        }
        info.severities.add(severity);
    }

    private static void rule(JsonGenerator g, RuleInfo rule, boolean en) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", rule.id);
        List<String> where = new ArrayList<>();
        List<String> full = new ArrayList<>();
        StringBuilder md = new StringBuilder();
        for (var p : rule.packs.entrySet()) {
            if (p.getValue().isEmpty()) {
                String line = en ? "A data-integrity check of the pack " + p.getKey() + "; no policy document states it."
                        : p.getKey() + " 包的数据完整性检查，不出自政策文件。";
                full.add(line);
                md.append(MarkdownRenderer.inline(line)).append("\n\n");
                continue;
            }
            for (Citation c : p.getValue()) {
                where.add(c.document() + " " + c.clause());
                full.add(c.document() + " " + c.clause() + (en ? ": “" : "：“") + c.quote() + "”"
                        + (en ? " (pack " + p.getKey() + ")" : "（" + p.getKey() + "）"));
                md.append("**").append(MarkdownRenderer.inline(c.document())).append("** ")
                        .append(MarkdownRenderer.inline(c.clause()))
                        .append(" (`").append(p.getKey().replace("`", "'")).append("`)\n\n")
                        .append(MarkdownRenderer.quote(c.quote())).append("\n\n");
            }
        }
        String shortText;
        if (rule.id.equals(INPUT_ERROR)) {
            shortText = en ? "A catalogue that cannot be read or checked" : "无法读取或检查的清单";
            full.add(en ? "The file is not a catalogue qingdan can read, or it names packs, rules or parameters that do not exist."
                    + " Its findings may be missing until it is fixed."
                    : "文件不是可读取的清单，或引用了不存在的规则包、规则或参数；修正前其检查结果可能不全。");
            md.append(MarkdownRenderer.inline(full.get(full.size() - 1))).append("\n\n");
        } else if (where.isEmpty()) {
            shortText = rule.id + (en ? " — data integrity" : " — 数据完整性");
        } else {
            shortText = rule.id + " — " + String.join("; ", new LinkedHashSet<>(where));
        }
        String fullText = String.join("\n", full);
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", shortText);
        g.writeEndObject();
        g.writeObjectFieldStart("fullDescription");
        g.writeStringField("text", fullText);
        g.writeEndObject();
        if (!rule.id.equals(INPUT_ERROR)) {
            String explain = en ? "Run `qingdan explain " + rule.id + "` for what the rule checks, with an example that passes and one that fails."
                    : "运行 `qingdan explain " + rule.id + "` 查看该规则检查什么，以及通过和不通过的示例。";
            md.append(explain);
            fullText = fullText + "\n" + explain.replace("`", "");
        }
        g.writeObjectFieldStart("help");
        g.writeStringField("text", fullText);
        g.writeStringField("markdown", md.toString().strip());
        g.writeEndObject();
        if (rule.severities.size() == 1) {
            g.writeObjectFieldStart("defaultConfiguration");
            g.writeStringField("level", level(rule.severities.iterator().next()));
            g.writeEndObject();
        }
        g.writeObjectFieldStart("properties");
        g.writeArrayFieldStart("packs");
        for (String p : rule.packs.keySet()) {
            g.writeString(p);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("tags");
        g.writeString("qingdan");
        for (String p : rule.packs.keySet()) {
            g.writeString(p);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void inputError(JsonGenerator g, InputError e, int ruleIndex, Map<String, Integer> seen, boolean en)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", INPUT_ERROR);
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", "error");
        g.writeObjectFieldStart("message");
        g.writeStringField("text", e.text(en));
        g.writeEndObject();
        location(g, e.file(), e.line(), e.column());
        if (e.cell() != null) {
            g.writeObjectFieldStart("properties");
            g.writeStringField("cell", e.cell());
            g.writeEndObject();
        }
        // Stable across line moves: the file, the (English) message and its occurrence there.
        String key = e.file() + "\u0000" + e.message();
        int n = seen.merge(key, 1, Integer::sum);
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(FINGERPRINT, hash(INPUT_ERROR + "\u0000" + key + "\u0000" + n));
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void finding(JsonGenerator g, Finding f, int ruleIndex, boolean en) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.rule());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", level(f.severity()));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", f.text(en));
        g.writeEndObject();
        location(g, f.file(), f.line(), f.column());
        if (f.fingerprint() != null && !f.fingerprint().isEmpty()) {
            g.writeObjectFieldStart("partialFingerprints");
            g.writeStringField(FINGERPRINT, f.fingerprint());
            g.writeEndObject();
        }
        if (f.waived() != null) {
            Finding.Waived w = f.waived();
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            g.writeStringField("kind", "external");
            g.writeStringField("status", "accepted");
            g.writeStringField("justification", join(w.reason(), w.document()));
            g.writeObjectFieldStart("properties");
            g.writeStringField("approvedBy", nz(w.approvedBy()));
            g.writeStringField("document", nz(w.document()));
            g.writeStringField("reason", nz(w.reason()));
            if (w.expires() == null) {
                g.writeNullField("expires");
            } else {
                g.writeStringField("expires", w.expires());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("pack", f.pack());
        g.writeStringField("subject", f.subject());
        if (f.cell() != null) {
            g.writeStringField("cell", f.cell());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void location(JsonGenerator g, String file, Integer line, Integer column) throws IOException {
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        String path = file.replace('\\', '/');
        if (isAbsolute(path)) {
            g.writeStringField("uri", "file://" + (path.startsWith("/") ? "" : "/") + encode(path, true));
        } else {
            g.writeStringField("uri", encode(path, false));
            g.writeStringField("uriBaseId", SRCROOT);
        }
        g.writeEndObject();
        if (line != null && line >= 1) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", line);
            if (column != null && column >= 1) {
                g.writeNumberField("startColumn", column);
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static boolean isAbsolute(String path) {
        return path.startsWith("/") || path.matches("^[A-Za-z]:/.*");
    }

    /**
     * A path as a URI reference: '/' stays, unreserved ASCII stays, everything else (spaces,
     * Chinese, '%', ':', '#', '?') is percent-encoded as UTF-8. A drive letter's colon stays.
     */
    static String encode(String path, boolean absolute) {
        StringBuilder sb = new StringBuilder();
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean keep = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
                    || b == '-' || b == '.' || b == '_' || b == '~' || b == '/'
                    || absolute && b == ':' && i == 1 && !path.startsWith("/");
            if (keep) {
                sb.append((char) b);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                sb.append(String.format("%02x", d[i]));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String join(String reason, String document) {
        String a = nz(reason).strip();
        String b = nz(document).strip();
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " (" + b + ")";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
