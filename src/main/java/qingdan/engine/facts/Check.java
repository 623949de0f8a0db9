package qingdan.engine.facts;

import java.time.LocalDate;
import java.util.List;
import qingdan.model.Term;
import qingdan.model.TownshipClass;
import qingdan.pack.PackRule;
import qingdan.pack.Params;
import qingdan.pack.Severity;

/**
 * A pack's rule switched on for one catalogue, with the pack's numbers for it (catalogue
 * parameters already filled in) and the date the catalogue is judged at. The generic checks in
 * {@code rules/checks} match on these, so a pack is data, not code.
 */
public record Check(String catalogue, String pack, String rule, PackRule spec, Params params, LocalDate asOf) {

    public long number(String name) {
        return params.number(name);
    }

    public long number(String name, TownshipClass cls) {
        return params.number(name, cls);
    }

    public List<String> names(String name) {
        return params.names(name);
    }

    public boolean flag(String name) {
        return params.flag(name);
    }

    public boolean lists(String name, Term term) {
        return params.lists(name, term);
    }

    /**
     * True when the pack's list {@code name} admits {@code term}. A pack that gives no such list
     * admits everything (the default that keeps an older pack's meaning); a list admits no absent term.
     */
    public boolean admits(String name, Term term) {
        if (!params.has(name)) {
            return true;
        }
        return term != null && params.lists(name, term);
    }

    /** As {@link #admits}, but a pack without the list admits only {@code byDefault}. */
    public boolean admits(String name, Term term, Term byDefault) {
        return params.has(name) ? term != null && params.lists(name, term) : term == byDefault;
    }

    /** The resources among {@code unprovided} that the pack's list {@code name} reads; all of them without one. */
    public List<Resource> read(String name, List<Resource> unprovided) {
        return unprovided.stream().filter(r -> admits(name, r)).toList();
    }

    /** True when the pack gives no date {@code name}, or the catalogue's date is on or after it. */
    public boolean since(String name) {
        return !params.has(name) || onOrAfter(name);
    }

    /**
     * A list whose entries are each a name or a list of alternative names, as lists of
     * alternatives: {@code [a, [b, c]]} reads as {@code [[a], [b, c]]}.
     */
    public List<List<String>> alternatives(String name) {
        Object v = params.values().get(name);
        if (!(v instanceof List<?> l)) {
            return v == null ? List.of() : List.of(List.of(String.valueOf(v)));
        }
        return l.stream().map(e -> e instanceof List<?> alt ? alt.stream().map(String::valueOf).toList()
                : List.of(String.valueOf(e))).toList();
    }

    /** A severity the pack sets for part of a check; the rule's own when it sets none. */
    public Severity severity(String name) {
        if (!params.has(name)) {
            return spec.severity();
        }
        String v = params.names(name).get(0);
        for (Severity s : Severity.values()) {
            if (s.matches(v)) {
                return s;
            }
        }
        throw new IllegalStateException("rule parameter '" + name + "' must be error, warning or info");
    }

    /** True when {@code text} contains any of the words listed under {@code name}. */
    public boolean mentions(String name, String text) {
        for (String w : params.names(name)) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code names} (a township's institutions' names and roles) holds one of
     * {@code alternatives}. (Not "meets": Drools reads that as a temporal operator.)
     */
    public boolean holdsOneOf(java.util.Set<String> names, List<String> alternatives) {
        return alternatives.stream().anyMatch(names::contains);
    }

    /** True when any of {@code texts} contains any of the words listed under {@code name}. */
    public boolean mentionsAny(String name, List<String> texts) {
        return texts.stream().anyMatch(t -> mentions(name, t));
    }

    /** The names listed under {@code name} that {@code given} lacks. */
    public List<String> lacking(String name, List<String> given) {
        return params.names(name).stream().filter(n -> !given.contains(n)).toList();
    }

    /** True when {@code given} holds at least one of the names listed under {@code name}. */
    public boolean anyOf(String name, List<String> given) {
        return params.names(name).stream().anyMatch(given::contains);
    }

    /**
     * True when an event of {@code date} falls on or after the pack's in-force date (param
     * {@code in_force}): nothing done before a document is judged under it (new-kinds.md B.1).
     */
    public boolean inForce(LocalDate date) {
        return date != null && !date.isBefore(params.date("in_force"));
    }

    /** True when a yearly record's {@code year} is the in-force date's year or later. */
    public boolean inForceYear(int year) {
        return year >= params.date("in_force").getYear();
    }

    /** True when the pack sets no date parameter {@code name}, or the catalogue's date is on or after it. */
    public boolean due(String name) {
        return !params.has(name) || onOrAfter(name);
    }

    /**
     * For a parameter written as a mapping of catalogue keys to the document's terms
     * ({@code {recipients: 服务对象}}), the terms of the keys listed in {@code keys}, in the pack's order.
     */
    public List<String> terms(String name, List<String> keys) {
        List<String> out = new java.util.ArrayList<>();
        if (params.values().get(name) instanceof java.util.Map<?, ?> m) {
            m.forEach((k, v) -> {
                if (keys.contains(String.valueOf(k))) {
                    out.add(String.valueOf(v));
                }
            });
        }
        return out;
    }

    /**
     * For a parameter mapping each way an approval may be written to the approval it counts as
     * ({@code {县委组织部: 县委组织部, 县人社局: 县人社局, 县人力资源和社会保障局: 县人社局}}), the approvals
     * that {@code given} names under none of their names, in the pack's order.
     */
    public List<String> unapproved(String name, List<String> given) {
        java.util.Set<String> required = new java.util.LinkedHashSet<>();
        java.util.Set<String> have = new java.util.HashSet<>();
        if (params.values().get(name) instanceof java.util.Map<?, ?> m) {
            m.forEach((written, counts) -> {
                required.add(String.valueOf(counts));
                if (given.contains(String.valueOf(written))) {
                    have.add(String.valueOf(counts));
                }
            });
        }
        required.removeAll(have);
        return List.copyOf(required);
    }

    /** What a secondment lacks, for its message: the committee's consent, then each approval missing. */
    public static List<String> lacking(boolean consented, List<String> unapproved) {
        List<String> out = new java.util.ArrayList<>();
        if (!consented) {
            out.add("乡镇党委同意");
        }
        unapproved.forEach(a -> out.add(a + "批准"));
        return out;
    }

    /** The most of {@code pool} a share of {@code percent} % allows, rounded up: ⌈pool × percent ÷ 100⌉. */
    public static long ceilPercent(long pool, long percent) {
        return (pool * percent + 99) / 100;
    }

    /** A share for reading, with one decimal place rounded half up (27.3 %): never used to decide. */
    public static String percent(long part, long whole) {
        long tenths = (part * 2000 / whole + 1) / 2;
        return tenths / 10 + "." + tenths % 10 + "%";
    }

    /** True when the catalogue's date is on or after the date parameter {@code name}. */
    public boolean onOrAfter(String name) {
        return !asOf.isBefore(params.date(name));
    }
}
