package qingdan.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A move out of a township: a transfer (调动, incl. 交流 and 转任) or a secondment (借调). It
 * carries what the rules need, since a person who has left is no longer in {@code people}.
 *
 * @param recruited the day newly recruited (新录用) as a township civil servant; absent: not a new recruit
 * @param committee the township party committee's opinion; absent: not asked
 */
@NoPersonalData
public record Move(
        Position pos,
        @Required @About(value = "the office's code of the person moved", zh = "人员编号", column = "编号") String person,
        @Required @About(value = "the township the person leaves", zh = "调出乡镇", column = "调出乡镇") String from,
        @Required @About(value = "the receiving unit; another township exactly as the plan spells it", zh = "调入单位", column = "调入单位") String to,
        @Required @About(value = "调动 or 借调", zh = "类型：调动或借调", column = "类型") MoveType type,
        @Required @About(value = "the day the move took effect", zh = "生效日期", column = "日期") LocalDate date,
        @Required @About(value = "the post held when moved", zh = "调出时职务", column = "职务") Post post,
        @About(value = "the day newly recruited as a township civil servant; absent: not a new recruit", zh = "新录用日期；不填表示非新录用",
                column = "录用时间") LocalDate recruited,
        @About(value = "the township party committee's opinion; absent: not asked", zh = "乡镇党委意见：同意或不同意；不填表示未征求",
                column = "乡镇党委意见") CommitteeOpinion committee,
        @OneOrMany @About(value = "authorities that approved the move", zh = "批准机关", column = "批准机关") List<String> approvedBy,
        @About(value = "exceptions an authority granted for findings on this move", zh = "经批准的豁免", column = "豁免") List<Waiver> waivers) {
}
