package qingdan.model;

import java.util.List;

/** 考核、评比、一票否决事项: what upper levels assess townships on. */
public record AssessmentCatalogue(@Inline Header header, @Required @Label({"事项", "考核事项"}) List<AssessmentItem> items) implements Catalogue {
}
