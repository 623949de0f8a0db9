package qingdan.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import qingdan.bind.Binder;
import qingdan.bind.Problems;
import qingdan.yaml.YNode;
import qingdan.yaml.YamlProblem;
import qingdan.yaml.YamlReader;

/** Reads one {@code NAME.contract.yaml}: the contracts of the checks written in {@code NAME.drl}. */
public final class ContractLoader {
    /** How a contract file is named: beside the DRL file whose checks it describes. */
    public static final String SUFFIX = ".contract.yaml";

    private final YamlReader yaml = new YamlReader();

    /** The contracts of the file; those with mistakes are left out, their problems recorded. */
    public List<CheckContract> load(Path file, String display, boolean shipped, String folder, Problems problems) {
        YNode root;
        try {
            root = yaml.read(Files.readAllBytes(file));
        } catch (IOException e) {
            problems.add(null, "cannot read check contract: " + e.getMessage(), "无法读取检查约定：" + e.getMessage());
            return List.of();
        } catch (YamlProblem e) {
            problems.add(e.pos(), e.getMessage(), e.zh());
            return List.of();
        }
        ContractFile cf = new Binder(problems).bind(ContractFile.class, root, "check contract", "检查约定");
        if (cf == null) {
            return List.of();
        }
        List<CheckContract> out = new ArrayList<>();
        cf.checks().forEach((id, e) -> {
            int before = problems.size();
            if (e.kinds().isEmpty()) {
                problems.add(e.pos(), "check '" + id + "' names no catalogue kind under kinds:; it would never run",
                        "检查 '" + id + "' 的 kinds: 未列出任何清单种类，永远不会运行");
            }
            if (e.messages().isEmpty()) {
                problems.add(e.pos(), "check '" + id + "' has no messages:; give each of its DRL rules a zh: and an en: message",
                        "检查 '" + id + "' 没有 messages:；请为每条 DRL 规则给出 zh: 和 en: 消息");
            }
            if (problems.size() > before) {
                return;
            }
            Map<String, CheckContract.Param> params = new LinkedHashMap<>();
            if (e.params() != null) {
                e.params().forEach((name, p) -> params.put(name,
                        new CheckContract.Param(p.type(), p.required() == null || p.required())));
            }
            Map<String, CheckContract.Message> messages = new LinkedHashMap<>();
            e.messages().forEach((rule, m) -> messages.put(rule, new CheckContract.Message(m.zh(), m.en())));
            // Binding gives an absent list as empty; an absent joins: is not "none" but "any".
            boolean declared = root instanceof YNode.YMap top && top.get("checks") instanceof YNode.YMap all
                    && all.get(id) instanceof YNode.YMap entry && entry.get("joins") != null;
            Set<Join> joins = !declared || e.joins() == null ? EnumSet.of(Join.ANY)
                    : e.joins().isEmpty() ? EnumSet.noneOf(Join.class) : EnumSet.copyOf(e.joins());
            out.add(new CheckContract(id, Collections.unmodifiableSet(EnumSet.copyOf(e.kinds())),
                    Collections.unmodifiableMap(params), Collections.unmodifiableMap(messages),
                    Collections.unmodifiableSet(joins), e.about(), e.aboutZh(), e.reads(), display, folder, e.pos(), shipped));
        });
        return out;
    }
}
