package qingdan.model;

/** The level of government that issues a catalogue. */
public enum Level implements Term {
    PROVINCE("省级", "province"),
    CITY("市级", "city"),
    COUNTY("县级", "county");

    private final Words words;

    Level(String zh, String code, String... aliases) {
        this.words = Words.of(zh, code, aliases);
    }

    @Override
    public Words words() {
        return words;
    }
}
