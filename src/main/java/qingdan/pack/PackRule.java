package qingdan.pack;

import qingdan.model.Position;

/**
 * One rule of one pack: a check (by id) switched on with the pack's severity, citation and numbers.
 *
 * @param title  the rule's short Chinese name (规则名称) as the pack gives it, what views show beside
 *               the id; null when a user's pack gives none, and a view then shows the id alone
 * @param source null only for the integrity pack's data checks, which no document states
 * @param params the pack's numbers for this rule; a text "$name" stands for a catalogue parameter
 */
public record PackRule(String pack, String id, String title, Severity severity, Citation source, Params params,
                       String file, Position pos) {

    /** A rule without a title. */
    public PackRule(String pack, String id, Severity severity, Citation source, Params params, String file, Position pos) {
        this(pack, id, null, severity, source, params, file, pos);
    }

    /**
     * What a view calls the rule beside its id: the title in Chinese; nothing in English, where
     * the id (English words) is the name, and nothing when the pack gives no title.
     */
    public String title(boolean english) {
        return english ? null : title;
    }
}
