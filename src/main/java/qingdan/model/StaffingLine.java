package qingdan.model;

import java.util.List;

/** One township's posts of one type: approved, held, and what county organs and departments take of them. */
public record StaffingLine(
        Position pos,
        @Required @About(value = "a township of the plan", zh = "乡镇（须为机构设置方案中的乡镇）", column = "乡镇") String township,
        @Required @About(value = "the post type", zh = "编制类型", column = "编制类型") PostType type,
        @Required @About(value = "posts approved (核定编制数; 政府购买服务: 核定员额)", zh = "核定编制数（政府购买服务为核定员额）",
                column = "核定数") Integer approved,
        @Required @About(value = "people holding these posts on as_of, wherever they work (实有人数)", zh = "实有人数（含乡编县用人员）",
                column = "实有人数") Integer inPost,
        @About(value = "people on these posts who work in a county organ (乡编县用); secondments excluded", zh = "乡编县用（不含借调）",
                column = "乡编县用") List<CountyUse> usedByCounty,
        @About(value = "staffing an upper department required of the township", zh = "上级部门要求配备的人员", column = "上级要求配备")
        List<StaffDemand> demanded,
        @About(value = "exceptions an authority granted for findings on this line", zh = "经批准的豁免", column = "豁免") List<Waiver> waivers) {
}
