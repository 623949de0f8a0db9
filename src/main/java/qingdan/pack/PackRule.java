package qingdan.pack;

import qingdan.model.Position;

/**
 * One rule of one pack: a check (by id) switched on with the pack's severity, citation and numbers.
 *
 * @param source null only for the integrity pack's data checks, which no document states
 * @param params the pack's numbers for this rule; a text "$name" stands for a catalogue parameter
 */
public record PackRule(String pack, String id, Severity severity, Citation source, Params params,
                       String file, Position pos) {
}
