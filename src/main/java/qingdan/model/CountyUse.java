package qingdan.model;

import java.util.List;

/** 乡编县用: people on a township's posts who work in a county organ. */
public record CountyUse(
        Position pos,
        @Required @About(value = "the county organ, as the ledger names it", zh = "使用乡镇编制的县级机关", column = "县级机关") String organ,
        @Required @About(value = "how many people", zh = "人数", column = "人数") Integer persons,
        @About(value = "exceptions an authority granted for findings on this entry", zh = "经批准的豁免", column = "豁免") List<Waiver> waivers) {
}
