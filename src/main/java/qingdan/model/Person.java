package qingdan.model;

import java.time.Year;
import java.util.List;
import java.util.Map;

/**
 * One person on a township's establishment, known by the office's own code.
 *
 * @param townshipYears 乡镇工作经历: completed years of township work up to the roster's as_of
 * @param grades        year: grade in the township organ's annual assessment (年度考核)
 */
@NoPersonalData
public record Person(
        Position pos,
        @Required @About(value = "the office's own code, never an ID number", zh = "单位内部编号（不得填身份证号）", column = "编号") String id,
        @Required @About(value = "a township of the plan", zh = "乡镇（须为机构设置方案中的乡镇）", column = "乡镇") String township,
        @Required @About(value = "the post", zh = "职务", column = "职务") Post post,
        @About(value = "the day appointed (or named acting) to this post", zh = "任现职（含代理）时间", column = "任职时间") java.time.LocalDate appointed,
        @About(value = "completed years of township work up to as_of", zh = "截至 as_of 的乡镇工作年限（整年，向下取整）",
                column = "乡镇工作年限") Integer townshipYears,
        @About(value = "党政正职: experience as the 任职资格 review recorded it at appointment", zh = "党政正职任职资格审核时记录的工作经历")
        AtAppointment atAppointment,
        @About(value = "year: grade in the township organ's annual assessment", zh = "年度：年度考核等次", column = "年度考核")
        Map<Year, Grade> grades,
        @About(value = "exceptions an authority granted for findings on this person", zh = "经批准的豁免", column = "豁免") List<Waiver> waivers) {
}
