package vn.kdclgd.report.internal.docs;

import java.util.Map;
import java.util.Optional;

import vn.kdclgd.report.internal.docx.DocxRenderer;

/**
 * One DOCX document of one regime: its default template (built with
 * {@link vn.kdclgd.report.internal.docx.TemplateBuilder}) and what fills it. The values and blocks a
 * document offers are the placeholders its templates may use; {@code docs/report.md} lists them.
 */
public interface DocxDocument {
    /** The default template, DOCX bytes (built once and cached by the caller). */
    byte[] defaultTemplate();

    /** Value placeholders ({@code {{name}}}), including {@link Context#commonValues()}. */
    Map<String, Optional<String>> values(Context c);

    /** Block placeholders ({@code {{>name}}}). */
    Map<String, DocxRenderer.Block> blocks(Context c);
}
