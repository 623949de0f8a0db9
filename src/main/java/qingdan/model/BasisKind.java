package qingdan.model;

/** What authorises a one-veto item: an approval (批准) or an explicit provision (明确规定). */
public enum BasisKind implements Term {
    APPROVAL("批准", "approval"),
    EXPLICIT_PROVISION("明确规定", "explicit-provision", "明确要求");

    private final Words words;

    BasisKind(String zh, String code, String... aliases) {
        this.words = Words.of(zh, code, aliases);
    }

    @Override
    public Words words() {
        return words;
    }
}
