package qingdan.model;

/** The township party committee's opinion on a move or an action on a dispatched body. */
public enum CommitteeOpinion implements Term {
    CONSENTED("同意", "consented"),
    OBJECTED("不同意", "objected");

    private final Words words;

    CommitteeOpinion(String zh, String code, String... aliases) {
        this.words = Words.of(zh, code, aliases);
    }

    @Override
    public Words words() {
        return words;
    }
}
