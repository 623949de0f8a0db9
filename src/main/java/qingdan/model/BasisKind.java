package qingdan.model;

import java.util.List;

/** What authorises a one-veto item: an approval (批准) or an explicit provision (明确规定). */
public enum BasisKind implements Term {
    APPROVAL("批准", "approval"),
    EXPLICIT_PROVISION("明确规定", "explicit-provision", List.of("明确要求"));

    private final String zh;
    private final String code;
    private final List<String> aliases;

    BasisKind(String zh, String code) {
        this(zh, code, List.of());
    }

    BasisKind(String zh, String code, List<String> aliases) {
        this.zh = zh;
        this.code = code;
        this.aliases = aliases;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String code() {
        return code;
    }
}
