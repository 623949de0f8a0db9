package qingdan.model;

import java.util.List;

/**
 * 机构编制台账: the staffing office's counts from its 实名制 system, one line per township and
 * post type, with the posts county organs use (乡编县用) and the staffing upper departments
 * demanded. Counts only, never people.
 */
public record StaffingLedger(
        @Inline Header header,
        @About(value = "the establishment plan whose townships the lines name (id or relative path)",
                zh = "台账所列乡镇所属的机构设置方案（id 或相对路径）") String establishment,
        @Required @About(value = "one line per township and post type", zh = "每个乡镇每种编制类型一行", column = "台账")
        List<StaffingLine> lines) implements Catalogue {
}
