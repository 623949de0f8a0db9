package qingdan.pack;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import qingdan.bind.Problems;

/** Every check's contract of a run, by check id, and each DRL rule's message, by rule name. */
public final class Contracts {
    /** Checks that act on findings rather than facts: no DRL, no contract; only the integrity pack's. */
    public static final java.util.Set<String> REPORT_CHECKS = java.util.Set.of("expired-waiver", "unused-waiver");

    private final Map<String, CheckContract> byId = new TreeMap<>();
    private final Map<String, CheckContract> byRule = new HashMap<>();

    /** Adds a file's contracts; a check id or rule name already taken is a problem of that file. */
    public void add(Iterable<CheckContract> contracts, Problems problems) {
        for (CheckContract c : contracts) {
            CheckContract earlier = byId.get(c.id());
            if (earlier != null || REPORT_CHECKS.contains(c.id())) {
                String by = earlier == null ? "qingdan itself" : earlier.shipped() ? "a shipped check (" + earlier.file() + ")" : earlier.file();
                problems.add(c.pos(), "check '" + c.id() + "' is already defined by " + by + "; give your check an id of its own",
                        "检查 '" + c.id() + "' 已由 " + (earlier == null ? "qingdan" : earlier.file()) + " 定义；请为你的检查另取一个 id");
                continue;
            }
            String taken = null;
            for (String rule : c.messages().keySet()) {
                if (byRule.containsKey(rule)) {
                    taken = rule;
                }
            }
            if (taken != null) {
                problems.add(c.pos(), "DRL rule '" + taken + "' of check '" + c.id() + "' is already a rule of check '"
                        + byRule.get(taken).id() + "' (" + byRule.get(taken).file() + "); DRL rule names must be unique",
                        "检查 '" + c.id() + "' 的 DRL 规则 '" + taken + "' 已属于检查 '" + byRule.get(taken).id() + "'；DRL 规则名须唯一");
                continue;
            }
            byId.put(c.id(), c);
            c.messages().keySet().forEach(r -> byRule.put(r, c));
        }
    }

    /** Drops the contracts of a folder whose DRL cannot run. */
    void removeFolder(String folder) {
        byId.values().removeIf(c -> c.folder().equals(folder));
        byRule.values().removeIf(c -> c.folder().equals(folder));
    }

    public CheckContract get(String id) {
        return byId.get(id);
    }

    /** By check id, sorted. */
    public Map<String, CheckContract> all() {
        return Collections.unmodifiableMap(byId);
    }

    /** The check a DRL rule belongs to, or null. */
    public CheckContract ofRule(String ruleName) {
        return byRule.get(ruleName);
    }

    /** The message of a DRL rule, or null. */
    public CheckContract.Message message(String ruleName) {
        CheckContract c = byRule.get(ruleName);
        return c == null ? null : c.messages().get(ruleName);
    }
}
