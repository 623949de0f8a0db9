package qingdan.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import qingdan.bind.Binder;
import qingdan.bind.Names;
import qingdan.bind.Problems;
import qingdan.model.Position;
import qingdan.yaml.YNode;
import qingdan.yaml.YNode.YMap;
import qingdan.yaml.YamlProblem;
import qingdan.yaml.YamlReader;

/** Reads one pack folder's {@code pack.yaml} into a {@link Pack}. */
public final class PackLoader {
    /** The built-in pack whose rules check data, not a document; only its rules may go uncited. */
    public static final String INTEGRITY = "integrity";

    private final YamlReader yaml = new YamlReader();

    /**
     * @param file    the pack.yaml
     * @param display how messages name the file
     * @return the pack, or null with problems recorded
     */
    public Pack load(Path file, String display, Problems problems, Contracts contracts) {
        YNode root;
        try {
            root = yaml.read(Files.readAllBytes(file));
        } catch (IOException e) {
            problems.add(null, "cannot read pack: " + e.getMessage(), "无法读取规则包：" + e.getMessage());
            return null;
        } catch (YamlProblem e) {
            problems.add(e.pos(), e.getMessage(), e.zh());
            return null;
        }
        PackFile pf = new Binder(problems).bind(PackFile.class, root, "pack.yaml");
        if (pf == null) {
            return null;
        }
        int before = problems.size();
        Map<String, PackRule> rules = new LinkedHashMap<>();
        pf.rules().forEach((id, r) -> {
            Citation source = null;
            if (r.clause() != null || r.quote() != null) {
                source = new Citation(r.document() != null ? r.document() : pf.document(), r.clause(), r.quote());
            }
            if (!INTEGRITY.equals(pf.id()) && (source == null || source.clause() == null || source.quote() == null)) {
                problems.add(r.pos(), "rule '" + id + "' has no clause or quote; a rule that cannot cite its clause does not ship",
                        "规则 '" + id + "' 缺少条款或原文引用；不能引用条款的规则不予发布");
            }
            rules.put(id, new PackRule(pf.id(), id, r.title() == null ? null : r.title().strip(), r.severity(), source,
                    new Params(r.params()), display, r.pos()));
            if (root instanceof YMap top && top.get("rules") instanceof YMap entries && entries.get(id) instanceof YMap entry) {
                title(id, entry, problems);
                against(pf.id(), id, r.pos(), entry, contracts, problems);
            }
        });
        LinkedHashSet<String> declared = new LinkedHashSet<>(pf.parameters() == null ? List.of() : pf.parameters().keySet());
        for (PackRule r : rules.values()) {
            for (String p : r.params().placeholders()) {
                if (!declared.contains(p)) {
                    problems.add(r.pos(), "rule '" + r.id() + "' uses parameter '$" + p + "', which the pack does not declare under parameters:",
                            "规则 '" + r.id() + "' 使用了未在 parameters: 中声明的参数 '$" + p + "'");
                }
            }
        }
        if (problems.size() > before) {
            return null;
        }
        Map<String, Long> minimums = new LinkedHashMap<>();
        if (pf.parameters() != null) {
            pf.parameters().forEach((name, decl) -> {
                if (decl.min() != null) {
                    minimums.put(name, decl.min());
                }
            });
        }
        return new Pack(pf.id(), pf.document(), pf.title(), pf.issuer(), pf.date(), pf.jurisdiction(),
                declared, rules, display, file.getParent(), Map.copyOf(minimums));
    }

    /**
     * A rule's title, when it has the key, is one line of text: a blank one would show as nothing
     * beside the id, and a line break would break a report's line. (Text of another type is the
     * binder's error already.)
     */
    private static void title(String id, YMap entry, Problems problems) {
        YNode.Entry e = entry.entries().get("title");
        if (e == null) {
            return;
        }
        if (e.value() instanceof YNode.YScalar s && (s.isNull() || s.type() == YNode.ScalarType.STRING && s.text().isBlank())) {
            problems.add(s.isNull() ? e.keyPos() : s.pos(), "rule '" + id + "': title is blank; write a short Chinese name of what the rule checks (e.g. "
                            + "title: 党政机构超过限额), or leave the key out to show the rule id alone",
                    "规则 '" + id + "'：title 为空；请写一个说明规则检查什么的简短中文名称（如 title: 党政机构超过限额），"
                            + "或删去此键，只显示规则 id");
        } else if (e.value() instanceof YNode.YScalar s && s.type() == YNode.ScalarType.STRING && s.text().strip().codePoints().anyMatch(PackLoader::control)) {
            problems.add(e.value().pos(), "rule '" + id + "': title must be one line of text, without line breaks or control characters",
                    "规则 '" + id + "'：title 须为一行文字，不能含换行符或控制字符");
        }
    }

    /**
     * A pack's rule against its check's contract: the check exists, and the rule gives it exactly
     * the parameters it takes, each of its type. Every mistake is reported where it is.
     */
    private static void against(String pack, String id, Position pos, YMap entry, Contracts contracts, Problems problems) {
        CheckContract check = contracts.get(id);
        YMap given = entry.get("params") instanceof YMap m ? m : null;
        if (check == null) {
            if (Contracts.REPORT_CHECKS.contains(id) && INTEGRITY.equals(pack)) {
                return;
            }
            String near = Names.nearest(id, contracts.all().keySet());
            problems.add(pos, "rule '" + id + "': no check has this id" + (near != null ? "; did you mean '" + near + "'?" : "")
                            + " A pack's own check is a DRL file in its folder with a NAME.contract.yaml beside it that declares '" + id + "'",
                    "规则 '" + id + "'：没有此 id 的检查" + (near != null ? "，是否应为 '" + near + "'？" : "")
                            + "；规则包自己的检查须在其文件夹中有 DRL 文件及声明 '" + id + "' 的 NAME.contract.yaml");
            return;
        }
        if (given != null) {
            given.entries().forEach((name, e) -> {
                CheckContract.Param p = check.params().get(name);
                if (p == null) {
                    String near = Names.nearest(name, check.params().keySet());
                    String takes = check.params().isEmpty() ? "it takes no parameters" : "it takes: " + String.join(", ", check.params().keySet());
                    problems.add(e.keyPos(), "rule '" + id + "': check '" + id + "' has no parameter '" + name + "'"
                                    + (near != null ? "; did you mean '" + near + "'?" : "; " + takes),
                            "规则 '" + id + "'：检查没有参数 '" + name + "'" + (near != null ? "，是否应为 '" + near + "'？" : "；"
                                    + (check.params().isEmpty() ? "此检查不接受参数" : "可用的参数：" + String.join(", ", check.params().keySet()))));
                    return;
                }
                ParamType.Mismatch bad = p.type().check(e.value());
                if (bad != null) {
                    problems.add(bad.at().pos(), "rule '" + id + "', parameter '" + name + "': " + bad.message(),
                            "规则 '" + id + "'，参数 '" + name + "'：" + bad.messageZh());
                }
            });
        }
        check.params().forEach((name, p) -> {
            if (p.required() && (given == null || given.get(name) == null)) {
                problems.add(given != null ? given.pos() : pos, "rule '" + id + "' needs the parameter '" + name + "' under params: ("
                                + p.type().expected()[0] + ")",
                        "规则 '" + id + "' 需要在 params: 中给出参数 '" + name + "'（" + p.type().expected()[1] + "）");
            }
        });
    }

    /** C0, DEL, C1 (U+0085 and ESC sequences' U+009B among them) and the Unicode line and paragraph separators. */
    private static boolean control(int c) {
        return Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029;
    }
}
