package qingdan.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kie.api.runtime.rule.RuleContext;
import qingdan.engine.facts.Check;
import qingdan.engine.facts.Subject;
import qingdan.model.Term;
import qingdan.pack.Severity;

/**
 * The rules' output: the global {@code findings} of every DRL check. A consequence names the check,
 * the subject and the message's arguments; the message itself is the rule's {@code @zh} and
 * {@code @en} metadata, so that a check's words stand beside its conditions.
 */
public final class Findings {
    private final List<Finding> found = new ArrayList<>();

    /** Reports a finding at the severity the pack gives the rule. */
    public void report(RuleContext ctx, Check check, Subject subject, Object... args) {
        reportAs(ctx, check, check.spec().severity(), subject, args);
    }

    /** Reports a finding at a severity the check decides (a document that says 原则上 for some cases). */
    public void reportAs(RuleContext ctx, Check check, Severity severity, Subject subject, Object... args) {
        Map<String, Object> meta = ctx.getRule().getMetaData();
        add(new Finding(check.rule(), severity, check.pack(), subject.file(), subject.pos().line(),
                subject.pos().column(), subject.name(), format(String.valueOf(meta.get("zh")), args, false),
                format(String.valueOf(meta.get("en")), args, true), check.spec().source(), subject.node(), "", null));
    }

    synchronized void add(Finding f) {
        found.add(f);
    }

    /** Fills "{0}", "{1}"… with the arguments; enumerations show their code too in English. */
    static String format(String template, Object[] args, boolean english) {
        StringBuilder b = new StringBuilder(template.length() + 32);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            int close = template.indexOf('}', i);
            if (c == '{' && close > i + 1 && template.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(template.substring(i + 1, close));
                b.append(n < args.length ? render(args[n], english) : "?");
                i = close;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String render(Object arg, boolean english) {
        if (arg instanceof Term t) {
            return english ? t.zh() + " (" + t.code() + ")" : t.zh();
        }
        if (arg instanceof List<?> l) {
            return l.stream().map(x -> render(x, english)).collect(Collectors.joining(english ? ", " : "、"));
        }
        return String.valueOf(arg);
    }

    /** The findings, sorted, each with its fingerprint. */
    public List<Finding> finish() {
        List<Finding> sorted = new ArrayList<>(found);
        sorted.sort(Finding.ORDER);
        Map<String, Integer> seen = new HashMap<>();
        List<Finding> out = new ArrayList<>(sorted.size());
        for (Finding f : sorted) {
            String identity = String.join("\u0000", f.rule(), f.pack(), f.file(), f.node());
            int occurrence = seen.merge(identity, 1, Integer::sum);
            out.add(f.withFingerprint(fingerprint(identity + "\u0000" + occurrence)));
        }
        return out;
    }

    private static String fingerprint(String identity) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
