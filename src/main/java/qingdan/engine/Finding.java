package qingdan.engine;

import java.util.Comparator;
import qingdan.pack.Citation;
import qingdan.pack.Severity;

/**
 * One violation: which rule of which pack, where, about what, and the clause it breaks.
 *
 * @param message     the message in Chinese
 * @param messageEn   the same in English
 * @param source      the clause; null only for the integrity pack's data checks
 * @param node        the subject's stable name in its file (for fingerprints)
 * @param fingerprint stable across runs and line moves; empty until {@link Findings#finish}
 * @param waived      the waiver that hides it, or null
 * @param cell        in a table, the cell of the subject ("机构!C7"); else null
 * @param item        the id reviewers cite the subject by (an item's {@code id}, a person's code);
 *                    null for townships, institutions and whole files, which have none
 * @param township    the township the subject belongs to (plans, staffing ledgers, service sites,
 *                    rosters); null for list items and whole files
 */
public record Finding(
        String rule,
        Severity severity,
        String pack,
        String file,
        int line,
        int column,
        String subject,
        String message,
        String messageEn,
        Citation source,
        String node,
        String fingerprint,
        Waived waived,
        String cell,
        String item,
        String township) {

    /** A finding about a node with no id and no township. */
    public Finding(String rule, Severity severity, String pack, String file, int line, int column, String subject, String message,
                   String messageEn, Citation source, String node, String fingerprint, Waived waived, String cell) {
        this(rule, severity, pack, file, line, column, subject, message, messageEn, source, node, fingerprint, waived, cell, null, null);
    }

    /** A finding in a YAML file: no cell. */
    public Finding(String rule, Severity severity, String pack, String file, int line, int column, String subject, String message,
                   String messageEn, Citation source, String node, String fingerprint, Waived waived) {
        this(rule, severity, pack, file, line, column, subject, message, messageEn, source, node, fingerprint, waived, null, null, null);
    }

    /** The order of every report: file, line, column, rule, pack, subject, message. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::pack)
            .thenComparing(Finding::subject)
            .thenComparing(Finding::message)
            .thenComparing(Finding::messageEn);

    public String text(boolean english) {
        return english ? messageEn : message;
    }

    Finding withFingerprint(String fp) {
        return new Finding(rule, severity, pack, file, line, column, subject, message, messageEn, source, node, fp, waived, cell, item,
                township);
    }

    Finding withWaived(Waived w) {
        return new Finding(rule, severity, pack, file, line, column, subject, message, messageEn, source, node, fingerprint, w, cell, item,
                township);
    }

    /** The waiver that hides a finding, as reports show it. */
    public record Waived(String rule, String approvedBy, String document, String reason, String expires) {
    }
}
