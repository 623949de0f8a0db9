package qingdan.model;

import java.util.List;

/**
 * 机构: an office, station, plaque or body of a township.
 *
 * @param role             the function it fills (党政办公室…), for matching required institutions
 * @param mandatory        jilin-2017: 必设 (true) or 特色选设 (false); absent: neither
 * @param host             for a plaque (挂牌机构): the institution it hangs on
 * @param approvedBy       for a plaque: who approved hanging it; absent: hung without approval
 * @param operatedAsEntity for a plaque: run as if it were an institution of its own (实体化运行)
 * @param demandedBy       an upper department that demanded it to match its own structure (上下对口)
 * @param basis            the special law or central rule that allows that demand
 * @param level            乡镇 (default) or 村: a demand on villages
 */
public record Institution(
        Position pos,
        @Required @Label({"机构名称"}) String name,
        @Required @Label({"机构类型"}) InstitutionType type,
        @Label({"职能"}) String role,
        @Label({"必设"}) Boolean mandatory,
        @Label({"挂牌依托机构"}) String host,
        @OneOrMany @Label({"批准机关"}) List<String> approvedBy,
        @Label({"实体化运行"}) Boolean operatedAsEntity,
        @Label({"要求设立部门"}) String demandedBy,
        @Label({"设立依据"}) String basis,
        @Label({"设立层级"}) InstitutionLevel level,
        List<Waiver> waivers) {

    /** The level, where an absent one means the township. */
    public InstitutionLevel levelOrDefault() {
        return level == null ? InstitutionLevel.TOWNSHIP : level;
    }
}
