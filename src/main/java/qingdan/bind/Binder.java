package qingdan.bind;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import qingdan.model.About;
import qingdan.model.Inline;
import qingdan.model.Key;
import qingdan.model.NoPersonalData;
import qingdan.model.OneOrMany;
import qingdan.model.Position;
import qingdan.model.Recipients;
import qingdan.model.Required;
import qingdan.model.Term;
import qingdan.model.TownshipClass;
import qingdan.yaml.YNode;
import qingdan.yaml.YNode.Entry;
import qingdan.yaml.YNode.ScalarType;
import qingdan.yaml.YNode.YMap;
import qingdan.yaml.YNode.YScalar;
import qingdan.yaml.YNode.YSeq;

/**
 * Maps a located YAML tree onto the model's records, by the records' own shape: a component is a
 * key (its snake_case name, or {@link Key}), {@link Required} marks keys marked R in
 * catalogues.md, and a {@link Position} component receives the node's position. Every problem is
 * reported, not just the first, so that one run shows an office everything to fix in a file.
 */
public final class Binder {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /**
     * Keys that would carry a person's identity (new-kinds.md A.1): refused in a roster by name,
     * so an export that kept them is never read. Other unknown keys are refused too.
     */
    private static final Set<String> PERSONAL = Set.of("name", "full_name", "id_number", "id_card", "identity_number",
            "birth_date", "birthday", "date_of_birth", "address", "pay", "salary", "wage", "phone", "mobile",
            "姓名", "名字", "身份证", "身份证号", "身份证号码", "公民身份号码", "出生日期", "出生年月", "住址", "家庭住址",
            "工资", "薪酬", "电话", "手机", "联系电话");
    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();
    /** Values up to this long are shared (interned); longer ones are names of single items. */
    private static final int SHARED_TEXT = 24;

    private final Problems problems;
    /** Keys marked required that this file may leave out (a CSV header given on the command line has no jurisdiction). */
    private final java.util.Set<String> mayLack;

    public Binder(Problems problems) {
        this(problems, java.util.Set.of());
    }

    public Binder(Problems problems, java.util.Set<String> mayLack) {
        this.problems = problems;
        this.mayLack = mayLack;
    }

    /**
     * One key of a record: its component, YAML key and how it is read. The component's generic
     * type is kept, not asked for: reflection parses its signature anew on every call.
     */
    public record Field(RecordComponent component, String key, boolean required, boolean oneOrMany, boolean inline,
                        Type type) {

        /** The column label a table carries this key under ({@link About}); empty when none is fixed. */
        public String label() {
            About about = component.getAnnotation(About.class);
            return about == null ? "" : about.column();
        }
    }

    /** What keys a record reads, in declaration order, and how to build it. */
    public record Shape(Class<?> type, List<Field> fields, Set<String> keys, Constructor<?> constructor) {
        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            List<Field> fields = new ArrayList<>();
            Set<String> keys = new LinkedHashSet<>();
            for (RecordComponent c : components) {
                boolean inline = c.isAnnotationPresent(Inline.class);
                Key key = c.getAnnotation(Key.class);
                Field f = new Field(c, key != null ? key.value() : Names.snake(c.getName()),
                        c.isAnnotationPresent(Required.class), c.isAnnotationPresent(OneOrMany.class), inline,
                        c.getGenericType());
                fields.add(f);
                if (inline) {
                    keys.addAll(shape(c.getType()).keys());
                } else if (c.getType() != Position.class) {
                    keys.add(f.key());
                }
            }
            try {
                Constructor<?> ctor = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                ctor.setAccessible(true); // records of other packages may be package-private
                return new Shape(type, List.copyOf(fields), Set.copyOf(keys), ctor);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("record without canonical constructor: " + type, e);
            }
        }
    }

    /** The shape of a record type (cached). */
    public static Shape shape(Class<?> type) {
        Shape s = SHAPES.get(type);
        if (s == null) {
            // Not computeIfAbsent: a shape builds the shapes of its inline records, and a
            // ConcurrentHashMap refuses a recursive update. Racing builders make equal shapes.
            s = Shape.of(type);
            SHAPES.putIfAbsent(type, s);
        }
        return s;
    }

    /** What a node is, for messages, in English and in Chinese: a Chinese message says it in Chinese. */
    private record What(String en, String zh) {
    }

    /** Binds a whole mapping to a record; null (with problems recorded) where it cannot. */
    public <T> T bind(Class<T> type, YNode node, String what) {
        return bind(type, node, what, what);
    }

    /** As {@link #bind(Class, YNode, String)}, with what the node is in Chinese for Chinese messages. */
    public <T> T bind(Class<T> type, YNode node, String what, String whatZh) {
        Object value = convert(type, node, what, () -> new What(what, whatZh));
        return type.cast(value);
    }

    /**
     * Binds the keys of a record that a mapping has, ignoring the others: a header whose kind is
     * unknown still has its own problems reported (a missing jurisdiction, a bad date).
     */
    public <T> T bindKnownKeys(Class<T> type, YMap map, String what, String whatZh) {
        return type.cast(build(shape(type), map, () -> new What(what, whatZh)));
    }

    private Object bindRecord(Class<?> type, YNode node, Supplier<What> what) {
        if (!(node instanceof YMap map)) {
            What w = what.get();
            wrongType(node, w.en(), w.zh(), "a mapping (key: value lines)", "映射（键: 值）");
            return null;
        }
        Shape shape = shape(type);
        // Keys that a misspelt or Chinese key stands for: one message for the slip, not a second
        // one saying the key it meant is missing.
        Set<String> meant = new java.util.HashSet<>();
        boolean codesOnly = type.isAnnotationPresent(NoPersonalData.class);
        for (Map.Entry<String, Entry> e : map.entries().entrySet()) {
            if (codesOnly && !shape.keys().contains(e.getKey()) && PERSONAL.contains(e.getKey().strip())) {
                problems.add(e.getValue().keyPos(),
                        "'" + e.getKey() + "' is personal data, which a personnel roster must not hold; remove this key"
                                + " (and the column it came from): people are known by the office's own code in 'id'",
                        "'" + e.getKey() + "' 属于个人信息，干部名册中不得填写；请删除此键（及导出的该列），人员只用单位内部编号（id）区分");
            } else if (!shape.keys().contains(e.getKey()) && Hints.keyForLabel(type, e.getKey()) != null
                    && shape.keys().contains(Hints.keyForLabel(type, e.getKey()))) {
                String english = Hints.keyForLabel(type, e.getKey());
                meant.add(english);
                problems.add(e.getValue().keyPos(), "'" + e.getKey() + "' is the Chinese name of the key '" + english
                                + "'; keys are written in English: write '" + english + ":'",
                        "“" + e.getKey() + "”是键 " + english + " 的中文名称；YAML 中的键须用英文：请写作 " + english + ":");
            } else if (!shape.keys().contains(e.getKey())) {
                String near = Names.nearest(e.getKey(), shape.keys());
                if (near != null) {
                    meant.add(near);
                }
                problems.add(e.getValue().keyPos(),
                        "unknown key '" + e.getKey() + "'" + (near != null ? "; did you mean '" + near + "'?"
                                : "; expected one of: " + String.join(", ", sorted(shape.keys()))),
                        "未知的键 '" + e.getKey() + "'" + (near != null ? "，是否应为 '" + near + "'？"
                                : "；可用的键：" + String.join(", ", sorted(shape.keys()))));
            }
        }
        return build(shape, map, what, meant);
    }

    private Object build(Shape shape, YMap map, Supplier<What> what) {
        return build(shape, map, what, Set.of());
    }

    private Object build(Shape shape, YMap map, Supplier<What> what, Set<String> meant) {
        int before = problems.size();
        boolean unbuilt = false;
        Object[] args = new Object[shape.fields().size()];
        for (int i = 0; i < args.length; i++) {
            Field f = shape.fields().get(i);
            Class<?> raw = f.component().getType();
            if (raw == Position.class) {
                args[i] = map.pos();
            } else if (f.inline()) {
                args[i] = build(shape(raw), map, what, meant);
                unbuilt |= args[i] == null;
            } else {
                YNode v = map.get(f.key());
                if (v == null || v instanceof YScalar s && s.isNull()) {
                    if (f.required() && meant.contains(f.key())) {
                        unbuilt = true; // reported already, as the slip it is
                        continue;
                    }
                    if (f.required() && !mayLack.contains(f.key())) {
                        What w = what.get();
                        problems.add(map.pos(), "missing required key '" + f.key() + "' in " + w.en(),
                                "缺少必需的键 '" + f.key() + "'（" + w.zh() + "）");
                    }
                    args[i] = List.class.isAssignableFrom(raw) ? List.of() : null;
                } else if (f.oneOrMany() && !(v instanceof YSeq)) {
                    Object one = convert(elementType(f.type()), v, f.key(), what);
                    args[i] = one == null ? null : List.of(one);
                } else {
                    args[i] = convert(f.type(), v, f.key(), what);
                }
            }
        }
        if (problems.size() > before || unbuilt) {
            return null;
        }
        try {
            return shape.constructor().newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + shape.type().getSimpleName(), e);
        }
    }

    /**
     * @param what what the node is, for messages: made only when there is one to write, since
     *             naming each list item costs a lookup and a string per item of every file
     */
    private Object convert(Type type, YNode node, String key, Supplier<What> what) {
        Class<?> raw = rawClass(type);
        if (raw == String.class) {
            return text(node, key);
        } else if (raw == Integer.class || raw == Long.class) {
            Long n = count(node, key);
            if (n != null && raw == Integer.class) {
                if (n > Integer.MAX_VALUE) {
                    wrongType(node, key, "a whole number below 2147483648", "小于 2147483648 的整数");
                    return null;
                }
                return n.intValue();
            }
            return n;
        } else if (raw == Double.class) {
            if (node instanceof YScalar s && (s.type() == ScalarType.INTEGER || s.type() == ScalarType.FLOAT)) {
                try {
                    return Double.valueOf(s.text());
                } catch (NumberFormatException e) {
                    // fall through to the type error
                }
            }
            wrongType(node, key, "a number", "数字");
            return null;
        } else if (raw == Boolean.class) {
            if (node instanceof YScalar s && s.type() == ScalarType.BOOLEAN) {
                return Boolean.valueOf(s.text().toLowerCase());
            }
            wrongType(node, key, "true or false", "true 或 false");
            return null;
        } else if (raw == LocalDate.class) {
            return date(node, key);
        } else if (raw == Year.class) {
            return year(node, key);
        } else if (raw.isEnum() && Term.class.isAssignableFrom(raw)) {
            return term(raw, node, key);
        } else if (raw == List.class) {
            if (!(node instanceof YSeq seq)) {
                wrongType(node, key, "a list", "列表");
                return null;
            }
            Type element = elementType(type);
            Class<?> elementClass = rawClass(element);
            List<Object> out = new ArrayList<>(seq.items().size());
            int before = problems.size();
            for (YNode item : seq.items()) {
                Object v = convert(element, item, key, () -> describeItem(item, key, what.get(), elementClass));
                if (v != null) {
                    out.add(v);
                }
            }
            return problems.size() > before ? null : List.copyOf(out);
        } else if (raw == Map.class) {
            if (!(node instanceof YMap map)) {
                wrongType(node, key, "a mapping (key: value lines)", "映射（键: 值）");
                return null;
            }
            Type keyType = ((ParameterizedType) type).getActualTypeArguments()[0];
            Type valueType = ((ParameterizedType) type).getActualTypeArguments()[1];
            Map<Object, Object> out = new LinkedHashMap<>();
            int before = problems.size();
            for (Map.Entry<String, Entry> e : map.entries().entrySet()) {
                if (e.getValue().value() instanceof YScalar s && s.isNull()) {
                    continue; // a blank value is an absent one, as with any other key
                }
                Object k = e.getKey();
                if (keyType == Year.class) {
                    k = yearOf(e.getKey(), e.getValue().keyPos(), key);
                }
                out.put(k, convert(valueType, e.getValue().value(), e.getKey(), what));
            }
            return problems.size() > before ? null : SmallMap.copyOf(out);
        } else if (raw == Recipients.class) {
            return recipients(node, key, what);
        } else if (raw == Object.class) {
            return plain(node);
        } else if (raw.isRecord()) {
            return bindRecord(raw, node, what);
        }
        throw new IllegalStateException("no binding for " + type);
    }

    private String text(YNode node, String key) {
        if (node instanceof YScalar s && s.type() == ScalarType.STRING) {
            // Departments, townships, institutions and authorities repeat across a province's
            // files; one copy of each short value keeps a national corpus in a small heap.
            return s.text().length() <= SHARED_TEXT ? s.text().intern() : s.text();
        }
        if (node instanceof YScalar s && (s.type() == ScalarType.INTEGER || s.type() == ScalarType.FLOAT)) {
            wrongType(node, key, "text (quote codes and numbers meant as text: \"" + s.text() + "\")",
                    "文本（作为文本的编码和数字请加引号：\"" + s.text() + "\"）");
            return null;
        }
        wrongType(node, key, "text", "文本");
        return null;
    }

    private Long count(YNode node, String key) {
        if (node instanceof YScalar s && s.type() == ScalarType.INTEGER) {
            try {
                long n = Long.parseLong(s.text().replace("_", ""));
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // too long, or octal/hex spelling: fall through
            }
        }
        String n = node instanceof YScalar s && s.type() == ScalarType.STRING ? Hints.number(s.text()) : null;
        if (n != null) {
            problems.add(node.pos(), "'" + key + "': write " + ((YScalar) node).text() + " as the number " + n,
                    "'" + key + "'：“" + ((YScalar) node).text() + "”请写作数字 " + n);
            return null;
        }
        wrongType(node, key, "a whole number, 0 or more", "非负整数");
        return null;
    }

    private LocalDate date(YNode node, String key) {
        if (node instanceof YScalar s && s.type() == ScalarType.STRING && DATE.matcher(s.text()).matches()) {
            try {
                return LocalDate.parse(s.text());
            } catch (DateTimeParseException e) {
                problems.add(node.pos(), "'" + key + "': " + s.text() + " is not a real date",
                        "'" + key + "'：" + s.text() + " 不是有效日期");
                return null;
            }
        }
        String iso = node instanceof YScalar s && s.text() != null ? Hints.isoDate(s.text()) : null;
        if (iso != null) {
            problems.add(node.pos(), "'" + key + "': write the date " + ((YScalar) node).text() + " as " + iso + " (YYYY-MM-DD)",
                    "'" + key + "'：日期“" + ((YScalar) node).text() + "”请写作 " + iso + "（年-月-日）");
            return null;
        }
        wrongType(node, key, "a date written YYYY-MM-DD", "YYYY-MM-DD 格式的日期");
        return null;
    }

    /** A year: a whole number of four digits, or the same quoted. */
    private Year year(YNode node, String key) {
        if (node instanceof YScalar s && (s.type() == ScalarType.INTEGER || s.type() == ScalarType.STRING)
                && YEAR.matcher(s.text()).matches()) {
            return year(Integer.parseInt(s.text()));
        }
        wrongType(node, key, "a year of four digits, such as 2021", "四位数的年份，如 2021");
        return null;
    }

    /** Every year of four digits, made once: a national roster names the same two or three years three million times. */
    private static final Year[] YEARS = new Year[10_000];

    private static Year year(int value) {
        Year y = YEARS[value];
        if (y == null) {
            y = Year.of(value);
            YEARS[value] = y; // a race only makes a second equal copy
        }
        return y;
    }

    private Year yearOf(String text, Position pos, String key) {
        if (YEAR.matcher(text.strip()).matches()) {
            return year(Integer.parseInt(text.strip()));
        }
        problems.add(pos, "wrong key in '" + key + "': expected a year of four digits, such as 2021, found '" + text + "'",
                "'" + key + "' 中的键有误：应为四位数的年份，如 2021，实际为 '" + text + "'");
        return null;
    }

    private Object term(Class<?> type, YNode node, String key) {
        if (node instanceof YScalar s && (s.type() == ScalarType.STRING
                || s.type() == ScalarType.INTEGER && type == TownshipClass.class)) {
            for (Object c : type.getEnumConstants()) {
                if (((Term) c).matches(s.text().strip())) {
                    return c;
                }
            }
        }
        String accepted = Arrays.stream(type.getEnumConstants()).map(c -> (Term) c)
                .map(t -> t.zh() + " (" + t.code() + ")").collect(Collectors.joining(", "));
        String found = node instanceof YScalar s && s.text() != null ? "'" + s.text() + "'" : node.describe();
        String near = node instanceof YScalar s && s.text() != null ? Hints.nearestTerm(type, s.text()) : null;
        problems.add(node.pos(), found + " is not a valid value for '" + key + "'"
                        + (near != null ? "; did you mean '" + near + "'?" : "") + "; expected one of: " + accepted,
                (node instanceof YScalar s && s.text() != null ? found : node.describeZh()) + " 不是 '" + key + "' 的有效值" + (near != null ? "，是否应为“" + near + "”？" : "。") + "可用的值：" + accepted);
        return null;
    }

    private Object recipients(YNode node, String key, Supplier<What> what) {
        if (node instanceof YScalar s && s.type() == ScalarType.STRING && "all".equals(s.text())) {
            return new Recipients.All();
        }
        if (node instanceof YSeq seq) {
            if (seq.items().isEmpty()) {
                return noTownship(node, key);
            }
            int before = problems.size();
            List<String> names = new ArrayList<>();
            for (YNode item : seq.items()) {
                names.add(text(item, key));
            }
            return problems.size() > before ? null : new Recipients.Named(List.copyOf(names));
        }
        if (node instanceof YMap) {
            Object classes = bindRecord(Recipients.Classes.class, node, what);
            return classes instanceof Recipients.Classes c && c.classes().isEmpty() ? noTownship(node, key) : classes;
        }
        wrongType(node, key, "'all', a list of township names, or {classes: [一类, 二类]}",
                "'all'、乡镇名称列表，或 {classes: [一类, 二类]}");
        return null;
    }

    /** An empty {@code to:} names no township: the item would go nowhere, which no office means. */
    private Object noTownship(YNode node, String key) {
        problems.add(node.pos(), "'" + key + "' names no township; write all, a list of township names, or {classes: [一类, 二类]} "
                        + "with at least one, or leave the key out (all)",
                "'" + key + "' 未列出任何乡镇；请写 all、乡镇名称列表或 {classes: [一类, 二类]}（至少一项），或删去此键（即全部乡镇）");
        return null;
    }

    /** A node as plain Java values, for free-form data such as a pack's rule parameters. */
    static Object plain(YNode node) {
        if (node instanceof YMap m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.entries().forEach((k, e) -> out.put(k, plain(e.value())));
            return java.util.Collections.unmodifiableMap(out);
        } else if (node instanceof YSeq s) {
            return s.items().stream().map(Binder::plain).toList();
        }
        YScalar s = (YScalar) node;
        return switch (s.type()) {
            case STRING -> s.text();
            case INTEGER -> Long.valueOf(s.text());
            case FLOAT -> Double.valueOf(s.text());
            case BOOLEAN -> Boolean.valueOf(s.text().toLowerCase());
            case NULL -> null;
        };
    }

    private void wrongType(YNode node, String key, String expected, String expectedZh) {
        wrongType(node, key, key, expected, expectedZh);
    }

    private void wrongType(YNode node, String key, String keyZh, String expected, String expectedZh) {
        problems.add(node.pos(), "wrong type for '" + key + "': expected " + expected + ", found " + node.describe(),
                "'" + keyZh + "' 的类型错误：应为" + expectedZh + "，实际为" + node.describeZh());
    }

    private static What describeItem(YNode item, String key, What what, Class<?> element) {
        if (item instanceof YMap m) {
            // A roster's name: would be a person's name; it must not reach a report, even in a message.
            List<String> naming = element.isAnnotationPresent(NoPersonalData.class)
                    ? List.of("id", "person", "body", "township")
                    : List.of("name", "id", "task", "rule", "source", "organ", "by", "township");
            for (String k : naming) {
                if (m.get(k) instanceof YScalar s && s.text() != null) {
                    return new What("'" + s.text() + "' (" + key + ")", key + " 中的 '" + s.text() + "'");
                }
            }
        }
        return new What(key + " of " + what.en(), what.zh() + " 的 " + key);
    }

    private static Type elementType(Type listType) {
        return ((ParameterizedType) listType).getActualTypeArguments()[0];
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return (Class<?>) ((ParameterizedType) type).getRawType();
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}
