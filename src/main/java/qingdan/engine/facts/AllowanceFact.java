package qingdan.engine.facts;

/** Whether a township's 乡镇工作补贴 was paid one year. */
public record AllowanceFact(String catalogue, Subject subject, int ordinal, String township, int year,
                            boolean paid) implements InTownship {
}
