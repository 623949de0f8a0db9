package qingdan.model;

/** 年度考核等次: a grade in the township organ's annual assessment. */
public enum Grade implements Term {
    EXCELLENT("优秀", "excellent"),
    COMPETENT("称职", "competent"),
    BASICALLY_COMPETENT("基本称职", "basically-competent"),
    INCOMPETENT("不称职", "incompetent"),
    UNGRADED("不定等次", "ungraded");

    private final Words words;

    Grade(String zh, String code, String... aliases) {
        this.words = Words.of(zh, code, aliases);
    }

    @Override
    public Words words() {
        return words;
    }
}
