package qingdan.model;

import java.util.List;

/**
 * 机构: an office, station, plaque or body of a township.
 *
 * @param role             the function it fills (党政办公室…), for matching required institutions
 * @param mandatory        jilin-2017: 必设 (true) or 特色选设 (false); absent: neither
 * @param host             for a plaque (挂牌机构): the institution it hangs on
 * @param approvedBy       for a plaque: who approved hanging it; absent: hung without approval. For a
 *                         station managed from above or by region: who approved that regime
 * @param operatedAsEntity for a plaque: run as if it were an institution of its own (实体化运行)
 * @param demandedBy       an upper department that demanded it to match its own structure (上下对口)
 * @param basis            the special law or central rule that allows that demand; for a dispatched
 *                         body (派驻机构), the central (or 省委) requirement that keeps it dispatched
 * @param level            乡镇 (default) or 村: a demand on villages
 * @param management       管理体制 of a station; absent: not recorded, and not judged
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
        @About(value = "A station's management regime (管理体制): 乡镇管理为主 (township, the usual regime), "
                        + "上级主管部门为主 (upper-department) or 按区域设置 (regional); the last two need the province government's approval (approved_by)",
                zh = "事业站所的管理体制：乡镇管理为主（通常）、上级主管部门为主或按区域设置；后两种须经省政府批准（approved_by）",
                column = "管理体制")
        @Label({"管理体制"}) Management management,
        List<Waiver> waivers) {

    /** The level, where an absent one means the township. */
    public InstitutionLevel levelOrDefault() {
        return level == null ? InstitutionLevel.TOWNSHIP : level;
    }
}
