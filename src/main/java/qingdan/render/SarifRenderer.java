package qingdan.render;

import qingdan.report.Report;
import qingdan.report.ReportView;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import qingdan.engine.Finding;
import qingdan.bind.InputError;
import qingdan.pack.Citation;
import qingdan.pack.Severity;

/**
 * SARIF 2.1.0, as GitHub code scanning accepts it: one run, one rule per rule id (with the clause
 * of every pack that reported it), one result per finding and per input error.
 *
 * <p>The rules are every rule of the packs that ran, and any other rule a finding names. The log
 * is built as {@link Sarif} records and written by Jackson; a test validates it against the OASIS
 * schema.
 */
public final class SarifRenderer implements Renderer {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The rule id of results made from input errors. */
    static final String INPUT_ERROR = "input-error";
    static final String FINGERPRINT = "qingdan/v1";
    static final String SRCROOT = "%SRCROOT%";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void render(Report r, RenderOptions o, Writer out) throws IOException {
        boolean en = o.english();
        Map<String, Integer> index = new HashMap<>();
        List<Sarif.ReportingDescriptor> descriptors = new ArrayList<>();
        for (ReportView.RuleUse rule : ReportView.rules(r, INPUT_ERROR)) {
            index.put(rule.id(), index.size());
            descriptors.add(rule(rule, en));
        }
        List<Sarif.Result> results = new ArrayList<>();
        List<Integer> occurrences = ReportView.occurrences(r);
        for (int i = 0; i < r.inputErrors().size(); i++) {
            results.add(inputError(r.inputErrors().get(i), index.get(INPUT_ERROR), occurrences.get(i), en));
        }
        for (Finding f : r.findings()) {
            results.add(finding(f, index.get(f.rule()), en));
        }
        // YAML columns count characters (code points), not UTF-16 units.
        Sarif.Log log = new Sarif.Log(SCHEMA, "2.1.0", List.of(new Sarif.Run(
                new Sarif.Tool(new Sarif.Driver("qingdan", r.toolVersion(), descriptors)), results, "unicodeCodePoints")));
        try (JsonGenerator g = JsonOutput.generator(out)) {
            MAPPER.writeValue(g, log);
        }
        out.write("\n");
    }

    private static Sarif.ReportingDescriptor rule(ReportView.RuleUse rule, boolean en) {
        List<String> where = new ArrayList<>();
        List<String> full = new ArrayList<>();
        StringBuilder md = new StringBuilder();
        for (var p : rule.packs().entrySet()) {
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
        if (rule.id().equals(INPUT_ERROR)) {
            shortText = en ? "A catalogue that cannot be read or checked" : "无法读取或检查的清单";
            full.add(en ? "The file is not a catalogue qingdan can read, or it names packs, rules or parameters that do not exist."
                    + " Its findings may be missing until it is fixed."
                    : "文件不是可读取的清单，或引用了不存在的规则包、规则或参数；修正前其检查结果可能不全。");
            md.append(MarkdownRenderer.inline(full.get(full.size() - 1))).append("\n\n");
        } else if (where.isEmpty()) {
            shortText = rule.id() + titled(rule, en) + (en ? " — data integrity" : " — 数据完整性");
        } else {
            shortText = rule.id() + titled(rule, en) + " — " + String.join("; ", new LinkedHashSet<>(where));
        }
        String fullText = String.join("\n", full);
        String helpText = fullText;
        if (!rule.id().equals(INPUT_ERROR)) {
            String explain = en ? "Run `qingdan explain " + rule.id() + "` for what the rule checks, with an example that passes and one that fails."
                    : "运行 `qingdan explain " + rule.id() + "` 查看该规则检查什么，以及通过和不通过的示例。";
            md.append(explain);
            helpText = fullText + "\n" + explain.replace("`", "");
        }
        List<String> packs = List.copyOf(rule.packs().keySet());
        List<String> tags = new ArrayList<>();
        tags.add("qingdan");
        tags.addAll(packs);
        return new Sarif.ReportingDescriptor(rule.id(), new Sarif.Message(shortText), new Sarif.Message(fullText),
                new Sarif.MultiformatMessage(helpText, md.toString().strip()),
                rule.severities().size() == 1 ? new Sarif.Configuration(level(rule.severities().iterator().next())) : null,
                new Sarif.RuleProperties(packs, tags));
    }

    /**
     * The rule's Chinese name after its id in a short description, as code scanning shows it in
     * an alert's heading: each pack's, once; none in English, where the id is the name.
     */
    private static String titled(ReportView.RuleUse rule, boolean en) {
        return en || rule.titles().isEmpty() ? "" : " " + String.join("／", rule.distinctTitles());
    }

    private static Sarif.Result inputError(InputError e, int ruleIndex, int n, boolean en) {
        // Stable across line moves: the file, the (English) message and its occurrence there.
        String key = e.file() + "\u0000" + e.message();
        return new Sarif.Result(INPUT_ERROR, ruleIndex, "error", new Sarif.Message(e.text(en)),
                location(e.file(), e.line(), e.column()), Map.of(FINGERPRINT, hash(INPUT_ERROR + "\u0000" + key + "\u0000" + n)),
                null, e.cell() == null ? null : Map.of("cell", e.cell()));
    }

    private static Sarif.Result finding(Finding f, int ruleIndex, boolean en) {
        List<Sarif.Suppression> suppressions = null;
        if (f.waived() != null) {
            Finding.Waived w = f.waived();
            Map<String, String> props = new LinkedHashMap<>();
            props.put("approvedBy", nz(w.approvedBy()));
            props.put("document", nz(w.document()));
            props.put("reason", nz(w.reason()));
            props.put("expires", w.expires());
            suppressions = List.of(new Sarif.Suppression("external", "accepted", join(w.reason(), w.document()), props));
        }
        Map<String, String> props = new LinkedHashMap<>();
        props.put("pack", f.pack());
        props.put("subject", f.subject());
        if (f.cell() != null) {
            props.put("cell", f.cell());
        }
        return new Sarif.Result(f.rule(), ruleIndex, level(f.severity()), new Sarif.Message(f.text(en)),
                location(f.file(), f.line(), f.column()),
                f.fingerprint() != null && !f.fingerprint().isEmpty() ? Map.of(FINGERPRINT, f.fingerprint()) : null,
                suppressions, props);
    }

    private static List<Sarif.Location> location(String file, Integer line, Integer column) {
        String path = file.replace('\\', '/');
        Sarif.ArtifactLocation artifact = isAbsolute(path)
                ? new Sarif.ArtifactLocation("file://" + (path.startsWith("/") ? "" : "/") + encode(path, true), null)
                : new Sarif.ArtifactLocation(encode(path, false), SRCROOT);
        Sarif.Region region = line != null && line >= 1 ? new Sarif.Region(line, column != null && column >= 1 ? column : null) : null;
        return List.of(new Sarif.Location(new Sarif.PhysicalLocation(artifact, region)));
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
