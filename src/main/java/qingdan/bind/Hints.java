package qingdan.bind;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import qingdan.model.About;
import qingdan.model.Label;
import qingdan.model.Term;

/**
 * What an office most likely meant by a value or key it typed with a Chinese input method: the
 * accepted value nearest to {@code 行政处罚类}, the ISO date for {@code 2022年3月1日}, the number for
 * {@code 6.5万}, the English key for {@code 机构}. Each returns null when it has no good guess.
 */
final class Hints {
    private static final Pattern CJK_DATE = Pattern.compile("(\\d{4})\\s*[年/.\\-]\\s*(\\d{1,2})\\s*[月/.\\-]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern WITH_UNIT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*(万|千|亿|百)?\\s*(人|名|个|户|岗)?");

    private Hints() {
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
    }

    /** The accepted spelling (the Chinese term) closest to {@code text}, or null. */
    static String nearestTerm(Class<?> enumType, String text) {
        String t = fold(text).replace("其它", "其他");
        String trimmed = t.replaceAll("(类|类别|型|类型)$", "");
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (Object o : enumType.getEnumConstants()) {
            Term term = (Term) o;
            for (String spelling : spellings(term)) {
                if (spelling.equals(t) || spelling.equals(trimmed) || spelling.equalsIgnoreCase(t)) {
                    return term.zh();
                }
                int d = Math.min(Names.distance(t.toLowerCase(), spelling.toLowerCase()), Names.distance(trimmed, spelling));
                if (d < bestD) {
                    bestD = d;
                    best = term.zh();
                }
            }
        }
        int len = t.codePointCount(0, t.length());
        return best != null && bestD <= Math.max(1, Math.min(2, len / 3)) ? best : null;
    }

    private static java.util.List<String> spellings(Term t) {
        java.util.List<String> out = new java.util.ArrayList<>(t.aliases());
        out.add(0, t.code());
        out.add(0, t.zh());
        return out;
    }

    /** 2022年3月1日, 2022/3/1, 2022.3.1 → 2022-03-01. */
    static String isoDate(String text) {
        Matcher m = CJK_DATE.matcher(fold(text));
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** 6.5万 → 65000, 12人 → 12, １２ → 12: the whole number meant, or null. */
    static String number(String text) {
        Matcher m = WITH_UNIT.matcher(fold(text).replace(",", "").replace("，", ""));
        if (!m.matches()) {
            return null;
        }
        BigDecimal n = new BigDecimal(m.group(1));
        if (m.group(2) != null) {
            n = n.multiply(BigDecimal.valueOf(switch (m.group(2)) {
                case "百" -> 100L;
                case "千" -> 1_000L;
                case "万" -> 10_000L;
                default -> 100_000_000L;
            }));
        }
        try {
            return n.stripTrailingZeros().toBigIntegerExact().toString();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** The English key whose Chinese name (a table's column label) {@code key} is, or null. */
    static String keyForLabel(Class<?> record, String key) {
        String k = fold(key);
        for (RecordComponent c : record.getRecordComponents()) {
            Label label = c.getAnnotation(Label.class);
            About about = c.getAnnotation(About.class);
            boolean match = label != null && java.util.Arrays.asList(label.value()).contains(k)
                    || about != null && (k.equals(about.column()) || k.equals(about.zh()));
            if (match) {
                qingdan.model.Key explicit = c.getAnnotation(qingdan.model.Key.class);
                return explicit != null ? explicit.value() : Names.snake(c.getName());
            }
            if (c.isAnnotationPresent(qingdan.model.Inline.class)) {
                String inner = keyForLabel(c.getType(), key);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
