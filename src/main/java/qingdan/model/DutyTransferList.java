package qingdan.model;

import java.util.List;

/** 职责准入清单: tasks county departments hand to townships. */
public record DutyTransferList(@Inline Header header, @Required @Label({"事项", "准入事项"}) List<DutyTransfer> items) implements Catalogue {
}
