package qingdan.pack;

import java.util.Map;
import qingdan.model.Position;
import qingdan.model.Required;

/**
 * A pack's {@code pack.yaml}: data about one policy document, and the rules it implies.
 *
 * @param document   what findings show as {@code source.document}: the number, else the title
 * @param seed       the source text the quotes are taken from
 * @param parameters numbers the document leaves to the adopting county (its masked "x")
 */
record PackFile(
        Position pos,
        @Required String id,
        @Required String document,
        String title,
        String issuer,
        String date,
        String jurisdiction,
        String seed,
        Map<String, ParameterDecl> parameters,
        @Required Map<String, RuleEntry> rules) {

    /**
     * A parameter a pack takes, described for the user who must supply it.
     *
     * @param min the least value the document allows (county-model's expanded cap: never below 7)
     */
    record ParameterDecl(Position pos, String zh, String en, Long min) {
    }

    /**
     * One rule as the pack states it: its name, how grave, where it comes from, and its numbers.
     *
     * @param title a short Chinese name of what the rule checks (党政机构超过限额); every shipped
     *              rule has one, a user's rule may go without
     */
    record RuleEntry(
            Position pos,
            String title,
            @Required Severity severity,
            String clause,
            String quote,
            String document,
            Map<String, Object> params) {
    }
}
