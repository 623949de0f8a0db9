package qingdan.model;

import java.util.List;

/**
 * 服务事项: one service of a public-service catalogue.
 *
 * @param domain        the task the item serves, compared exactly with the tasks a pack requires
 * @param inServiceHall handled in the township's 便民服务中心; absent: not recorded
 */
public record ServiceItem(
        Position pos,
        @Required @About(value = "the platform's item code (事项编码), or the office's own", zh = "事项编码", column = "事项编码") String id,
        @Required @About(value = "the item's name", zh = "事项名称", column = "事项名称") String name,
        @About(value = "the basic public-service area; absent: none", zh = "基本公共服务领域；不填表示无", column = "服务领域") ServiceArea area,
        @About(value = "the task the item serves (free text, compared exactly)", zh = "事项所服务的任务（自由文本，精确比较）",
                column = "任务领域") String domain,
        @About(value = "who provides it (实施主体)", zh = "实施主体", column = "实施主体") String provider,
        @About(value = "the laws and policies it rests on (政策法规依据)", zh = "政策法规依据", column = "设定依据") String basis,
        @About(value = "who it serves (服务对象)", zh = "服务对象", column = "服务对象") String recipients,
        @About(value = "conditions and materials (有关要求)", zh = "办理条件、申请材料等有关要求", column = "办理条件") String requirements,
        @About(value = "handled in the township service hall; absent: not recorded", zh = "是否进驻乡镇便民服务中心办理；不填表示未记录",
                column = "进驻便民服务中心") Boolean inServiceHall,
        @About(value = "the service guide (办事指南): its number, title or address; absent: none", zh = "办事指南的编号、标题或地址；不填表示无",
                column = "办事指南") String guide,
        @About(value = "exceptions an authority granted for findings on this item", zh = "经批准的豁免", column = "豁免") List<Waiver> waivers) {
}
