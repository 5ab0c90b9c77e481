package vn.kdclgd.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a current-state text into statements: lines, then sentences ending with {@code .}, {@code !},
 * {@code ?} or {@code ;} followed by white space (the dots inside {@code MC.1.1.01} are followed by a
 * digit, so codes are never cut). Headings (ending with {@code :}) and fragments of fewer than three
 * words are not statements.
 */
public final class Statements {
    private static final Pattern LINES = Pattern.compile("\\R+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;…])\\s+");

    private Statements() {
    }

    /** The statements of {@code text}. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : LINES.split(text)) {
            for (String s : SENTENCE_END.split(line)) {
                String t = s.strip();
                if (t.isEmpty() || t.endsWith(":") || t.split("\\s+").length < 3) {
                    continue;
                }
                out.add(t);
            }
        }
        return out;
    }
}
