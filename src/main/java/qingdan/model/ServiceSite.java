package qingdan.model;

import java.util.List;

/** A village or community's service facilities (村级便民服务点台账): true, false, or absent (not recorded). */
public record ServiceSite(
        Position pos,
        @Required @About(value = "a township of the plan", zh = "乡镇（须为机构设置方案中的乡镇）", column = "乡镇") String township,
        @Required @About(value = "the village or community, as the county names it", zh = "村（社区）", column = "村（社区）") String village,
        @About(value = "has a village service point (村级便民服务点 / 代办点); absent: not recorded", zh = "是否设村级便民服务点（代办点）",
                column = "便民服务点") Boolean servicePoint,
        @About(value = "has an online service point (网上服务站点); absent: not recorded", zh = "是否设网上服务站点",
                column = "网上服务站点") Boolean onlinePoint,
        @About(value = "has a comprehensive cultural service centre; absent: not recorded", zh = "是否建有村（社区）综合性文化服务中心",
                column = "综合性文化服务中心") Boolean culturalCentre,
        @About(value = "exceptions an authority granted for findings on this site", zh = "经批准的豁免", column = "豁免") List<Waiver> waivers) {
}
