package vn.kdclgd.app.school;

import java.text.Normalizer;
import java.util.List;

import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/** Small helpers of the school screens' forms. */
public final class Forms {
    private Forms() {
    }

    /** Text as entered, NFC-normalised and stripped; null when blank. */
    public static String text(String s) {
        if (s == null) {
            return null;
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).strip();
        return t.isEmpty() ? null : t;
    }

    /** A multi-line text, NFC-normalised, line ends kept; null when blank. */
    public static String longText(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return Normalizer.normalize(s.replace("\r\n", "\n"), Normalizer.Form.NFC).strip();
    }

    /** The problems of a refusal to show beside the form; kdclgd's access refusals go on to the 403 page. */
    public static List<Problem> problems(KdclException e) {
        if (e instanceof AccessDeniedException denied) {
            throw denied;
        }
        return e.problems();
    }

    /** A problem of a form value the application could not read. */
    public static Problem unreadable(String where, String vietnamese, String english) {
        return Problem.of("KDCL-9531", where, vietnamese, english);
    }
}
