package qingdan.engine.facts;

import java.util.List;
import qingdan.model.Via;

/**
 * A task a county department hands to townships.
 *
 * @param missing the resources that do not go down with it (权、人、钱), as catalogues.md reads
 *                an absent {@code resources} or key: not provided
 */
public record DutyTransferFact(
        String catalogue,
        Subject subject,
        String id,
        int ordinal,
        String from,
        Via via,
        boolean consulted,
        List<String> approvedBy,
        List<Resource> missing) implements Item, Imposed {

    /** A resource that goes down with a task: 权随事转、人随事转、钱随事转. */
    public enum Resource implements qingdan.model.Term {
        POWERS("权限", "powers"), STAFF("人员", "staff"), FUNDS("经费", "funds");

        private final Words words;

        Resource(String zh, String code) {
            this.words = Words.of(zh, code);
        }

        @Override
        public Words words() {
            return words;
        }
    }
}
