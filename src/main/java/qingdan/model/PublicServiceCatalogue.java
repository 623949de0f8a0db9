package qingdan.model;

import java.util.List;

/**
 * 公共服务事项目录 / 乡镇政务服务事项清单: the services a county's townships provide, with an
 * optional ledger of village service points (村级便民服务点台账).
 *
 * @param establishment the plan whose townships {@code sites} name, by id or relative path
 * @param items         the services; empty: the file is a site ledger only
 */
public record PublicServiceCatalogue(
        @Inline Header header,
        @About(value = "the establishment plan whose townships the sites name (id or relative path)",
                zh = "站点所列乡镇所属的机构设置方案（id 或相对路径）") String establishment,
        @Required @About(value = "the services; [] makes the file a site ledger only", zh = "服务事项；[] 表示本文件只是站点台账",
                column = "事项") List<ServiceItem> items,
        @About(value = "village service points, one per village or community", zh = "村（社区）便民服务站点台账，每村（社区）一行",
                column = "站点") List<ServiceSite> sites) implements Catalogue {
}
