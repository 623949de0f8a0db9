package qingdan.report;

import java.util.List;
import qingdan.engine.Finding;
import qingdan.bind.InputError;
import qingdan.pack.PackRule;
import qingdan.pack.Severity;

/**
 * What one run found: every input error and every finding, sorted. Each renderer is a view of it.
 *
 * @param files     the catalogue files named on the command line (folders expanded)
 * @param baselined findings left out because {@code --baseline} holds them; null without a baseline
 * @param rules     every rule of the packs that ran, found something or not (SARIF describes them all)
 * @param referenceData named files that name no pack: checked for format only, no rules ran on them
 * @param skipped   files found in folders that are not catalogues: YAML without a top-level
 *                  {@code kind:}, a workbook without a 表头 sheet naming one, a CSV file without its .header.yaml
 * @param scope     the catalogues, documents and dates of the run, for a report's header
 */
public record Report(String toolVersion, int files, List<InputError> inputErrors, List<Finding> findings, Integer baselined,
                     List<PackRule> rules, List<String> referenceData, List<String> skipped, Scope scope) {

    public Report(String toolVersion, int files, List<InputError> inputErrors, List<Finding> findings, Integer baselined,
                  List<PackRule> rules, List<String> referenceData, List<String> skipped) {
        this(toolVersion, files, inputErrors, findings, baselined, rules, referenceData, skipped, Scope.NONE);
    }

    public Report(String toolVersion, int files, List<InputError> inputErrors, List<Finding> findings, Integer baselined,
                  List<PackRule> rules) {
        this(toolVersion, files, inputErrors, findings, baselined, rules, List.of(), List.of());
    }

    /** The files whose findings are withheld until their input errors are fixed, in order. */
    public java.util.SortedSet<String> withheld() {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        inputErrors.forEach(e -> out.add(e.file()));
        return out;
    }

    public Report(String toolVersion, int files, List<InputError> inputErrors, List<Finding> findings) {
        this(toolVersion, files, inputErrors, findings, null, List.of());
    }

    public Report(String toolVersion, int files, List<InputError> inputErrors, List<Finding> findings, Integer baselined) {
        this(toolVersion, files, inputErrors, findings, baselined, List.of());
    }

    /** Findings of this severity that no waiver hides. */
    public long count(Severity s) {
        return findings.stream().filter(f -> f.waived() == null && f.severity() == s).count();
    }

    public long waived() {
        return findings.stream().filter(f -> f.waived() != null).count();
    }

    /** This report without the findings whose fingerprints a baseline holds. */
    public Report without(java.util.Set<String> fingerprints) {
        List<Finding> kept = findings.stream().filter(f -> !fingerprints.contains(f.fingerprint())).toList();
        return new Report(toolVersion, files, inputErrors, kept, (baselined == null ? 0 : baselined) + findings.size() - kept.size(),
                rules, referenceData, skipped, scope);
    }
}
