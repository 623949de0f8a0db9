package qingdan.engine.facts;

import java.util.List;
import qingdan.model.Position;
import qingdan.model.Waiver;

/**
 * The node a finding is about (a township, institution or item, or a whole file), where it stands,
 * and the waivers written on it.
 *
 * @param node     a stable name of the node within its file, for fingerprints: it survives moves
 * @param item     the id reviewers cite the node by (an item's {@code id}, a person's code); null
 *                 when the node has none (a township, an institution, a whole file)
 * @param township the township the node belongs to (a township itself, its institutions, a
 *                 staffing line, a service site, a person); null for list items and whole files
 */
public record Subject(String file, Position pos, String name, String node, List<Waiver> waivers, String item, String township) {

    /** A node with no id of its own, in no township. */
    public Subject(String file, Position pos, String name, String node, List<Waiver> waivers) {
        this(file, pos, name, node, waivers, null, null);
    }

    /**
     * The same place and waivers, about a group this node stands first in: a township's team or
     * its 优秀 pool, pointed at its first person (new-kinds.md Part C). The group is in the same
     * township; it has no id of its own.
     */
    public Subject forGroup(String groupName, String groupNode) {
        return new Subject(file, pos, groupName, groupNode, waivers, null, township);
    }

    /** The same place, about something else: a whole-file finding about one focus area, say. */
    public Subject about(String otherName) {
        return new Subject(file, pos, otherName, node + "#" + otherName, List.of(), null, township);
    }
}
