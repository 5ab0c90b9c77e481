package vn.kdclgd.rules.internal.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.evidence.EvidenceCode;
import vn.kdclgd.rules.evidence.EvidenceCodeScheme;
import vn.kdclgd.rules.internal.evidence.EvidenceProblems.Part;

/**
 * Reads one evidence code. Lenient about form (surrounding and inner spaces, one pair of square or round
 * brackets, lower-case prefix, typographic hyphens), strict about numbers (ASCII digits only, no leading
 * zeros, sequence exactly two digits, every part present, nothing extra). Never throws for bad input:
 * the result carries either the code or the first problem found, left to right.
 */
public final class EvidenceCodeParser {

    private EvidenceCodeParser() {
    }

    /** The outcome: exactly one of {@code code} and {@code problem} is non-null. */
    public record Result(EvidenceCode code, Problem problem) {
        static Result ok(EvidenceCode code) {
            return new Result(code, null);
        }

        static Result fail(Problem problem) {
            return new Result(null, problem);
        }

        /** Whether a code was read. */
        public boolean ok() {
            return code != null;
        }
    }

    private enum Kind { WORD, NUMBER, DASH, DOT }

    private record Token(Kind kind, String text, int index) {
    }

    /** Whether {@code c} is skipped as a space: Unicode white space, no-break and zero-width spaces. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF'
                || c == '\u2060';
    }

    /** Whether {@code c} is read as a hyphen: ASCII hyphen-minus, hyphen, non-breaking hyphen, figure and en dash, minus sign. */
    static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2013') || c == '\u2212';
    }

    /**
     * Reads {@code input}.
     *
     * @param input    the text; may be null
     * @param required the scheme the code must have, or null to detect it
     * @return the code or the problem
     */
    public static Result parse(String input, EvidenceCodeScheme required) {
        if (input == null) {
            return Result.fail(EvidenceProblems.empty(""));
        }
        int s = 0;
        int e = input.length() - 1;
        while (s <= e && isSpace(input.charAt(s))) {
            s++;
        }
        while (e >= s && isSpace(input.charAt(e))) {
            e--;
        }
        if (s > e) {
            return Result.fail(EvidenceProblems.empty(input));
        }
        char first = input.charAt(s);
        char last = input.charAt(e);
        boolean opens = first == '[' || first == '(';
        boolean closes = last == ']' || last == ')';
        if (opens || closes) {
            if (!opens) {
                return Result.fail(EvidenceProblems.brackets(input, e, last == ']'));
            }
            if (!closes || s == e) {
                return Result.fail(EvidenceProblems.brackets(input, s, first == '['));
            }
            if ((first == '[') != (last == ']')) {
                return Result.fail(EvidenceProblems.brackets(input, e, first == '['));
            }
            s++;
            e--;
            while (s <= e && isSpace(input.charAt(s))) {
                s++;
            }
            if (s > e) {
                return Result.fail(EvidenceProblems.empty(input));
            }
        }

        // Tokens: runs of letters, runs of digits, hyphens, dots; spaces between them are skipped.
        List<Token> tokens = new ArrayList<>();
        EvidenceCodeScheme scheme = null;
        int i = s;
        while (i <= e) {
            char c = input.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (Character.isLetter(c)) {
                int j = i;
                while (j <= e && Character.isLetter(input.charAt(j))) {
                    j++;
                }
                tokens.add(new Token(Kind.WORD, input.substring(i, j), i));
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j <= e && Character.isDigit(input.charAt(j))) {
                    j++;
                }
                tokens.add(new Token(Kind.NUMBER, input.substring(i, j), i));
                i = j;
            } else if (isDash(c)) {
                tokens.add(new Token(Kind.DASH, "-", i));
                i++;
            } else if (c == '.') {
                tokens.add(new Token(Kind.DOT, ".", i));
                i++;
            } else {
                if (scheme == null && !tokens.isEmpty()) {
                    scheme = schemeOf(tokens.get(0));
                }
                int cp = input.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                if ("[]()".contains(ch)) {
                    return Result.fail(EvidenceProblems.brackets(input, i, scheme != EvidenceCodeScheme.MC));
                }
                if (scheme == null) {
                    // the character comes before anything recognisable as a prefix
                    return Result.fail(EvidenceProblems.notAnEvidenceCode(input, required, i));
                }
                return Result.fail(EvidenceProblems.unexpectedCharacter(input, scheme, ch, i));
            }
        }

        Token head = tokens.get(0);
        scheme = schemeOf(head);
        if (scheme == null) {
            return Result.fail(EvidenceProblems.notAnEvidenceCode(input, required, head.index()));
        }
        if (required != null && scheme != required) {
            return Result.fail(EvidenceProblems.wrongScheme(input, scheme, required, head.index()));
        }

        Part[] shape = scheme == EvidenceCodeScheme.H
                ? new Part[] {Part.BOX, Part.DASH, Part.STANDARD, Part.DOT, Part.CRITERION, Part.DASH, Part.SEQUENCE}
                : new Part[] {Part.DOT, Part.STANDARD, Part.DOT, Part.CRITERION, Part.DOT, Part.SEQUENCE};
        Token[] numbers = new Token[4]; // box, standard, criterion, sequence
        for (int k = 0; k < shape.length; k++) {
            Part part = shape[k];
            if (k + 1 >= tokens.size()) {
                return Result.fail(EvidenceProblems.missingPart(input, scheme, part, e + 1));
            }
            Token t = tokens.get(k + 1);
            Kind expected = switch (part) {
                case DASH -> Kind.DASH;
                case DOT -> Kind.DOT;
                default -> Kind.NUMBER;
            };
            if (t.kind() != expected) {
                return Result.fail(EvidenceProblems.unexpectedToken(input, scheme, part, t.text(), t.index()));
            }
            if (expected == Kind.NUMBER) {
                numbers[part.ordinal()] = t;
            }
        }
        if (tokens.size() > shape.length + 1) {
            Token extra = tokens.get(shape.length + 1);
            return Result.fail(EvidenceProblems.extraPart(input, scheme,
                    input.substring(extra.index(), e + 1).strip(), extra.index()));
        }

        String suggestion = suggestion(scheme, numbers);
        int[] values = new int[4];
        for (int k = 0; k < 4; k++) {
            Token t = numbers[k];
            if (t == null) {
                continue; // MC has no box
            }
            Part part = Part.values()[k];
            String digits = t.text();
            if (!isAscii(digits)) {
                return Result.fail(EvidenceProblems.nonAsciiDigit(input, scheme, part, digits, t.index(),
                        suggestion));
            }
            if (part == Part.SEQUENCE) {
                if (digits.length() != 2 || digits.equals("00")) {
                    return Result.fail(EvidenceProblems.badSequence(input, scheme, digits, t.index(), suggestion));
                }
            } else if (digits.length() > 1 && digits.charAt(0) == '0') {
                return Result.fail(EvidenceProblems.leadingZero(input, scheme, part, digits, t.index(), suggestion));
            } else if (digits.length() > 2 || digits.equals("0")) {
                return Result.fail(EvidenceProblems.numberOutOfRange(input, scheme, part, digits, t.index(),
                        suggestion));
            }
            values[k] = Integer.parseInt(digits); // at most two ASCII digits: cannot fail
        }
        OptionalInt box = scheme == EvidenceCodeScheme.H ? OptionalInt.of(values[0]) : OptionalInt.empty();
        return Result.ok(new EvidenceCode(scheme, box, values[1], values[2], values[3]));
    }

    private static EvidenceCodeScheme schemeOf(Token head) {
        if (head.kind() != Kind.WORD) {
            return null;
        }
        if (head.text().equalsIgnoreCase("H")) {
            return EvidenceCodeScheme.H;
        }
        if (head.text().equalsIgnoreCase("MC")) {
            return EvidenceCodeScheme.MC;
        }
        return null;
    }

    private static boolean isAscii(String digits) {
        for (int k = 0; k < digits.length(); k++) {
            char c = digits.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The canonical code the user probably meant, when every number can be read (any script's digits,
     * leading zeros dropped) and lies in range; otherwise null.
     */
    private static String suggestion(EvidenceCodeScheme scheme, Token[] numbers) {
        int[] v = new int[4];
        for (int k = 0; k < 4; k++) {
            if (numbers[k] == null) {
                continue;
            }
            String digits = numbers[k].text();
            int value = 0;
            for (int j = 0; j < digits.length(); j++) {
                value = value * 10 + Character.digit(digits.charAt(j), 10);
                if (value > EvidenceCode.MAX_NUMBER) {
                    return null;
                }
            }
            if (value < 1) {
                return null;
            }
            v[k] = value;
        }
        OptionalInt box = scheme == EvidenceCodeScheme.H ? OptionalInt.of(v[0]) : OptionalInt.empty();
        return new EvidenceCode(scheme, box, v[1], v[2], v[3]).format();
    }
}
