package qingdan.model;

/** One catalogue file, of one of the kinds. */
public sealed interface Catalogue
        permits EstablishmentPlan, DelegationCatalogue, AssessmentCatalogue, DutyTransferList,
        PublicServiceCatalogue, StaffingLedger, PersonnelRoster {
    Header header();
}
