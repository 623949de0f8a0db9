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

    /** The names listed under {@code name} that {@code given} lacks. */
    public List<String> lacking(String name, List<String> given) {
        return params.names(name).stream().filter(n -> !given.contains(n)).toList();
    }

    /** True when {@code given} holds at least one of the names listed under {@code name}. */
    public boolean anyOf(String name, List<String> given) {
        return params.names(name).stream().anyMatch(given::contains);
    }

    /** True when the catalogue's date is on or after the date parameter {@code name}. */
    public boolean onOrAfter(String name) {
        return !asOf.isBefore(params.date(name));
    }
}
