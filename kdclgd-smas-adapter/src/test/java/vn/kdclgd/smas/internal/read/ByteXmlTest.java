package vn.kdclgd.smas.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * {@link ByteXml} on its own: the events and texts of small documents, and every malformed document it
 * must refuse (the xlsx fixtures of {@code XlsxCellKindsTest} compare it with fastexcel-reader's parser).
 */
class ByteXmlTest {
    private static final byte[] A = {'a'};
    private static final byte[] T = {'t'};

    /** The events as text: {@code <name attr=value>}, {@code </name>}, and each {@code t} element's text as {@code "…"}. */
    private static String events(String xml) throws Exception {
        return events(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String events(InputStream in) throws Exception {
        ByteXml x = ByteXml.open(in);
        List<String> out = new ArrayList<>();
        while (true) {
            int ev = x.next();
            if (ev == ByteXml.EOF) {
                return String.join("", out);
            }
            if (ev == ByteXml.START) {
                String a = x.attributeValue(A);
                out.add("<" + x.localName() + (a == null ? "" : " a=" + a) + ">");
                if (x.is(T)) {
                    x.readText(Integer.MAX_VALUE);
                    out.add("\"" + x.text(Integer.MAX_VALUE) + "\"</t>");
                }
            } else {
                out.add("</" + x.localName() + ">");
            }
        }
    }

    @Test
    void eventsTextsAndAttributes() throws Exception {
        assertThat(events("<?xml version=\"1.0\"?>\n<r><x:e x:a='1 &amp; 2' b=\"\"/><t>A<b>B</b>&#67;</t></r>"))
                .isEqualTo("<r><e a=1 & 2></e><t>\"ABC\"</t></r>");
        assertThat(events("<r a=\"x\ty\r\nz\"/>")).as("attribute values: tab and line ends become one space each")
                .isEqualTo("<r a=x y z></r>");
        assertThat(events("\uFEFF<r><t><![CDATA[<&>]]></t></r>")).as("a UTF-8 byte-order mark, CDATA")
                .isEqualTo("<r><t>\"<&>\"</t></r>");
    }

    @Test
    void textIsCutToTheLimitGiven() throws Exception {
        ByteXml x = ByteXml.open(new ByteArrayInputStream("<t>Nguyễn Văn An</t>".getBytes(StandardCharsets.UTF_8)));
        assertThat(x.next()).isEqualTo(ByteXml.START);
        x.readText(7);
        assertThat(x.textLength()).isEqualTo(7);
        assertThat(x.text(4)).isEqualTo("Nguy");
        assertThat(x.next()).as("the element's end was consumed").isEqualTo(ByteXml.EOF);
    }

    @Test
    void aPartInAnotherEncodingIsReEncoded() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"windows-1258\"?><r><t>Vi\u00EAt</t></r>";
        assertThat(events(new ByteArrayInputStream(xml.getBytes("windows-1258")))).isEqualTo("<r><t>\"Viêt\"</t></r>");
        byte[] utf16 = "<r><t>Bình</t></r>".getBytes(StandardCharsets.UTF_16); // with a byte-order mark
        assertThat(events(new ByteArrayInputStream(utf16))).isEqualTo("<r><t>\"Bình\"</t></r>");
        assertThatThrownBy(() -> events("<?xml version=\"1.0\" encoding=\"x-nonsense\"?><r/>"))
                .isInstanceOf(ByteXml.XmlFault.class).hasMessageContaining("x-nonsense");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a DTD                            | <!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r> | markup declarations
            an undeclared entity             | <r><t>&nbsp;</t></r>                     | undeclared entity &nbsp;
            a malformed entity               | <r><t>&amp</t></r>                       | malformed entity
            a forbidden character reference  | <r><t>&#0;</t></r>                       | does not allow
            a malformed character reference  | <r><t>&#x;</t></r>                       | does not allow
            a mismatched end tag             | <r><e></f></r>                           | does not match <e>
            an end tag without a start       | </r>                                     | without a start tag
            the end inside an element        | <r><e>                                   | ends inside element <e>
            the end inside a tag             | <r><e a="1"                              | ends inside
            the end inside a comment         | <r><!-- x                                | ends inside a comment
            '<' in an attribute value        | <r a="<"/>                               | in an attribute value
            an attribute without quotes      | <r a=1/>                                 | without quotes
            an attribute without a value     | <r a/>                                   | malformed attribute
            a malformed empty-element tag    | <r/ >                                    | malformed empty-element tag
            a malformed comment              | <r><!-x--></r>                           | malformed comment
            a malformed CDATA section        | <r><![CDAT[x]]></r>                      | malformed CDATA
            """)
    void malformedDocumentsAreRefused(String what, String xml, String message) {
        assertThatThrownBy(() -> events(xml)).as(what).isInstanceOf(ByteXml.XmlFault.class)
                .hasMessageContaining(message).hasMessageContaining("(byte ");
    }

    @Test
    void theStreamsFailuresPassThrough() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        assertThatThrownBy(() -> events(broken)).isInstanceOf(IOException.class).hasMessage("disk gone");
    }
}
