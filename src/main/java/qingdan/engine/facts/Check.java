package qingdan.engine.facts;

import java.time.LocalDate;
import java.util.List;
import qingdan.model.Term;
import qingdan.model.TownshipClass;
import qingdan.pack.PackRule;
import qingdan.pack.Params;

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

    /** True when the catalogue's date is on or after the date parameter {@code name}. */
    public boolean onOrAfter(String name) {
        return !asOf.isBefore(params.date(name));
    }
}
