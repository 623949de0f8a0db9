package qingdan.pack;

import java.util.Map;
import java.util.Set;
import qingdan.model.Kind;
import qingdan.model.Position;

/**
 * What a check promises, as data beside its DRL ({@code NAME.contract.yaml} beside {@code NAME.drl}):
 * the catalogue kinds it reads, the parameters a pack gives it, its messages, and what it reads
 * beyond its own catalogue. Packs are checked against contracts when they load, before any
 * catalogue is read, so a pack's mistake is an input error at its line, never a failed run.
 *
 * @param params   by parameter name
 * @param messages by DRL rule name: the check's rules, each with its message
 * @param joins    what it reads beyond the checked catalogue; {@link Join#ANY} when undeclared
 * @param about    what it checks, for {@code explain} (English), or null
 * @param aboutZh  the same in Chinese, or null
 * @param reads    the catalogue keys it reads, for {@code explain}, or null
 * @param file     the contract file, as messages name it
 * @param folder   the folder it is in, as messages name it (its DRL is there too)
 * @param shipped  true for qingdan's own checks
 */
public record CheckContract(String id, Set<Kind> kinds, Map<String, Param> params, Map<String, Message> messages,
                            Set<Join> joins, String about, String aboutZh, String reads, String file, String folder, Position pos,
                            boolean shipped) {

    /** A parameter: its type, and whether every pack must give it. */
    public record Param(ParamType type, boolean required) {
    }

    /** A finding's words, with {0}, {1}… filled from the arguments the rule passes. */
    public record Message(String zh, String en) {
    }
}
