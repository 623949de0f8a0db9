package qingdan.model;

/**
 * 法律依据: a law article that an item rests on.
 *
 * @param townshipCompetent true: the article lets the township exercise the power
 * @param reservedToCounty  true: the article reserves the power to county level or above
 */
public record LegalBasis(
        Position pos,
        @Required String source,
        String article,
        Boolean townshipCompetent,
        Boolean reservedToCounty) {
}
