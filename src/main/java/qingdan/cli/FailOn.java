package qingdan.cli;

import qingdan.pack.Severity;

/** {@code --fail-on}: the lowest severity that makes the exit code 1. */
enum FailOn {
    error(Severity.ERROR), warning(Severity.WARNING), info(Severity.INFO), none(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    boolean fails(Severity s) {
        return threshold != null && s.atLeast(threshold);
    }
}
