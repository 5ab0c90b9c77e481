package vn.kdclgd.smas.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.smas.internal.legacy.LegacyEncoding;
import vn.kdclgd.smas.testing.RawXlsx;

/**
 * Every kind of xlsx cell, read by fastexcel-reader ({@link XlsxSource}) and by kdclgd's reader
 * ({@link XlsxStreamSource}, strings on the heap and spilled): each must give exactly the expected rows,
 * statistics or error — so they agree, and each is right on its own.
 */
class XlsxCellKindsTest {
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** Cell styles: 0 general, 1 built-in date 14, 2 font .VnTime, 3 custom date dd/mm/yyyy, 4 custom 0.00, 5 built-in 22. */
    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
            + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"0.00\"/></numFmts>"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
            + "<font><sz val=\"12\"/><name val=\".VnTime\"/></font></fonts>"
            + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
            + "<borders count=\"1\"><border/></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"6\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"22\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "</cellXfs></styleSheet>";
    /** Three columns, 20 characters a cell (fewer would make ZipGuard refuse the worksheet's start tag). */
    private static final ReadLimits SMALL = new ReadLimits(200L << 20, 1L << 30, 200, 100, 3, 20);

    @TempDir
    Path dir;

    /** One workbook and what reading its sheet must give. */
    static final class Case {
        final String name;
        String sheetData = "";
        String beforeData = "";
        final List<String> items = new ArrayList<>();
        boolean date1904;
        String sheetPart;
        boolean utf16;
        ReadLimits limits = ReadLimits.defaults();
        List<RawRow> rows = List.of();
        Set<Integer> hidden = Set.of();
        Map<String, Integer> legacy = Map.of();
        String errorCode;
        String errorWhere;

        Case(String name) {
            this.name = name;
        }

        /** The shared strings, each the inside of an {@code <si>}. */
        Case sst(String... si) {
            items.addAll(Arrays.asList(si));
            return this;
        }

        Case data(String xml) {
            sheetData = xml;
            return this;
        }

        Case before(String xml) {
            beforeData = xml;
            return this;
        }

        /** The whole sheet part instead of {@code <worksheet>…<sheetData>} around {@link #data}. */
        Case sheetPart(String xml) {
            sheetPart = xml;
            return this;
        }

        /** The sheet part written in UTF-16 (with a byte-order mark, declared as such). */
        Case utf16() {
            utf16 = true;
            return this;
        }

        Case date1904() {
            date1904 = true;
            return this;
        }

        Case limits(ReadLimits l) {
            limits = l;
            return this;
        }

        Case rows(RawRow... expected) {
            rows = List.of(expected);
            return this;
        }

        Case hidden(Integer... columns) {
            hidden = Set.of(columns);
            return this;
        }

        Case legacy(Map<String, Integer> conversions) {
            legacy = conversions;
            return this;
        }

        /** Reading fails with {@code code} at {@code where} (after {@code k.xlsx sheet "HocSinh" }). */
        Case fails(String code, String where) {
            errorCode = code;
            errorWhere = "k.xlsx sheet \"HocSinh\" " + where;
            return this;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Case c(String name) {
        return new Case(name);
    }

    private static RawRow row(int number, RawCell... cells) {
        return new RawRow(number, List.of(cells));
    }

    private static RawCell text(int column, String text) {
        return new RawCell(column, text, null, false, null);
    }

    private static RawCell tcvn3(int column, String text) {
        return new RawCell(column, text, null, false, "TCVN3");
    }

    private static RawCell num(int column, String text, double value) {
        return new RawCell(column, text, value, false, null);
    }

    private static RawCell date(int column, String text, double value) {
        return new RawCell(column, text, value, true, null);
    }

    private static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    static Stream<Case> cases() {
        return Stream.of(
                c("shared string").sst("<t>An</t>", "<t>Bình</t>")
                        .data("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c><c r=\"B1\" t=\"s\"><v>0</v></c></row>")
                        .rows(row(1, text(0, "Bình"), text(1, "An"))),
                c("rich text: runs concatenated, phonetic runs ignored")
                        .sst("<r><rPr><b/></rPr><t>Nguyễn </t></r><r><t>Văn</t></r><r><t xml:space=\"preserve\"> An</t></r>"
                                + "<rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh><phoneticPr fontId=\"1\"/>")
                        .data("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
                        .rows(row(1, text(0, "Nguyễn Văn An"))),
                c("white space kept, with or without xml:space")
                        .sst("<t xml:space=\"preserve\">  An  </t>", "<t> B\n</t>")
                        .data("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>")
                        .rows(row(1, text(0, "  An  "), text(1, " B\n"))),
                c("escapes, character references and CDATA").sst("<t>&lt;b&gt; &amp; &#7843;<![CDATA[x<y]]></t>")
                        .data("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                                + "<c r=\"B1\" t=\"inlineStr\"><is><t>&quot;6A&quot;</t></is></c></row>")
                        .rows(row(1, text(0, "<b> & ảx<y"), text(1, "\"6A\""))),
                c("a shared-string index with spaces around it: damaged, as fastexcel-reader reads it")
                        .sst("<t>An</t>")
                        .data("<row r=\"1\"><c r=\"A1\" t=\"s\"><v> 0 </v></c></row>")
                        .fails(ReadErrors.DAMAGED, "row 1"),
                c("other writers' XML: CR LF and CR become LF in text (a character reference stays), single quotes, spaces and "
                        + "line breaks in tags, comments and processing instructions anywhere")
                        .sst("<t>a\r\nb\rc&#13;d</t>")
                        .data("<row r='1' ><c r = \"A1\" t='s' ><v>0</v></c ><!-- c -->"
                                + "<c\tr=\"B1\"\nt=\"inlineStr\"><!-- x --><is><t>p<!-- y -->q<?pi?>r</t></is></c></row >")
                        .rows(row(1, text(0, "a\nb\nc\rd"), text(1, "pqr"))),
                c("CDATA edges and references of every kind")
                        .data("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t><![CDATA[a]]]><![CDATA[]]>]]&gt;</t></is></c>"
                                + "<c r=\"B1\" t=\"inlineStr\"><is><t>&#x1EA3;&#7843;&#x1F600;&apos;</t></is></c></row>")
                        .rows(row(1, text(0, "a]]]>"), text(1, "ảả\uD83D\uDE00'"))),
                c("namespace prefixes on elements and attributes")
                        .sheetPart("<?xml version=\"1.0\" encoding=\"UTF-8\"?><x:worksheet xmlns:x=\"" + MAIN_NS + "\" xmlns:r=\""
                                + REL_NS + "\"><x:sheetData><x:row r=\"2\"><x:c r=\"A2\" t=\"inlineStr\"><x:is><x:t>An</x:t></x:is></x:c>"
                                + "</x:row></x:sheetData></x:worksheet>")
                        .rows(row(2, text(0, "An"))),
                c("a sheet part in UTF-16").utf16().sst("<t>Bình</t>")
                        .data("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>" + inline("B1", "Nguyễn") + "</row>")
                        .rows(row(1, text(0, "Bình"), text(1, "Nguyễn"))),
                c("an undeclared entity in a sheet: damaged at its row")
                        .data("<row r=\"1\">" + inline("A1", "a") + "</row><row r=\"2\">" + inline("A2", "&nbsp;") + "</row>")
                        .fails(ReadErrors.DAMAGED, "row 2"),
                c("a mismatched end tag: damaged at its row")
                        .data("<row r=\"1\">" + inline("A1", "a") + "</row><row r=\"2\"><c r=\"A2\"><v>1</v></x></row>")
                        .fails(ReadErrors.DAMAGED, "row 2"),
                c("a character reference XML does not allow: damaged at its row")
                        .data("<row r=\"1\">" + inline("A1", "a&#1;b") + "</row>")
                        .fails(ReadErrors.DAMAGED, "row 1"),
                c("empty shared string and index past the end: no cell").sst("<t/>", "<t>x</t>")
                        .data("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>7</v></c>"
                                + "<c r=\"C1\" t=\"s\"><v></v></c><c r=\"D1\" t=\"s\"/><c r=\"E1\" t=\"s\"><v>1</v></c></row>")
                        .rows(row(1, text(4, "x"))),
                c("negative shared-string index: damaged").sst("<t>x</t>")
                        .data("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>-1</v></c></row>")
                        .fails(ReadErrors.DAMAGED, "row 2"),
                c("a shared-strings part malformed halfway fails at the row that needs a string after the fault")
                        .sst("<t>An</t>", "<t>x &bogus; y</t>", "<t>Chi</t>")
                        .data("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                                + "<row r=\"5\"><c r=\"A5\" t=\"s\"><v>2</v></c></row>")
                        .fails(ReadErrors.DAMAGED, "row 2"),
                c("inline strings, rich inline text")
                        .data("<row r=\"1\">" + inline("A1", "Lớp 6A")
                                + "<c r=\"B1\" t=\"inlineStr\"><is><r><t>a</t></r><r><t xml:space=\"preserve\"> b</t></r></is></c>"
                                + "<c r=\"C1\" t=\"inlineStr\"><is><t></t></is></c><c r=\"D1\" t=\"inlineStr\"/></row>")
                        .rows(row(1, text(0, "Lớp 6A"), text(1, "a b"))),
                c("formulas give their cached value: str, number, boolean, error")
                        .data("<row r=\"1\"><c r=\"A1\" t=\"str\"><f>B1&amp;C1</f><v>AnBình</v></c>"
                                + "<c r=\"B1\"><f>2+3</f><v>5</v></c><c r=\"C1\" t=\"b\"><f>1=1</f><v>1</v></c>"
                                + "<c r=\"D1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c><c r=\"E1\"><f>A1</f></c>"
                                + "<c r=\"F1\" t=\"str\"><f>\"\"</f><v></v></c><c r=\"G1\" s=\"1\"><f>TODAY()</f><v>40315</v></c></row>")
                        .rows(row(1, text(0, "AnBình"), num(1, "5", 5), text(2, "TRUE"), text(3, "#DIV/0!"),
                                date(6, "40315", 40315))),
                c("shared formulas: the group's other cells are formulas too")
                        .data("<row r=\"1\"><c r=\"A1\"><f t=\"shared\" ref=\"A1:A3\" si=\"0\">B1*2</f><v>2</v></c></row>"
                                + "<row r=\"2\"><c r=\"A2\"><f t=\"shared\" si=\"0\"/><v>4</v></c></row>"
                                + "<row r=\"3\"><c r=\"A3\" t=\"b\"><f t=\"shared\" si=\"0\"/></c><c r=\"B3\" t=\"b\"/></row>")
                        .rows(row(1, num(0, "2", 2)), row(2, num(0, "4", 4)), row(3, text(1, "FALSE"))),
                c("booleans and errors, also unparsable values")
                        .data("<row r=\"1\"><c r=\"A1\" t=\"b\"><v>0</v></c><c r=\"B1\" t=\"b\"><v>1</v></c>"
                                + "<c r=\"C1\" t=\"e\"><v>#N/A</v></c><c r=\"D1\" t=\"b\"><v>yes</v></c>"
                                + "<c r=\"E1\"><v>abc</v></c><c r=\"F1\" t=\"e\"/><c r=\"G1\" t=\"b\"><f>X1</f><v>2</v></c></row>")
                        .rows(row(1, text(0, "FALSE"), text(1, "TRUE"), text(2, "#N/A"), text(3, "yes"), text(4, "abc"))),
                c("numbers").data("<row r=\"1\"><c r=\"A1\"><v>1234567</v></c><c r=\"B1\" t=\"n\"><v>0.30000000000000004</v></c>"
                                + "<c r=\"C1\"><v>1E20</v></c><c r=\"D1\"><v>-42.5</v></c><c r=\"E1\"><v></v></c><c r=\"F1\"/>"
                                + "<c r=\"G1\" s=\"4\"><v>7.25</v></c></row>")
                        .rows(row(1, num(0, "1234567", 1234567), num(1, "0.3", 0.30000000000000004),
                                num(2, "100000000000000000000", 1e20), num(3, "-42.5", -42.5), num(6, "7.25", 7.25))),
                c("dates: built-in and custom date formats; a custom number format or no style is not a date")
                        .data("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>40315</v></c><c r=\"B1\" s=\"3\"><v>40316</v></c>"
                                + "<c r=\"C1\" s=\"5\"><v>40316.5</v></c><c r=\"D1\" s=\"4\"><v>40315</v></c>"
                                + "<c r=\"E1\"><v>40315</v></c><c r=\"F1\" s=\"1\"><v>-5</v></c><c r=\"G1\" s=\"99\"><v>1</v></c></row>")
                        .rows(row(1, date(0, "40315", 40315), date(1, "40316", 40316), date(2, "40316.5", 40316.5),
                                num(3, "40315", 40315), num(4, "40315", 40315), num(5, "-5", -5), num(6, "1", 1))),
                c("1904 date system: dates moved to the 1900 system, plain numbers not").date1904()
                        .data("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>38853</v></c><c r=\"B1\"><v>38853</v></c></row>")
                        .rows(row(1, date(0, "40315", 40315), num(1, "38853", 38853))),
                c("rows without r are numbered as XlsxSource numbers them")
                        .data("<row>" + inline("A1", "a") + "</row><row r=\"3\">" + inline("A3", "b") + "</row>"
                                + "<row>" + inline("A4", "c") + "</row><row/><row r=\"2\">" + inline("A2", "d") + "</row>"
                                + "<row>" + inline("A9", "e") + "</row>")
                        .rows(row(1, text(0, "a")), row(3, text(0, "b")), row(4, text(0, "c")), row(6, text(0, "d")),
                                row(7, text(0, "e"))),
                c("cells without r take the next column; $ references; out of order and repeated cells")
                        .data("<row r=\"1\"><c t=\"inlineStr\"><is><t>a</t></is></c><c r=\"C1\"><v>1</v></c><c><v>2</v></c>"
                                + "<c r=\"$F$1\"><v>3</v></c><c r=\"b1\"><v>4</v></c><c r=\"D1\"><v>9</v></c></row>")
                        .rows(row(1, text(0, "a"), num(1, "4", 4), num(2, "1", 1), num(3, "9", 9), num(5, "3", 3))),
                c("hidden columns")
                        .before("<cols><col min=\"1\" max=\"1\" width=\"9\"/><col min=\"2\" max=\"3\" hidden=\"1\"/>"
                                + "<col min=\"5\" max=\"5\" hidden=\"true\"/></cols>")
                        .data("<row r=\"1\">" + inline("A1", "a") + inline("B1", "b") + "</row>")
                        .rows(row(1, text(0, "a"), text(1, "b"))).hidden(1, 2, 4),
                c("TCVN3 font cells are converted, by each cell's own style").sst("<t>NguyÔn V¨n An</t>")
                        .data("<row r=\"1\"><c r=\"A1\" t=\"s\" s=\"2\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>0</v></c>"
                                + "<c r=\"C1\" t=\"inlineStr\" s=\"2\"><is><t>Líp 6A</t></is></c>"
                                + "<c r=\"D1\" t=\"str\" s=\"2\"><f>A1</f><v>Hä tªn</v></c><c r=\"E1\" s=\"2\"><v>5</v></c></row>")
                        .rows(row(1, tcvn3(0, "Nguyễn Văn An"), text(1, "NguyÔn V¨n An"), tcvn3(2, "Lớp 6A"),
                                tcvn3(3, "Họ tên"), num(4, "5", 5)))
                        .legacy(Map.of("TCVN3", 3)),
                c("empty sheet data").data("").rows(),
                c("a cell longer than the limit, from a rich shared string").limits(SMALL)
                        .sst("<t>ok</t>", "<r><t>0123456789</t></r><r><t>ABCDEFGHIJ</t></r><r><t>X</t></r>")
                        .data("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>1</v></c></row>")
                        .fails(ReadErrors.CELL_TOO_LONG, "row 2 column B"),
                c("an inline cell longer than the limit").limits(SMALL)
                        .data("<row r=\"4\">" + inline("C4", "hai mươi mốt ký tự nhé") + "</row>")
                        .fails(ReadErrors.CELL_TOO_LONG, "row 4 column C"),
                c("exactly at the limits").limits(SMALL).sst("<t>0123456789ABCDEFGHIJ</t>")
                        .data("<row r=\"1\"><c r=\"C1\" t=\"s\"><v>0</v></c><c r=\"D1\" t=\"s\"><v>9</v></c><c r=\"E1\"/></row>")
                        .rows(row(1, text(2, "0123456789ABCDEFGHIJ"))),
                c("a cell beyond the column limit").limits(SMALL)
                        .data("<row r=\"1\">" + inline("A1", "a") + "</row><row r=\"2\">" + inline("A2", "a")
                                + "<c r=\"XFD2\"><v>1</v></c>" + inline("D2", "d") + "</row>")
                        .fails(ReadErrors.TOO_MANY_COLUMNS, "row 2 column D"),
                c("too many rows").limits(new ReadLimits(200L << 20, 1L << 30, 200, 2, 3, 20))
                        .data("<row r=\"1\">" + inline("A1", "a") + "</row><row r=\"2\"/><row r=\"3\">" + inline("A3", "b")
                                + "</row><row r=\"7\">" + inline("A7", "c") + "</row>")
                        .fails(ReadErrors.TOO_MANY_ROWS, "row 7"),
                c("a date-typed cell (t=\"d\") is not known to fastexcel-reader 0.20.2: damaged")
                        .data("<row r=\"1\">" + inline("A1", "a") + "</row><row r=\"2\"><c r=\"A2\" t=\"d\"><v>2010-05-17</v></c></row>")
                        .fails(ReadErrors.DAMAGED, "row 2"),
                c("a broken cell reference: damaged").data("<row r=\"3\"><c r=\"A\"><v>1</v></c></row>")
                        .fails(ReadErrors.DAMAGED, "row 1"),
                c("a broken row number: damaged").data("<row r=\"x\"><c r=\"A1\"><v>1</v></c></row>")
                        .fails(ReadErrors.DAMAGED, "row 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void bothReadersGiveWhatIsExpected(Case k) {
        Path file = write(k);
        Reads.Outcome fast = Reads.outcome(file, 0, k.limits, LegacyEncoding.NONE, Reads.options(XlsxSource.Engine.FASTEXCEL_ONLY));
        Reads.Outcome ours = Reads.outcome(file, 0, k.limits, LegacyEncoding.NONE, Reads.options(XlsxSource.Engine.KDCLGD));
        Reads.Outcome spilled = Reads.outcome(file, 0, k.limits, LegacyEncoding.NONE, Reads.spillOptions());
        for (Reads.Outcome o : List.of(fast, ours, spilled)) {
            String which = o == fast ? "fastexcel-reader" : o == ours ? "kdclgd's reader" : "kdclgd's reader, strings spilled";
            if (k.errorCode == null) {
                if (o.error() != null) {
                    throw new AssertionError(which + " failed", o.error());
                }
                assertThat(o.sheet().rows()).as(which).isEqualTo(k.rows);
                assertThat(o.sheet().stats()).as(which).isEqualTo(new ReadStats(k.rows.size(), k.legacy, k.hidden));
            } else {
                assertThat(o.error()).as(which).isInstanceOf(KdclException.class);
                KdclException e = (KdclException) o.error();
                assertThat(e.code()).as(which + ": " + e.getMessage()).isEqualTo(k.errorCode);
                assertThat(Reads.where(e)).as(which).isEqualTo(k.errorWhere);
            }
        }
        Reads.assertSameOutcome(file + ": kdclgd's reader vs fastexcel-reader", ours, fast);
        Reads.assertSameOutcome(file + ": kdclgd's reader, strings spilled vs fastexcel-reader", spilled, fast);
    }

    private Path write(Case k) {
        RawXlsx x = RawXlsx.minimal(List.of("HocSinh"), "")
                .part("xl/styles.xml", STYLES)
                .part("xl/worksheets/sheet1.xml", k.sheetPart != null ? k.sheetPart : RawXlsx.sheet(k.beforeData, k.sheetData));
        if (k.utf16) {
            String xml = RawXlsx.sheet(k.beforeData, k.sheetData).replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
            x.part("xl/worksheets/sheet1.xml", java.nio.charset.StandardCharsets.UTF_16, xml);
        }
        StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"")
                .append(MAIN_NS).append("\" count=\"").append(k.items.size()).append("\">");
        for (String si : k.items) {
            sst.append("<si>").append(si).append("</si>");
        }
        x.part("xl/sharedStrings.xml", sst.append("</sst>").toString());
        if (k.date1904) {
            x.part("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\""
                    + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\"><workbookPr date1904=\"1\"/><sheets>"
                    + "<sheet name=\"HocSinh\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        }
        return x.write(dir.resolve("k.xlsx"));
    }
}
