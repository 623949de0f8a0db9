package qingdan.engine.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import qingdan.model.TownshipClass;
import qingdan.model.TownshipScale;

/**
 * A township of an establishment plan, with its institutions counted as the documents count them:
 * party-government and public institutions at township level only.
 *
 * @param mandatory         party-government institutions marked 必设 (jilin-2017)
 * @param optional          party-government institutions marked 特色选设
 * @param scale             规模 as recorded; null when not
 * @param comprehensivePosts true when it sets 综合性岗位 instead of offices
 * @param names             the names and roles of its township-level institutions
 */
public record TownshipFact(
        String catalogue,
        Subject subject,
        String name,
        TownshipClass townshipClass,
        TownshipScale scale,
        Long population,
        int partyGovernment,
        int publicInstitutions,
        int mandatory,
        int optional,
        Integer leadershipPosts,
        Integer leadershipPostsBefore,
        Integer socialWorkers,
        boolean comprehensivePosts,
        Set<String> names) {

    /** Party-government plus public institutions: what a total cap counts. */
    public int total() {
        return partyGovernment + publicInstitutions;
    }

    /** The township's (party-government, public-institution) pair. */
    public Shape shape() {
        return new Shape(partyGovernment, publicInstitutions);
    }

    /** A (party-government, public-institution) pair: what 按类别基本统一 compares. */
    public record Shape(int partyGovernment, int publicInstitutions) {
    }

    /**
     * The usual shape of a class: its most common pair, as a list of one; empty when the class has
     * fewer than {@code minTownships} townships or two pairs tie, so that no township is judged
     * against a norm that does not exist.
     */
    public static List<Shape> usual(List<Shape> shapes, long minTownships) {
        if (shapes.size() < minTownships) {
            return List.of();
        }
        Map<Shape, Integer> counts = new HashMap<>();
        shapes.forEach(s -> counts.merge(s, 1, Integer::sum));
        int best = counts.values().stream().max(Integer::compare).orElse(0);
        List<Shape> top = counts.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
        return top.size() == 1 ? top : List.of();
    }
}
