package qingdan.engine.facts;

/** A resource that goes down with a task or power: 权随事转、人随事转、钱随事转. */
public enum Resource implements qingdan.model.Term {
    POWERS("权限", "powers"), STAFF("人员", "staff"), FUNDS("经费", "funds");

    private final Words words;

    Resource(String zh, String code) {
        this.words = Words.of(zh, code);
    }

    @Override
    public Words words() {
        return words;
    }
}
