package qingdan.model;

/** One catalogue file, of one of the four kinds. */
public sealed interface Catalogue
        permits EstablishmentPlan, DelegationCatalogue, AssessmentCatalogue, DutyTransferList {
    Header header();
}
