package qingdan.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The keys every catalogue starts with.
 *
 * @param pos        the file's first key; whole-file findings point here
 * @param policy     the packs this catalogue is checked against; empty: reference data only
 * @param parameters pack parameters the catalogue supplies (county-model-2022's masked numbers)
 */
public record Header(
        Position pos,
        @Required @About(value = "the kind of catalogue", zh = "清单类型") @Label({"清单类型"}) Kind kind,
        @About(value = "the catalogue's id, unique in a run; other catalogues refer to it by this", zh = "清单 id（同一次检查中唯一）") @Label({"清单编号"}) String id,
        @About(value = "the title as the office publishes it", zh = "标题") @Label({"标题"}) String title,
        @Required @About(value = "the issuing jurisdiction, province to county (江西省赣州市赣县区)", zh = "所属行政区划") @Label({"行政区域", "辖区"}) String jurisdiction,
        @About(value = "the level of government that issues it", zh = "发布层级") @Label({"发布层级"}) Level level,
        @OneOrMany @About(value = "the packs this catalogue is checked against; absent: reference data only",
                zh = "适用的规则包；不填表示仅作参考数据") @Label({"规则包"}) List<String> policy,
        @About(value = "the day the catalogue describes (YYYY-MM-DD); date-bound rules read it", zh = "清单所描述的日期") @Label({"生效日期"}) LocalDate asOf,
        @About(value = "numbers the pack leaves to the county", zh = "规则包要求县里给出的参数") @Label({"参数"}) Map<String, Long> parameters) {
}
