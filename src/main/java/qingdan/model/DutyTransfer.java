package qingdan.model;

import java.util.List;

/**
 * One task a county department hands to townships, or (level 村) a township to its villages.
 *
 * @param from       who hands it down: a county department, or for level 村 the township
 * @param consulted  the townships were heard (听取基层意见); absent: not heard
 * @param approvedBy who approved the transfer
 * @param resources  what goes down with the task; absent: nothing
 */
public record DutyTransfer(
        Position pos,
        @Required @Label({"编号"}) String id,
        @Required @Label({"事项"}) String task,
        @Required @Label({"交办部门"}) String from,
        @About(value = "Who the task is handed to: 乡镇 (township, the default: a county department hands it to townships) "
                        + "or 村 (village: a township hands it to its villages and communities)",
                zh = "交给谁：乡镇（默认，县直部门交由乡镇承担）或村（乡镇交给村、社区）",
                column = "层级")
        @Label({"层级"}) InstitutionLevel level,
        @Label({"方式"}) Via via,
        @Label({"听取意见"}) Boolean consulted,
        @OneOrMany @Label({"批准机关"}) List<String> approvedBy,
        Resources resources,
        List<Waiver> waivers) {

    /** The level, where an absent one means townships. */
    public InstitutionLevel levelOrDefault() {
        return level == null ? InstitutionLevel.TOWNSHIP : level;
    }
}
