package qingdan.model;

import java.time.LocalDate;
import java.util.List;

/** An exception that an authority granted for one finding on one node, with its document. */
public record Waiver(
        Position pos,
        @Required @Label({"规则"}) String rule,
        @Required @OneOrMany @Label({"批准机关"}) List<String> approvedBy,
        @Required @Label({"批准文件"}) String document,
        @Required @Label({"理由"}) String reason,
        @Label({"到期日期"}) LocalDate expires) {
}
