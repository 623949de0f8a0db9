package qingdan.model;

/** 行政权力类别: the category of an administrative power. */
public enum PowerCategory implements Term {
    LICENSING("行政许可", "licensing"),
    PENALTY("行政处罚", "penalty"),
    COERCION("行政强制", "coercion"),
    LEVY("行政征收", "levy"),
    REQUISITION("行政征用", "requisition"),
    BENEFIT("行政给付", "benefit"),
    INSPECTION("行政检查", "inspection"),
    CONFIRMATION("行政确认", "confirmation"),
    REWARD("行政奖励", "reward"),
    ADJUDICATION("行政裁决", "adjudication"),
    MEDIATION("行政调解", "mediation"),
    FILING("行政备案", "filing"),
    OTHER("其他行政权力", "other", "其他类别", "其他职权"),
    PUBLIC_SERVICE("公共服务", "public-service");

    private final Words words;

    PowerCategory(String zh, String code, String... aliases) {
        this.words = Words.of(zh, code, aliases);
    }

    @Override
    public Words words() {
        return words;
    }
}
