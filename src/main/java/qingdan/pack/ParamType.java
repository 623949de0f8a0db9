package qingdan.pack;

import java.util.List;
import qingdan.model.Term;
import qingdan.model.TownshipClass;
import qingdan.yaml.YNode;
import qingdan.yaml.YNode.ScalarType;
import qingdan.yaml.YNode.YMap;
import qingdan.yaml.YNode.YScalar;
import qingdan.yaml.YNode.YSeq;

/**
 * The type of a check's parameter, as its contract declares it. A pack's value is checked against
 * it when the pack loads, so a check never meets a value it cannot read. A text "$name" stands for
 * a catalogue parameter; catalogues supply whole numbers, so it may stand only where one is expected.
 */
public enum ParamType implements Term {
    WHOLE_NUMBER("整数", "whole-number"),
    WHOLE_NUMBER_BY_CLASS("整数，或按乡镇类别各一个整数", "whole-number-by-class"),
    DATE("日期", "date"),
    NAMES("名称列表", "names"),
    /** A list whose entries are each a name or a list of alternative names: [甲, [乙, 丙]]. */
    ALTERNATIVES("名称（或备选名称）列表", "alternatives"),
    AUTHORITIES("机关列表", "authorities"),
    BOOLEAN("布尔值", "boolean"),
    SEVERITY("严重程度", "severity"),
    /** A catalogue's spellings and the document's terms for them: {@code {recipients: 服务对象}}. */
    TERMS("名称对照", "terms");

    private final Words words;

    ParamType(String zh, String code, String... aliases) {
        this.words = Words.of(zh, code, aliases);
    }

    @Override
    public Words words() {
        return words;
    }

    /** What a value of this type looks like, for messages: English, then Chinese. */
    public String[] expected() {
        return switch (this) {
            case WHOLE_NUMBER -> new String[] {"a whole number, 0 or more (or a catalogue parameter $name)",
                "非负整数（或目录参数 $name）"};
            case WHOLE_NUMBER_BY_CLASS -> new String[] {"a whole number, or one for each township class: {一类: 5, 二类: 5, 三类: 4}",
                "整数，或每个乡镇类别一个整数：{一类: 5, 二类: 5, 三类: 4}"};
            case DATE -> new String[] {"a date written YYYY-MM-DD", "YYYY-MM-DD 格式的日期"};
            case NAMES -> new String[] {"a list of names: [甲, 乙] (or one name)", "名称列表：[甲, 乙]（或一个名称）"};
            case ALTERNATIVES -> new String[] {"a list whose entries are each a name or a list of alternative names: [甲, [乙, 丙]]",
                "列表，每一项为一个名称或一组备选名称：[甲, [乙, 丙]]"};
            case AUTHORITIES -> new String[] {"a list of authorities: [县委, 县政府] (or one)", "机关列表：[县委, 县政府]（或一个机关）"};
            case BOOLEAN -> new String[] {"true or false", "true 或 false"};
            case SEVERITY -> new String[] {"error, warning or info", "error、warning 或 info"};
            case TERMS -> new String[] {"a mapping of names to names: {recipients: 服务对象}", "名称对照：{recipients: 服务对象}"};
        };
    }

    /**
     * The first problem of {@code value} against this type: the node at fault, and what is wrong
     * in English and Chinese; null when the value is good.
     */
    public Mismatch check(YNode value) {
        return switch (this) {
            case WHOLE_NUMBER -> wholeNumber(value);
            case WHOLE_NUMBER_BY_CLASS -> byClass(value);
            case DATE -> value instanceof YScalar s && s.type() == ScalarType.STRING && isDate(s.text()) ? null : wrong(value);
            case NAMES, AUTHORITIES -> names(value);
            case ALTERNATIVES -> alternatives(value);
            case BOOLEAN -> value instanceof YScalar s && s.type() == ScalarType.BOOLEAN ? null : wrong(value);
            case SEVERITY -> value instanceof YScalar s && s.type() == ScalarType.STRING && severity(s.text()) ? null : wrong(value);
            case TERMS -> terms(value);
        };
    }

    /** A value that does not fit: where, and what is wrong. */
    public record Mismatch(YNode at, String message, String messageZh) {
    }

    private Mismatch wholeNumber(YNode value) {
        if (value instanceof YScalar s) {
            if (s.type() == ScalarType.INTEGER && !s.text().startsWith("-")) {
                return null;
            }
            if (s.type() == ScalarType.STRING && s.text().matches("\\$[A-Za-z_][A-Za-z0-9_]*")) {
                return null;
            }
        }
        return wrong(value);
    }

    private Mismatch byClass(YNode value) {
        if (!(value instanceof YMap m)) {
            return WHOLE_NUMBER.check(value) == null ? null : wrong(value);
        }
        for (TownshipClass cls : TownshipClass.values()) {
            boolean given = false;
            for (var e : m.entries().entrySet()) {
                if (cls.matches(e.getKey())) {
                    given = true;
                    if (WHOLE_NUMBER.check(e.getValue().value()) != null) {
                        return new Mismatch(e.getValue().value(), "the number for " + cls.zh() + " must be a whole number, 0 or more; found "
                                + e.getValue().value().describe(), cls.zh() + "的数字须为非负整数");
                    }
                }
            }
            if (!given) {
                return new Mismatch(value, "no number for " + cls.zh() + "; give one for each class: {一类: 5, 二类: 5, 三类: 4}",
                        "缺少" + cls.zh() + "的数字；须为每个类别各给一个：{一类: 5, 二类: 5, 三类: 4}");
            }
        }
        for (String k : m.entries().keySet()) {
            boolean known = false;
            for (TownshipClass cls : TownshipClass.values()) {
                known |= cls.matches(k);
            }
            if (!known) {
                return new Mismatch(value, "'" + k + "' is not a township class; the classes are 一类, 二类, 三类",
                        "'" + k + "' 不是乡镇类别；类别为 一类、二类、三类");
            }
        }
        return null;
    }

    private Mismatch names(YNode value) {
        List<YNode> items = value instanceof YSeq seq ? seq.items() : List.of(value);
        for (YNode item : items) {
            if (!(item instanceof YScalar s) || s.type() == ScalarType.NULL || s.type() == ScalarType.BOOLEAN
                    || s.text().isBlank()) {
                return value instanceof YSeq ? new Mismatch(item, "each entry must be a name; found " + item.describe(),
                        "每一项都须为名称") : wrong(value);
            }
            if (s.text().startsWith("$")) {
                return new Mismatch(item, "a catalogue parameter ($name) can only stand for a whole number",
                        "目录参数（$name）只能代表整数");
            }
        }
        return null;
    }

    private Mismatch terms(YNode value) {
        if (!(value instanceof YMap m) || m.entries().isEmpty()) {
            return wrong(value);
        }
        for (var e : m.entries().values()) {
            if (NAMES.names(e.value()) != null || e.value() instanceof YSeq) {
                return new Mismatch(e.value(), "each value must be a name; found " + e.value().describe(), "每个值都须为名称");
            }
        }
        return null;
    }

    private Mismatch alternatives(YNode value) {
        if (!(value instanceof YSeq seq)) {
            return names(value);
        }
        for (YNode entry : seq.items()) {
            if (entry instanceof YSeq alts && alts.items().isEmpty()) {
                return new Mismatch(entry, "an entry of alternative names must name at least one", "每组备选名称至少要有一个");
            }
            Mismatch m = names(entry);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private Mismatch wrong(YNode value) {
        String found = value.describe();
        if (value instanceof YScalar s && s.type() == ScalarType.STRING && s.text().startsWith("$") && this != WHOLE_NUMBER) {
            return new Mismatch(value, "a catalogue parameter ($name) can only stand for a whole number; this parameter is "
                    + expected()[0], "目录参数（$name）只能代表整数；此参数须为" + expected()[1]);
        }
        return new Mismatch(value, "expected " + expected()[0] + "; found " + found, "应为" + expected()[1] + "；实际为 " + found);
    }

    private static boolean isDate(String text) {
        try {
            java.time.LocalDate.parse(text);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static boolean severity(String text) {
        for (Severity s : Severity.values()) {
            if (s.matches(text)) {
                return true;
            }
        }
        return false;
    }
}
