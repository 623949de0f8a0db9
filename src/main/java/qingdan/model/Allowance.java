package qingdan.model;

import java.time.Year;
import java.util.List;

/** 乡镇工作补贴: whether a township's allowance was paid one year; no amounts, no persons. */
@NoPersonalData
public record Allowance(
        Position pos,
        @Required @About(value = "the township", zh = "乡镇", column = "乡镇") String township,
        @Required @About(value = "the year", zh = "年度", column = "年度") Year year,
        @Required @About(value = "false: not paid that year, or not to all the township's staff", zh = "是否足额发放；false 表示未发放或未发给全部人员",
                column = "已发放") Boolean paid,
        @About(value = "exceptions an authority granted for findings on this entry", zh = "经批准的豁免", column = "豁免") List<Waiver> waivers) {
}
