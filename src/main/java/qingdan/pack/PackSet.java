package qingdan.pack;

import java.util.Map;

/**
 * The packs of a run and the contracts of their checks, as catalogue loading needs them: which
 * packs exist, which kinds each check reads, and which rule ids a waiver may name. The engine's
 * rule book implements it, so loading stays below the engine and never waits for Drools itself.
 */
public interface PackSet {
    Map<String, Pack> packs();

    /** The checks' contracts by id. */
    Map<String, CheckContract> checks();

    /** True when some pack has a rule with this id (waivers may only name these). */
    default boolean knowsRule(String id) {
        return packs().values().stream().anyMatch(p -> p.rules().containsKey(id));
    }
}
