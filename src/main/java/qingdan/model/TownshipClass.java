package qingdan.model;

/** 乡镇类别: the class a county assigns each township; caps differ by class. Integers 1–3 are accepted too. */
public enum TownshipClass implements Term {
    ONE("一类", "1"),
    TWO("二类", "2"),
    THREE("三类", "3");

    private final Words words;

    TownshipClass(String zh, String code, String... aliases) {
        this.words = Words.of(zh, code, aliases);
    }

    @Override
    public Words words() {
        return words;
    }
}
