package qingdan.model;

import java.util.List;

/**
 * One task a county department hands to townships.
 *
 * @param consulted  the townships were heard (听取基层意见); absent: not heard
 * @param approvedBy who approved the transfer
 * @param resources  what goes down with the task; absent: nothing
 */
public record DutyTransfer(
        Position pos,
        @Required String id,
        @Required String task,
        @Required String from,
        Via via,
        Boolean consulted,
        @OneOrMany List<String> approvedBy,
        Resources resources,
        List<Waiver> waivers) {
}
