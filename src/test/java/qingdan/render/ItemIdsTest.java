package qingdan.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import qingdan.support.Qingdan;

/** Text and Markdown reports name an item with the id reviewers cite, as the HTML and JSON reports do. */
class ItemIdsTest {

    @Test
    void theTextReportNamesAnItemByItsIdAndATownshipAsBefore() {
        String text = Qingdan.run("check", "--lang", "zh", "catalogues/tongwei-2020/").out();
        assertTrue(text.contains(" one-veto-unapproved 一票否决事项未经批准 [tongwei-2020] TW-KH-06 耕地保护: "), text);
        assertTrue(text.contains(" duty-transfer-unapproved 交由乡镇承担的事项未经审批 [tongwei-2020] ZR-12 城乡居民医保参保征缴: "), text);
        // A person is named by their code alone, and a township has no id.
        assertTrue(text.contains("[tongwei-2020] TW-0301: "), text);
        assertTrue(text.contains(" party-government-cap 党政机构超过限额 [tongwei-2020] 寺子川乡: "), text);
    }

    @Test
    void theMarkdownReportNamesAnItemByItsId() {
        String md = Qingdan.run("check", "--lang", "zh", "--format", "markdown", "catalogues/tongwei-2020/").out();
        assertTrue(md.contains(" | one-veto-unapproved 一票否决事项未经批准 (tongwei-2020) | TW-KH-06 耕地保护 | "), md);
    }
}
