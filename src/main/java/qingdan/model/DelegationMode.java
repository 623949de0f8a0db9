package qingdan.model;

/** How a power goes down to townships. */
public enum DelegationMode implements Term {
    EMPOWER("赋权", "empower"),
    ENTRUST("委托", "entrust"),
    AUTHORIZE("授权", "authorize"),
    DEVOLVE("下放", "devolve");

    private final Words words;

    DelegationMode(String zh, String code, String... aliases) {
        this.words = Words.of(zh, code, aliases);
    }

    @Override
    public Words words() {
        return words;
    }
}
