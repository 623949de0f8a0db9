package qingdan.report;

import java.time.LocalDate;
import java.util.List;
import qingdan.model.Kind;

/**
 * What a run checked and against what, for the header of a report an office files: the catalogues
 * with their titles and jurisdictions, the documents whose rules ran, and the dates.
 *
 * @param checkDate  the date of the check, which waivers expire against: {@code --as-of}, else the
 *                   day of the run; null when not known (a report built by hand)
 * @param asOfGiven  true when {@code --as-of} set the dates, so the report does not depend on the day
 *                   it was made
 * @param catalogues the catalogue files named on the command line, by file
 * @param documents  the documents whose rules ran, by pack (built-in packs last)
 */
public record Scope(LocalDate checkDate, boolean asOfGiven, List<Catalogue> catalogues, List<Document> documents) {

    /** No header: a report built without a run. */
    public static final Scope NONE = new Scope(null, false, List.of(), List.of());

    /** Where a catalogue's judging date came from (cli.md: {@code --as-of}, else its as_of, else today). */
    public enum DateSource {
        /** {@code --as-of}. */
        OPTION,
        /** the catalogue's own {@code as_of}. */
        CATALOGUE,
        /** neither: the day of the run. */
        TODAY
    }

    /**
     * One catalogue checked.
     *
     * @param kind     its kind; null when it could not be read (its input errors say why), and so
     *                 are title, jurisdiction and judgedAt
     * @param title    its {@code title}, or null
     * @param judgedAt the date its date-bound rules were judged at; null when no rule ran on it
     *                 (reference data, {@code --format-only})
     * @param packs    the packs it was checked against, built-in ones included; empty for reference data
     */
    public record Catalogue(String file, String id, Kind kind, String title, String jurisdiction, LocalDate judgedAt,
                            DateSource judgedFrom, List<String> packs) {
    }

    /**
     * One document applied, as its pack describes it.
     *
     * @param number the document's number (通办发〔2020〕6号), or its name where it has none
     * @param cited  the laws its rules cite by their own names (the national-law pack's), else empty
     */
    public record Document(String pack, String number, String title, String issuer, String date, List<String> cited) {
    }
}
