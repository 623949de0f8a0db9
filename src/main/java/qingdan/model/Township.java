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
 */
public record Township(
        Position pos,
        @Required String name,
        String code,
        @Required @Key("class") TownshipClass townshipClass,
        Long population,
        Integer leadershipPosts,
        Integer leadershipPostsBefore,
        Integer socialWorkers,
        List<String> comprehensivePosts,
        @Required List<Institution> institutions,
        List<Waiver> waivers) {
}
