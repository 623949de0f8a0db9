package qingdan.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qingdan.model.Kind;
import qingdan.support.Qingdan;

/** {@code qingdan template}, and workbooks built to hurt the reader. */
class TemplateAndHostileTablesTest {
    @TempDir
    Path dir;

    @Test
    void everyKindHasATemplateWithInstructionsLabelsAndDropDowns() throws Exception {
        for (Kind k : Kind.values()) {
            Path out = dir.resolve(k.code() + ".xlsx");
            Qingdan.Run run = Qingdan.run("template", k.code(), "--output", out.toString());
            assertEquals(0, run.exit(), run::describe);
            List<Sheet> sheets = new XlsxReader().read(out, Files.readAllBytes(out));
            Columns.Layout layout = Columns.of(k);
            Sheet notes = TableReader.find(sheets, "说明");
            assertNotNull(notes, k.code());
            assertTrue(notes.get(1, 1).text().contains(k.zh()), k.code());
            Sheet header = TableReader.find(sheets, "表头");
            assertEquals(k.code(), header.get(1, 2).text());
            Sheet list = TableReader.find(sheets, layout.sheet());
            assertEquals(layout.columns().size(), list.row(1).size());
            assertEquals(layout.columns().get(0).label(), list.get(1, 1).text());
            String xml;
            try (ZipFile z = new ZipFile(out.toFile())) {
                xml = new String(z.getInputStream(z.getEntry("xl/worksheets/sheet3.xml")).readAllBytes(), StandardCharsets.UTF_8);
            }
            long enums = layout.columns().stream().filter(c -> c.form() == Columns.Form.TERM || c.form() == Columns.Form.BOOLEAN).count();
            assertTrue(enums > 0);
            assertEquals(enums, xml.split("<dataValidation ", -1).length - 1, k.code() + ": one drop-down per enumerated column");
            assertTrue(xml.contains("type=\"list\""));
            // An empty template is a catalogue with nothing in it yet: checking it names what is missing, not a crash.
            Qingdan.Run check = Qingdan.checkJson(out.toString());
            assertEquals(2, check.exit(), check::describe);
        }
        Qingdan.Run again = Qingdan.run("template", "establishment-plan", "--output", dir.resolve("x/plan.xlsx").toString());
        assertEquals(0, again.exit(), again::describe);
        Qingdan.Run unknown = Qingdan.run("template", "plan");
        assertEquals(2, unknown.exit(), unknown::describe);
    }

    @Test
    void aTemplateIsWrittenOverAFileOnlyWhenOutputNamesIt() throws Exception {
        Path out = dir.resolve("t.xlsx");
        Files.writeString(out, "mine");
        assertEquals(0, Qingdan.run("template", "assessment-catalogue", "--output", out.toString()).exit());
        assertTrue(Files.size(out) > 1000);
    }

    private Path zip(String name, String... partsAndTexts) throws IOException {
        Path p = dir.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
            for (int i = 0; i < partsAndTexts.length; i += 2) {
                z.putNextEntry(new ZipEntry(partsAndTexts[i]));
                z.write(partsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return p;
    }

    @Test
    void aZipBombIsRefusedBeforeItFillsMemory() throws IOException {
        Path p = dir.resolve("bomb.xlsx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
            z.putNextEntry(new ZipEntry("xl/workbook.xml"));
            z.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) { // 300 MiB of nothing, a few hundred KiB packed
                z.write(zeros);
            }
            z.closeEntry();
        }
        assertTrue(Files.size(p) < 2 << 20);
        TableProblem e = assertThrows(TableProblem.class, () -> new XlsxReader().read(p, Files.readAllBytes(p)));
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
        Qingdan.Run run = Qingdan.checkJson(p.toString());
        assertEquals(2, run.exit(), run::describe);
        assertTrue(run.inputErrors(p.toString()).get(0).get("message").asText().contains("压缩炸弹"), run::describe);
    }

    @Test
    void externalEntitiesAreNeverRead() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String doctype = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>";
        Path p = zip("xxe.xlsx",
                "xl/workbook.xml", "<workbook xmlns:r=\"r\"><sheets><sheet name=\"表头\" r:id=\"rId1\"/></sheets></workbook>",
                "xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>",
                "xl/sharedStrings.xml", doctype + "<sst><si><t>&s;</t></si></sst>",
                "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>");
        Qingdan.Run run = Qingdan.checkJson(p.toString());
        assertEquals(2, run.exit(), run::describe);
        assertFalse(run.out().contains("TOP-SECRET"), run::describe);
    }

    @Test
    void anEncryptedWorkbookIsAnInputError() throws IOException {
        Path p = dir.resolve("locked.xlsx");
        byte[] cfb = new byte[512];
        cfb[0] = (byte) 0xD0;
        cfb[1] = (byte) 0xCF;
        cfb[2] = 0x11;
        cfb[3] = (byte) 0xE0;
        Files.write(p, cfb);
        Qingdan.Run run = Qingdan.checkJson(p.toString());
        assertEquals(2, run.exit(), run::describe);
        assertTrue(run.inputErrors(p.toString()).get(0).get("message").asText().contains("加密"), run::describe);
        Files.write(p, "kind: establishment-plan".getBytes(StandardCharsets.UTF_8));
        Qingdan.Run notZip = Qingdan.checkJson(p.toString());
        assertTrue(notZip.inputErrors(p.toString()).get(0).get("message").asText().contains(".xlsx"), notZip::describe);
    }

    @Test
    void aMacroWorkbookIsReadAsData() throws IOException {
        // The macro part is never opened: only the parts that hold cells are read.
        Path yaml = Path.of("catalogues/examples/clean-assessment-catalogue.yaml");
        Path x = dir.resolve("clean.xlsx");
        assertEquals(0, Qingdan.run("convert", yaml.toString(), "--to", "xlsx", "--output", x.toString()).exit());
        Path m = dir.resolve("clean.xlsm");
        try (ZipFile in = new ZipFile(x.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(m))) {
            for (var e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry ze = e.nextElement();
                out.putNextEntry(new ZipEntry(ze.getName()));
                in.getInputStream(ze).transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("xl/vbaProject.bin"));
            out.write(new byte[] {1, 2, 3});
            out.closeEntry();
        }
        Qingdan.Run run = Qingdan.checkJson(m.toString());
        assertEquals(0, run.json().get("inputErrors").size(), run::describe);
    }
}
