package qingdan.pack;

import qingdan.model.Term;

/** How much a finding weighs; {@code --fail-on} compares against it. */
public enum Severity implements Term {
    ERROR("错误", "error"),
    WARNING("警告", "warning"),
    INFO("提示", "info");

    private final Words words;

    Severity(String zh, String code, String... aliases) {
        this.words = Words.of(zh, code, aliases);
    }

    @Override
    public Words words() {
        return words;
    }

    /** True when this severity is at least as grave as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
