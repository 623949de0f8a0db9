package qingdan.model;

/** An indicator of an assessment scheme; {@code main} marks a main indicator (主要指标). */
public record Indicator(Position pos, @Required String name, Double weight, Boolean main) {
}
