package qingdan.model;

/** The kinds of catalogue qingdan reads. */
public enum Kind implements Term {
    ESTABLISHMENT_PLAN("乡镇机构设置方案", "establishment-plan"),
    DELEGATION_CATALOGUE("赋权清单", "delegation-catalogue"),
    ASSESSMENT_CATALOGUE("考核事项清单", "assessment-catalogue"),
    DUTY_TRANSFER_LIST("职责准入清单", "duty-transfer-list"),
    PUBLIC_SERVICE_CATALOGUE("公共服务事项目录", "public-service-catalogue"),
    STAFFING_LEDGER("机构编制台账", "staffing-ledger"),
    PERSONNEL_ROSTER("干部名册", "personnel-roster");

    private final Words words;

    Kind(String zh, String code, String... aliases) {
        this.words = Words.of(zh, code, aliases);
    }

    @Override
    public Words words() {
        return words;
    }

    /** The record a catalogue of this kind binds to; a new kind cannot compile without one. */
    public Class<? extends Catalogue> recordType() {
        return switch (this) {
            case ESTABLISHMENT_PLAN -> EstablishmentPlan.class;
            case DELEGATION_CATALOGUE -> DelegationCatalogue.class;
            case ASSESSMENT_CATALOGUE -> AssessmentCatalogue.class;
            case DUTY_TRANSFER_LIST -> DutyTransferList.class;
            case PUBLIC_SERVICE_CATALOGUE -> PublicServiceCatalogue.class;
            case STAFFING_LEDGER -> StaffingLedger.class;
            case PERSONNEL_ROSTER -> PersonnelRoster.class;
        };
    }
}
