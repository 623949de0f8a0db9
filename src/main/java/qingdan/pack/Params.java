package qingdan.pack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import qingdan.model.Term;
import qingdan.model.TownshipClass;

/**
 * A pack's numbers for one rule, read by the generic checks: a cap (a number, or one per township
 * class), a list of names, a flag, a date. A text value "$name" is a catalogue parameter,
 * substituted per catalogue by {@link #resolve}.
 */
public final class Params {
    public static final Params NONE = new Params(Map.of());

    private final Map<String, Object> values;
    /** Read for every catalogue under the pack, so found once. */
    private final Set<String> placeholders;

    public Params(Map<String, Object> values) {
        this.values = values == null ? Map.of() : values;
        Set<String> found = new TreeSet<>();
        collect(this.values, found);
        this.placeholders = java.util.Collections.unmodifiableSet(found);
    }

    public Map<String, Object> values() {
        return values;
    }

    public boolean has(String name) {
        return values.get(name) != null;
    }

    /** A whole number. */
    public long number(String name) {
        Object v = need(name);
        if (v instanceof Number n) {
            return n.longValue();
        }
        throw bad(name, "a number");
    }

    /** A whole number that may depend on the township's class ({@code {一类: 5, 二类: 5, 三类: 4}}). */
    public long number(String name, TownshipClass cls) {
        Object v = need(name);
        if (v instanceof Map<?, ?> byClass) {
            for (Map.Entry<?, ?> e : byClass.entrySet()) {
                if (cls.matches(String.valueOf(e.getKey())) && e.getValue() instanceof Number n) {
                    return n.longValue();
                }
            }
            throw bad(name, "a number for " + cls.zh());
        }
        return number(name);
    }

    public boolean flag(String name) {
        Object v = values.get(name);
        return v instanceof Boolean b && b;
    }

    public LocalDate date(String name) {
        Object v = need(name);
        try {
            return LocalDate.parse(String.valueOf(v));
        } catch (RuntimeException e) {
            throw bad(name, "a date YYYY-MM-DD");
        }
    }

    /** A list of names; a single name is a list of one. */
    public List<String> names(String name) {
        Object v = values.get(name);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(v));
    }

    /** True when {@code term} is listed under {@code name}, by its Chinese term or its code. */
    public boolean lists(String name, Term term) {
        for (String n : names(name)) {
            if (term.matches(n)) {
                return true;
            }
        }
        return false;
    }

    /** The catalogue parameters ("$name") these values refer to, sorted. */
    public Set<String> placeholders() {
        return placeholders;
    }

    private static void collect(Object v, Set<String> out) {
        if (v instanceof String s && s.startsWith("$")) {
            out.add(s.substring(1));
        } else if (v instanceof Map<?, ?> m) {
            m.values().forEach(x -> collect(x, out));
        } else if (v instanceof List<?> l) {
            l.forEach(x -> collect(x, out));
        }
    }

    /** These values with each "$name" replaced by the catalogue's parameter; this when there is none. */
    public Params resolve(Map<String, Long> parameters) {
        if (placeholders().isEmpty()) {
            return this;
        }
        return new Params(substitute(values, parameters));
    }

    @SuppressWarnings("unchecked")
    private static <T> T substitute(T v, Map<String, Long> parameters) {
        if (v instanceof String s && s.startsWith("$")) {
            return (T) parameters.get(s.substring(1));
        } else if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k, substitute(x, parameters)));
            return (T) out;
        } else if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(substitute(x, parameters)));
            return (T) out;
        }
        return v;
    }

    private Object need(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw bad(name, "a value");
        }
        return v;
    }

    private static IllegalStateException bad(String name, String expected) {
        return new IllegalStateException("rule parameter '" + name + "' must be " + expected);
    }

    /** As a pack.yaml writes them: {@code max: {一类: 5, 二类: 5}; levels: [乡镇, 村]}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        values.forEach((k, v) -> b.append(b.length() == 0 ? "" : "; ").append(k).append(": ").append(yaml(v)));
        return b.toString();
    }

    private static String yaml(Object v) {
        if (v instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder("{");
            m.forEach((k, x) -> b.append(b.length() == 1 ? "" : ", ").append(k).append(": ").append(yaml(x)));
            return b.append('}').toString();
        } else if (v instanceof List<?> l) {
            return "[" + String.join(", ", l.stream().map(Params::yaml).toList()) + "]";
        }
        return String.valueOf(v);
    }
}
