package qingdan.model;

/** How a person leaves a township: 调动 (transfer, incl. 交流 and 转任) or 借调 (secondment; keeps the post). */
public enum MoveType implements Term {
    TRANSFER("调动", "transfer"),
    SECONDMENT("借调", "secondment", "借用");

    private final Words words;

    MoveType(String zh, String code, String... aliases) {
        this.words = Words.of(zh, code, aliases);
    }

    @Override
    public Words words() {
        return words;
    }
}
