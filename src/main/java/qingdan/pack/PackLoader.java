package qingdan.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import qingdan.bind.Binder;
import qingdan.bind.Problems;
import qingdan.yaml.YNode;
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
    public Pack load(Path file, String display, Problems problems) {
        YNode root;
        try {
            root = yaml.read(Files.readAllBytes(file));
        } catch (IOException e) {
            problems.add(null, "cannot read pack: " + e.getMessage(), "无法读取规则包：" + e.getMessage());
            return null;
        } catch (YamlProblem e) {
            problems.add(e.pos(), e.getMessage(), e.getMessage());
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
            rules.put(id, new PackRule(pf.id(), id, r.severity(), source, new Params(r.params()), display, r.pos()));
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
}
