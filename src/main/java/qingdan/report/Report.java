package qingdan.report;

import java.util.List;
import qingdan.engine.Finding;
import qingdan.load.InputError;
import qingdan.pack.Severity;

/**
 * What one run found: every input error and every finding, sorted. Each renderer is a view of it.
 *
 * @param files the catalogue files named on the command line (folders expanded)
 */
public record Report(String toolVersion, int files, List<InputError> inputErrors, List<Finding> findings) {

    /** Findings of this severity that no waiver hides. */
    public long count(Severity s) {
        return findings.stream().filter(f -> f.waived() == null && f.severity() == s).count();
    }

    public long waived() {
        return findings.stream().filter(f -> f.waived() != null).count();
    }
}
