package qingdan.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.support.Qingdan;

/**
 * A folder walk takes a CSV file with its .header.yaml and skips one without (catalogues.md,
 * "Tables"), and says so as a table, with what would make it a catalogue, not as a YAML file
 * without kind:.
 */
class SkippedTablesTest {
    @TempDir
    Path dir;

    @Test
    void aCsvFileWithoutItsHeaderIsSkippedAndNamedAsATable() {
        Qingdan.write(dir.resolve("duties.header.yaml"), "kind: duty-transfer-list\njurisdiction: 某县\npolicy: tongwei-2020\n");
        String duties = Qingdan.write(dir.resolve("duties.csv"), "编号,事项,交办部门\nZR-01,巡查,县林业局\n");
        String other = Qingdan.write(dir.resolve("other.csv"), "编号,事项,交办部门\nZR-02,巡查,县林业局\n");
        String notes = Qingdan.write(dir.resolve("notes.yaml"), "title: 备忘\n");

        Qingdan.Run en = Qingdan.run("check", "--lang", "en", dir.toString());
        assertEquals(1, en.exit(), en::describe);
        assertTrue(en.out().contains(duties + "\n"), en::describe);
        assertTrue(en.out().contains("skipped 1 YAML file without a top-level kind: (not catalogues): " + notes), en::describe);
        assertTrue(en.out().contains("skipped 1 table that is not a catalogue (a workbook needs a 表头 sheet naming its kind, "
                + "a CSV file its .header.yaml beside it): " + other), en::describe);
        assertTrue(en.out().contains("1 file checked"), en::describe);

        Qingdan.Run zh = Qingdan.run("check", "--lang", "zh", dir.toString());
        assertTrue(zh.out().contains("跳过 1 个不是清单的表格（工作簿需要写明 kind 的“表头”工作表，CSV 文件需要同目录的 .header.yaml）：" + other),
                zh::describe);

        // Named on the command line, it is an input error saying where its header goes.
        Qingdan.Run named = Qingdan.checkJson("--lang", "en", other);
        assertEquals(2, named.exit(), named::describe);
        assertTrue(named.inputErrors(other).get(0).get("message").asText().contains("other.header.yaml"), named::describe);
    }
}
