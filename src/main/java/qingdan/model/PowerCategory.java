package qingdan.model;

import java.util.List;

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
    OTHER("其他行政权力", "other", List.of("其他类别", "其他职权")),
    PUBLIC_SERVICE("公共服务", "public-service");

    private final String zh;
    private final String code;
    private final List<String> aliases;

    PowerCategory(String zh, String code) {
        this(zh, code, List.of());
    }

    PowerCategory(String zh, String code, List<String> aliases) {
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
