package qingdan.model;

import java.util.List;

/** 乡镇机构设置方案: a county's plan of the institutions each township may have. */
public record EstablishmentPlan(@Inline Header header, @Required @Label({"乡镇"}) List<Township> townships) implements Catalogue {
}
