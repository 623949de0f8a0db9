package qingdan.pack;

import java.util.Map;
import qingdan.bind.Names;

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

    /** The rule id nearest to a mistyped one ({@code party-goverment-cap}), or null when none is close. */
    default String nearestRule(String id) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (Pack p : packs().values()) {
            for (String r : p.rules().keySet()) {
                int d = Names.distance(id.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), r);
                if (d < bestD || d == bestD && best != null && r.compareTo(best) < 0) {
                    bestD = d;
                    best = r;
                }
            }
        }
        return best != null && bestD <= Math.max(2, id.length() / 4) ? best : null;
    }
}
