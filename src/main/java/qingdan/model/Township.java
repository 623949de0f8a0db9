package qingdan.model;

import java.util.List;

/**
 * 乡镇: one township of an establishment plan.
 *
 * @param population            常住人口, in persons
 * @param leadershipPosts       领导职数 in this plan
 * @param leadershipPostsBefore 现有总量: the posts before the plan
 * @param socialWorkers         社会工作人员
 * @param comprehensivePosts    综合性岗位 that a small township sets instead of offices
 * @param scale                 规模: 较大, 一般 or 较小; absent: not recorded (no rule guesses it)
 */
public record Township(
        Position pos,
        @Required @Label({"乡镇名称", "乡镇"}) String name,
        @Label({"乡镇代码"}) String code,
        @Required @Key("class") @Label({"类别", "乡镇类别"}) TownshipClass townshipClass,
        @About(value = "The township's size as the office records it: 较大 (large), 一般 (medium) or 较小 (small); never derived from population or class",
                zh = "乡镇规模：较大、一般或较小，由编制部门记录，不从人口或类别推算",
                column = "规模")
        @Label({"规模"}) TownshipScale scale,
        @Label({"常住人口"}) Long population,
        @Label({"领导职数"}) Integer leadershipPosts,
        @Label({"现有领导职数", "现有总量"}) Integer leadershipPostsBefore,
        @Label({"社会工作人员"}) Integer socialWorkers,
        @Label({"综合性岗位"}) List<String> comprehensivePosts,
        @Required @Label({"机构"}) List<Institution> institutions,
        List<Waiver> waivers) {
}
