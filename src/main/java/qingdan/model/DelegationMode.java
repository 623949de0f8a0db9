package qingdan.model;

/** How a power goes down to townships. */
public enum DelegationMode implements Term {
    EMPOWER("赋权", "empower"),
    ENTRUST("委托", "entrust"),
    AUTHORIZE("授权", "authorize"),
    DEVOLVE("下放", "devolve");

    private final String zh;
    private final String code;

    DelegationMode(String zh, String code) {
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
}
