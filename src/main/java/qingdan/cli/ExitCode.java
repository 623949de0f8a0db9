package qingdan.cli;

/** The exit codes of cli.md. */
public enum ExitCode {
    /** No finding at or above --fail-on. */
    OK(0),
    /** At least one finding at or above --fail-on. */
    FINDINGS(1),
    /** Bad input or usage; the report still lists everything that could be read. */
    INPUT(2),
    /** A bug in qingdan. */
    INTERNAL(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
