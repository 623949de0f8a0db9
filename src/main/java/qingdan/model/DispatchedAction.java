package qingdan.model;

import java.time.LocalDate;
import java.util.List;

/** An action on the staff of a dispatched body (派驻机构). */
@NoPersonalData
public record DispatchedAction(
        Position pos,
        @Required @About(value = "the dispatched body, as the plan names it (free text)", zh = "派驻机构", column = "派驻机构") String body,
        @Required @About(value = "the township it is dispatched to", zh = "所在乡镇", column = "乡镇") String township,
        @Required @About(value = "the action", zh = "事项：人员编制调整、工作考核或主要负责同志任免", column = "事项") DispatchedActionType action,
        @Required @About(value = "the day of the action", zh = "日期", column = "日期") LocalDate date,
        @About(value = "the township party committee's opinion; absent: not asked", zh = "乡镇党委意见；不填表示未征求", column = "乡镇党委意见")
        CommitteeOpinion committee,
        @About(value = "exceptions an authority granted for findings on this action", zh = "经批准的豁免", column = "豁免") List<Waiver> waivers) {
}
