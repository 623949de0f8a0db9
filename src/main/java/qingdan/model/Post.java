package qingdan.model;

/** 职务: a person's post on a township's establishment; 党委书记 and 乡镇长 are the 党政正职. */
public enum Post implements Term {
    PARTY_SECRETARY("党委书记", "party-secretary"),
    HEAD("乡镇长", "head", "乡长", "镇长"),
    TEAM_MEMBER("班子成员", "team-member"),
    CIVIL_SERVANT("公务员", "civil-servant"),
    INSTITUTION_STAFF("事业人员", "institution-staff");

    private final Words words;

    Post(String zh, String code, String... aliases) {
        this.words = Words.of(zh, code, aliases);
    }

    @Override
    public Words words() {
        return words;
    }
}
