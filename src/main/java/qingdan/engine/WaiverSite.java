package qingdan.engine;

import java.time.LocalDate;
import qingdan.engine.facts.Subject;

/** A node that carries waivers, in a catalogue checked as of {@code asOf}. */
public record WaiverSite(Subject subject, LocalDate asOf) {
}
