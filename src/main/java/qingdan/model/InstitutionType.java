package qingdan.model;

/** The type of a township institution. Only party-government and public institutions count against caps. */
public enum InstitutionType implements Term {
    PARTY_GOVERNMENT("党政机构", "party-government"),
    PUBLIC_INSTITUTION("事业单位", "public-institution"),
    PLAQUE("挂牌机构", "plaque"),
    DISPATCHED("派驻机构", "dispatched"),
    STATUTORY("法定机构", "statutory");

    private final Words words;

    InstitutionType(String zh, String code, String... aliases) {
        this.words = Words.of(zh, code, aliases);
    }

    @Override
    public Words words() {
        return words;
    }
}
