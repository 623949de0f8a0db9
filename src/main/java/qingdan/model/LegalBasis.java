package qingdan.model;

/**
 * 法律依据: a law article that an item rests on.
 *
 * @param townshipCompetent true: the article lets the township exercise the power
 * @param reservedToCounty  true: the article reserves the power to county level or above
 */
public record LegalBasis(
        Position pos,
        @Required @Label({"法律名称"}) String source,
        @Label({"条款"}) String article,
        @Label({"乡镇实施"}) Boolean townshipCompetent,
        @Label({"县级以上实施"}) Boolean reservedToCounty) {
}
