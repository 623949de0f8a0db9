package qingdan.pack;

import qingdan.model.Term;

/** How much a finding weighs; {@code --fail-on} compares against it. */
public enum Severity implements Term {
    ERROR("错误", "error"),
    WARNING("警告", "warning"),
    INFO("提示", "info");

    private final String zh;
    private final String code;

    Severity(String zh, String code) {
        this.zh = zh;
        this.code = code;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String code() {
        return code;
    }

    /** True when this severity is at least as grave as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
