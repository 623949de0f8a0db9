package qingdan.pack;

import java.util.List;
import java.util.Map;
import qingdan.model.Kind;
import qingdan.model.Position;
import qingdan.model.Required;

/** A {@code NAME.contract.yaml} as written: the contracts of the checks in {@code NAME.drl}. */
record ContractFile(Position pos, @Required Map<String, Entry> checks) {

    /** One check's contract. */
    record Entry(
            Position pos,
            String about,
            String aboutZh,
            String reads,
            @Required List<Kind> kinds,
            List<Join> joins,
            Map<String, ParamEntry> params,
            @Required Map<String, MessageEntry> messages) {
    }

    /** A parameter: {@code {type: whole-number}}, {@code required: false} when a pack may leave it out. */
    record ParamEntry(Position pos, @Required ParamType type, Boolean required) {
    }

    /** One DRL rule's message. */
    record MessageEntry(Position pos, @Required String zh, @Required String en) {
    }
}
