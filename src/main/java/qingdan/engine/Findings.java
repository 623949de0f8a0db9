package qingdan.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kie.api.runtime.rule.RuleContext;
import qingdan.engine.facts.Check;
import qingdan.engine.facts.Subject;
import qingdan.model.Term;
import qingdan.model.Waiver;
import qingdan.pack.CheckContract;
import qingdan.pack.Contracts;
import qingdan.pack.PackRule;
import qingdan.pack.Severity;

/**
 * The rules' output: the global {@code findings} of every DRL check. A consequence names the check,
 * the subject and the message's arguments; the message itself is in the check's contract, by the
 * DRL rule's name.
 */
public final class Findings {
    private final List<Raw> found = new ArrayList<>();
    private final Progress progress;
    private final Contracts contracts;

    Findings(Progress progress, Contracts contracts) {
        this.progress = progress;
        this.contracts = contracts;
    }

    /** A finding as a rule reported it, with the node it is about and the catalogue's date. */
    private record Raw(Finding finding, Subject subject, LocalDate asOf) {
    }

    /** Reports a finding at the severity the pack gives the rule. */
    public void report(RuleContext ctx, Check check, Subject subject, Object... args) {
        reportAs(ctx, check, check.spec().severity(), subject, args);
    }

    /** Reports a finding at a severity the check decides (a document that says 原则上 for some cases). */
    public void reportAs(RuleContext ctx, Check check, Severity severity, Subject subject, Object... args) {
        CheckContract.Message m = contracts.message(ctx.getRule().getName());
        if (m == null) {
            throw new IllegalStateException("DRL rule '" + ctx.getRule().getName() + "' has no message in any contract");
        }
        add(new Raw(new Finding(check.rule(), severity, check.pack(), subject.file(), subject.pos().line(),
                subject.pos().column(), subject.name(), format(m.zh(), args, false), format(m.en(), args, true), check.spec().source(), subject.node(), "", null,
                subject.pos().cell(), subject.item(), subject.township()),
                subject, check.asOf()));
    }

    private synchronized void add(Raw r) {
        found.add(r);
        progress.finding();
    }

    /** Fills "{0}", "{1}"… with the arguments; enumerations show their code too in English. */
    static String format(String template, Object[] args, boolean english) {
        StringBuilder b = new StringBuilder(template.length() + 32);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            // Only at a '{': looking for the '}' from every character made each message cost the
            // square of its length, and a national check formats two messages per finding.
            int close = c == '{' ? template.indexOf('}', i) : -1;
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

    /**
     * The findings, waivers applied, sorted, each with its fingerprint.
     *
     * @param sites   every node that carries waivers, in the catalogues checked
     * @param checkDate the date of the check, which waivers' expiry is judged against: --as-of, else
     *                  today; never a catalogue's as_of, which says when the catalogue took effect
     * @param expired the integrity pack's {@code expired-waiver} rule, or null when it is off
     * @param unused  the integrity pack's {@code unused-waiver} rule, or null when it is off
     */
    public List<Finding> finish(List<WaiverSite> sites, LocalDate checkDate, PackRule expired, PackRule unused) {
        List<Finding> all = new ArrayList<>(found.size());
        Set<Waiver> matched = new HashSet<>();
        for (Raw r : found) {
            Finding f = r.finding();
            for (Waiver w : r.subject().waivers()) {
                if (!w.rule().equals(f.rule())) {
                    continue;
                }
                matched.add(w);
                if (w.expires() == null || !checkDate.isAfter(w.expires())) {
                    f = f.withWaived(new Finding.Waived(w.rule(), String.join("、", w.approvedBy()), w.document(), w.reason(),
                            w.expires() == null ? null : w.expires().toString()));
                } else if (expired != null) {
                    all.add(waiverFinding(expired, r.subject(), w,
                            "豁免已于 " + w.expires() + " 到期（" + w.document() + "），" + w.rule() + " 的发现不再豁免",
                            "the waiver expired on " + w.expires() + " (" + w.document() + "); the " + w.rule() + " finding is no longer waived"));
                }
            }
            all.add(f);
        }
        if (unused != null) {
            for (WaiverSite site : sites) {
                for (Waiver w : site.subject().waivers()) {
                    if (!matched.contains(w)) {
                        all.add(waiverFinding(unused, site.subject(), w,
                                "豁免（" + w.rule() + "，" + w.document() + "）没有对应的发现，可以删除",
                                "the waiver of " + w.rule() + " (" + w.document() + ") matches no finding; remove it"));
                    }
                }
            }
        }
        all.sort(Finding.ORDER);
        Map<String, Integer> seen = new HashMap<>();
        List<Finding> out = new ArrayList<>(all.size());
        for (Finding f : all) {
            String identity = String.join("\u0000", f.rule(), f.pack(), f.file(), f.node());
            int occurrence = seen.merge(identity, 1, Integer::sum);
            out.add(f.withFingerprint(fingerprint(identity + "\u0000" + occurrence)));
        }
        return out;
    }

    /** An integrity finding about a waiver entry: at the waiver, about the waived node. */
    private static Finding waiverFinding(PackRule rule, Subject s, Waiver w, String zh, String en) {
        return new Finding(rule.id(), rule.severity(), rule.pack(), s.file(), w.pos().line(), w.pos().column(),
                s.name(), zh, en, rule.source(), s.node() + "@" + w.rule(), "", null, w.pos().cell(), s.item(), s.township());
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
