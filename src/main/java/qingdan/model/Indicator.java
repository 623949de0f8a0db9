package qingdan.model;

/** An indicator of an assessment scheme; {@code main} marks a main indicator (主要指标). */
public record Indicator(Position pos, @Required @Label({"指标名称"}) String name, @Label({"权重"}) Double weight, @Label({"主要指标"}) Boolean main) {
}
