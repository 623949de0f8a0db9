package qingdan.model;

import java.util.List;

/**
 * 赋权清单 / 下放事项目录: the powers a county hands to its townships; with {@code level: province}
 * and no policy, a province's guidance catalogue (指导目录).
 *
 * @param guidance      the province's guidance catalogue, by id or relative path
 * @param establishment the plan whose townships {@code to:} may name, by id or relative path
 */
public record DelegationCatalogue(
        @Inline Header header,
        @Label({"发布机关"}) String issuedBy,
        @Label({"指导目录"}) String guidance,
        @Label({"机构设置方案"}) String establishment,
        @Required @Label({"事项", "赋权事项"}) List<DelegationItem> items) implements Catalogue {
}
