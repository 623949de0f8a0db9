package qingdan.model;

import java.util.List;

/**
 * 干部名册: the organisation department's roster of the people on a county's township
 * establishment, reduced to office codes, with the moves out of townships (调配、借调), the
 * township allowance per year and the actions on dispatched bodies' staff. No names, ID numbers,
 * birth dates, addresses or pay: keys for them are refused.
 *
 * @param establishment required: two rules ask whether a move's destination is a township of the plan
 */
@NoPersonalData
public record PersonnelRoster(
        @Inline Header header,
        @Required @About(value = "the establishment plan whose townships this file names (id or relative path)",
                zh = "本名册所列乡镇所属的机构设置方案（id 或相对路径）") String establishment,
        @Required @About(value = "everyone on a township's establishment on as_of; [] allowed", zh = "as_of 当日在乡镇编制上的人员",
                column = "名册") List<Person> people,
        @About(value = "moves out of a township: transfers and secondments", zh = "调出乡镇的调动和借调记录", column = "调配")
        List<Move> moves,
        @About(value = "whether the township allowance was paid, per township and year", zh = "乡镇工作补贴发放情况（按乡镇、年度）",
                column = "补贴") List<Allowance> allowances,
        @About(value = "actions on the staff of dispatched bodies (派驻机构)", zh = "派驻机构人员编制调整、考核、任免记录", column = "派驻")
        List<DispatchedAction> dispatchedActions) implements Catalogue {
}
