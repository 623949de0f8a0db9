package qingdan.model;

import java.util.List;

/** Staffing an upper department required of a township, apart from any institution it demanded (人力资源配置). */
public record StaffDemand(
        Position pos,
        @Required @About(value = "the department that required it", zh = "提出要求的上级部门", column = "要求部门") String by,
        @Required @About(value = "how many people", zh = "人数", column = "人数") Integer persons,
        @About(value = "the department's document, if any", zh = "部门文件", column = "文件") String document,
        @About(value = "the special staffing law (机构编制专项法律法规) that allows it, if any", zh = "机构编制专项法律法规依据",
                column = "依据") String basis,
        @About(value = "exceptions an authority granted for findings on this entry", zh = "经批准的豁免", column = "豁免") List<Waiver> waivers) {
}
