package qingdan.table;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import qingdan.model.About;
import qingdan.model.Catalogue;
import qingdan.model.Inline;
import qingdan.model.Key;
import qingdan.model.Kind;
import qingdan.model.Label;
import qingdan.model.LegalBasis;
import qingdan.model.Position;
import qingdan.model.Recipients;
import qingdan.model.Required;
import qingdan.model.Term;
import qingdan.model.Waiver;

/**
 * How a kind of catalogue lies in a table, derived from the model's records: every key is a
 * column (or a header row), named by its English key and by the Chinese labels written next to it
 * ({@link Label}); a nested record's keys are columns of their own ({@code basis.issuers}); a
 * plan's townships and their institutions share one sheet, one row per institution. A key added
 * to a record is a column at once, under its English key until it is given a label.
 */
public final class Columns {
    private Columns() {
    }

    /** How a value is written in one cell. */
    public enum Form {
        TEXT, INTEGER, NUMBER, BOOLEAN, DATE, TERM,
        /** several values in one cell, split on 、，,；; and line breaks */
        TEXT_LIST, TERM_LIST,
        /** {@code to:}: 全部/all, township names, or classes */
        RECIPIENTS,
        /** 法律依据: 《法律名称》第N条（乡镇实施）, one per line */
        CITATIONS,
        /** header only: one row per parameter, {@code parameters.NAME} */
        PARAMETERS,
        /** anything else (a list of records): a YAML flow value in the cell */
        YAML
    }

    /**
     * One column.
     *
     * @param path   the keys from the row's mapping down to the value ({@code [basis, issuers]})
     * @param labels Chinese labels, the one qingdan writes first
     * @param level  0: the row record (a township, an item); 1: the nested row (an institution)
     * @param type   for TERM and TERM_LIST, the enumeration
     */
    public record Column(List<String> path, List<String> labels, Form form, Class<?> type, int level, boolean required) {
        public String key() {
            return String.join(".", path);
        }

        /** What a table calls it: its first Chinese label, else its English key. */
        public String label() {
            return labels.isEmpty() ? key() : labels.get(0);
        }
    }

    /**
     * One list of a catalogue and its sheet: one row per record (or, where each record holds a
     * required list of its own, one row per record of that list: a plan's institutions).
     *
     * @param key      the catalogue's list ({@code townships}, {@code items}, {@code moves})
     * @param childKey the list within each row record that has a row per entry ({@code institutions}), or null
     * @param columns  level 0, then level 1
     */
    public record Part(String key, String sheet, boolean required, String childKey, List<Column> columns) {

        public Column identifier(int level) {
            for (String k : List.of("id", "name", "task")) {
                for (Column c : columns) {
                    if (c.level() == level && c.path().size() == 1 && c.path().get(0).equals(k)) {
                        return c;
                    }
                }
            }
            return null;
        }
    }

    /**
     * A kind's table: the header sheet's keys, a sheet per list (the first is the main one), and
     * the columns of the 豁免 sheet after those that name the node waived.
     */
    public record Layout(Kind kind, Class<? extends Catalogue> type, List<Column> header, List<Part> parts, List<Column> waivers) {

        public Part main() {
            return parts.get(0);
        }

        public String sheet() {
            return main().sheet();
        }

        public String listKey() {
            return main().key();
        }

        public String childKey() {
            return main().childKey();
        }

        public List<Column> columns() {
            return main().columns();
        }

        public Column identifier(int level) {
            return main().identifier(level);
        }

        /** Every name a column may go by, folded, to the column. */
        public Map<String, Column> names(List<Column> among) {
            return Columns.names(among, listKey(), childKey());
        }
    }

    /** Every name a column may go by, folded, to the column. */
    public static Map<String, Column> names(List<Column> among, String listKey, String childKey) {
        Map<String, Column> out = new LinkedHashMap<>();
        Map<String, Integer> plain = new HashMap<>();
        for (Column c : among) {
            plain.merge(fold(c.key()), 1, Integer::sum);
        }
        for (Column c : among) {
            for (String l : c.labels()) {
                out.putIfAbsent(fold(l), c);
            }
            if (plain.get(fold(c.key())) == 1) {
                out.putIfAbsent(fold(c.key()), c);
            }
            String list = c.level() == 0 ? listKey : childKey;
            out.putIfAbsent(fold(list + "[]." + c.key()), c);
            out.putIfAbsent(fold(list + "." + c.key()), c);
        }
        return out;
    }

    /** The sheet names of the header, the list and the waivers, as qingdan writes them. */
    public static final String HEADER_SHEET = "表头";
    public static final String WAIVER_SHEET = "豁免";
    public static final String NOTES_SHEET = "说明";
    public static final String ROW_NUMBER = "序号";

    private static final Map<Kind, Layout> LAYOUTS = new java.util.concurrent.ConcurrentHashMap<>();

    public static Layout of(Kind kind) {
        return LAYOUTS.computeIfAbsent(kind, k -> build(k, k.recordType()));
    }

    private static Layout build(Kind kind, Class<? extends Catalogue> type) {
        List<Column> header = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.isAnnotationPresent(Inline.class)) {
                for (RecordComponent h : c.getType().getRecordComponents()) {
                    if (h.getType() != Position.class) {
                        header.add(column(h, List.of(), 0, Map.class.isAssignableFrom(h.getType()) ? Form.PARAMETERS : null));
                    }
                }
            } else if (listOfRecords(c) != null) {
                parts.add(part(kind, c));
            } else {
                header.add(column(c, List.of(), 0, null));
            }
        }
        // The main list first: the first required one.
        parts.sort(java.util.Comparator.comparing(p -> !p.required()));
        List<Column> waivers = new ArrayList<>();
        addColumns(Waiver.class, List.of(), 2, null, waivers);
        return new Layout(kind, type, List.copyOf(header), List.copyOf(parts), List.copyOf(waivers));
    }

    private static Part part(Kind kind, RecordComponent list) {
        Class<?> rowType = listOfRecords(list);
        String childKey = null;
        Class<?> childType = null;
        for (RecordComponent c : rowType.getRecordComponents()) {
            Class<?> child = listOfRecords(c);
            if (child != null && child != Waiver.class && c.isAnnotationPresent(Required.class) && childKey == null) {
                childKey = key(c);
                childType = child;
            }
        }
        List<Column> columns = new ArrayList<>();
        addColumns(rowType, List.of(), 0, childKey, columns);
        if (childType != null) {
            addColumns(childType, List.of(), 1, null, columns);
        }
        About about = list.getAnnotation(About.class);
        String sheet = about != null && !about.column().isEmpty() ? about.column()
                : kind == Kind.ESTABLISHMENT_PLAN ? "机构" : "事项";
        return new Part(key(list), sheet, list.isAnnotationPresent(Required.class), childKey, List.copyOf(columns));
    }

    private static void addColumns(Class<?> record, List<String> prefix, int level, String skip, List<Column> out) {
        for (RecordComponent c : record.getRecordComponents()) {
            String key = key(c);
            if (c.getType() == Position.class || key.equals(skip) || listOfRecords(c) == Waiver.class) {
                continue;
            }
            if (c.getType().isRecord()) {
                List<String> p = new ArrayList<>(prefix);
                p.add(key);
                addColumns(c.getType(), p, level, null, out);
            } else {
                out.add(column(c, prefix, level, null));
            }
        }
    }

    private static Column column(RecordComponent c, List<String> prefix, int level, Form form) {
        List<String> path = new ArrayList<>(prefix);
        path.add(key(c));
        Label label = c.getAnnotation(Label.class);
        List<String> labels = new ArrayList<>(label == null ? List.of() : List.of(label.value()));
        About about = c.getAnnotation(About.class);
        if (about != null && !about.column().isEmpty() && !labels.contains(about.column())) {
            labels.add(about.column());
        }
        Type t = c.getGenericType();
        Class<?> termType = null;
        if (form == null) {
            form = form(t);
            if (form == Form.TERM) {
                termType = c.getType();
            } else if (form == Form.TERM_LIST) {
                termType = (Class<?>) ((ParameterizedType) t).getActualTypeArguments()[0];
            }
        }
        return new Column(List.copyOf(path), List.copyOf(labels), form, termType, level, c.isAnnotationPresent(Required.class));
    }

    private static Form form(Type t) {
        if (t == String.class) {
            return Form.TEXT;
        } else if (t == Integer.class || t == Long.class) {
            return Form.INTEGER;
        } else if (t == Double.class) {
            return Form.NUMBER;
        } else if (t == Boolean.class) {
            return Form.BOOLEAN;
        } else if (t == LocalDate.class) {
            return Form.DATE;
        } else if (t == Recipients.class) {
            return Form.RECIPIENTS;
        } else if (t instanceof Class<?> k && k.isEnum() && Term.class.isAssignableFrom(k)) {
            return Form.TERM;
        } else if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
            Type e = p.getActualTypeArguments()[0];
            if (e == String.class) {
                return Form.TEXT_LIST;
            } else if (e == LegalBasis.class) {
                return Form.CITATIONS;
            } else if (e instanceof Class<?> k && k.isEnum() && Term.class.isAssignableFrom(k)) {
                return Form.TERM_LIST;
            }
        }
        return Form.YAML;
    }

    private static Class<?> listOfRecords(RecordComponent c) {
        if (c.getGenericType() instanceof ParameterizedType p && p.getRawType() == List.class
                && p.getActualTypeArguments()[0] instanceof Class<?> e && e.isRecord()) {
            return e;
        }
        return null;
    }

    static String key(RecordComponent c) {
        Key k = c.getAnnotation(Key.class);
        if (k != null) {
            return k.value();
        }
        StringBuilder b = new StringBuilder();
        for (char ch : c.getName().toCharArray()) {
            if (Character.isUpperCase(ch)) {
                b.append('_').append(Character.toLowerCase(ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    /** Labels compare with case, full/half width and spaces folded (catalogues.md). */
    public static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(b::appendCodePoint);
        return b.toString();
    }
}
