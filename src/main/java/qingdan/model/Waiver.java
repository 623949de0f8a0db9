package qingdan.model;

import java.time.LocalDate;
import java.util.List;

/** An exception that an authority granted for one finding on one node, with its document. */
public record Waiver(
        Position pos,
        @Required String rule,
        @Required @OneOrMany List<String> approvedBy,
        @Required String document,
        @Required String reason,
        LocalDate expires) {
}
