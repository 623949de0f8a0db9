package qingdan.model;

/** The level of government that issues a catalogue. */
public enum Level implements Term {
    PROVINCE("省级", "province"),
    CITY("市级", "city"),
    COUNTY("县级", "county");

    private final String zh;
    private final String code;

    Level(String zh, String code) {
        this.zh = zh;
        this.code = code;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String code() {
        return code;
    }
}
