package qingdan.engine.facts;

import java.util.List;
import qingdan.model.Position;
import qingdan.model.Waiver;

/**
 * The node a finding is about (a township, institution or item, or a whole file), where it stands,
 * and the waivers written on it.
 *
 * @param node a stable name of the node within its file, for fingerprints: it survives moves
 */
public record Subject(String file, Position pos, String name, String node, List<Waiver> waivers) {

    /**
     * The same place and waivers, about a group this node stands first in: a township's team or
     * its 优秀 pool, pointed at its first person (new-kinds.md Part C).
     */
    public Subject forGroup(String groupName, String groupNode) {
        return new Subject(file, pos, groupName, groupNode, waivers);
    }

    /** The same place, about something else: a whole-file finding about one focus area, say. */
    public Subject about(String otherName) {
        return new Subject(file, pos, otherName, node + "#" + otherName, List.of());
    }
}
