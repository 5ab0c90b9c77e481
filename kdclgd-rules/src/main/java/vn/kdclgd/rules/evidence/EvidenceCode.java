package vn.kdclgd.rules.evidence;

import java.util.Comparator;
import java.util.Objects;
import java.util.OptionalInt;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.internal.evidence.EvidenceProblems;

/**
 * One evidence code (mã minh chứng), in either scheme:
 * <ul>
 *   <li>{@link EvidenceCodeScheme#H}: {@code [Hn-a.b-cd]}, e.g. {@code [H1-1.10-03]} — box {@code n},
 *       criterion {@code a.b}, sequence {@code cd};</li>
 *   <li>{@link EvidenceCodeScheme#MC}: {@code MC.a.b.cd}, e.g. {@code MC.1.3.02} — criterion {@code a.b},
 *       sequence {@code cd}; no box.</li>
 * </ul>
 * Immutable value; two codes are equal when all components are equal. The natural order is numeric:
 * scheme, standard, criterion, sequence, then box ({@code 1.2} before {@code 1.10}).
 * To read a code from text use {@link EvidenceCodes#parse(String)}.
 *
 * @param scheme    the scheme
 * @param box       the evidence box {@code n} (1–99) for {@link EvidenceCodeScheme#H}; empty for
 *                  {@link EvidenceCodeScheme#MC}
 * @param standard  the standard number {@code a} (1–99)
 * @param criterion the number {@code b} of the criterion within its standard (1–99)
 * @param sequence  the sequence number {@code cd} of the evidence within the criterion (1–99)
 */
public record EvidenceCode(EvidenceCodeScheme scheme, OptionalInt box, int standard, int criterion, int sequence)
        implements Comparable<EvidenceCode> {

    /** Highest value of any numeric component (two digits). */
    public static final int MAX_NUMBER = 99;

    private static final Comparator<EvidenceCode> ORDER = Comparator
            .comparing(EvidenceCode::scheme)
            .thenComparingInt(EvidenceCode::standard)
            .thenComparingInt(EvidenceCode::criterion)
            .thenComparingInt(EvidenceCode::sequence)
            .thenComparingInt(c -> c.box().orElse(0));

    /**
     * Validates the components.
     *
     * @throws NullPointerException if {@code scheme} or {@code box} is null
     * @throws KdclException        {@code KDCL-3010} when a box is missing for {@code H} or present for
     *                              {@code MC}; {@code KDCL-3007} when box, standard or criterion is
     *                              outside 1–99; {@code KDCL-3006} when the sequence is outside 1–99
     */
    public EvidenceCode {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(box, "box");
        if (scheme == EvidenceCodeScheme.H && box.isEmpty()
                || scheme == EvidenceCodeScheme.MC && box.isPresent()) {
            throw new KdclException(EvidenceProblems.boxMismatch(scheme, box, standard, criterion, sequence));
        }
        if (box.isPresent()) {
            checkRange("box", box.getAsInt(), scheme, box, standard, criterion, sequence);
        }
        checkRange("standard", standard, scheme, box, standard, criterion, sequence);
        checkRange("criterion", criterion, scheme, box, standard, criterion, sequence);
        if (sequence < 1 || sequence > MAX_NUMBER) {
            throw new KdclException(EvidenceProblems.sequenceOutOfRange(scheme, box, standard, criterion, sequence));
        }
    }

    private static void checkRange(String part, int value, EvidenceCodeScheme scheme, OptionalInt box,
                                   int standard, int criterion, int sequence) {
        if (value < 1 || value > MAX_NUMBER) {
            throw new KdclException(EvidenceProblems.componentOutOfRange(part, value, scheme, box, standard,
                    criterion, sequence));
        }
    }

    /**
     * An old-scheme code {@code [Hn-a.b-cd]}.
     *
     * @param box       box number {@code n}, 1–99
     * @param standard  standard number {@code a}, 1–99
     * @param criterion criterion number {@code b} within the standard, 1–99
     * @param sequence  sequence {@code cd}, 1–99
     * @return the code
     * @throws KdclException when a component is out of range (see the constructor)
     */
    public static EvidenceCode h(int box, int standard, int criterion, int sequence) {
        return new EvidenceCode(EvidenceCodeScheme.H, OptionalInt.of(box), standard, criterion, sequence);
    }

    /**
     * A TT57 code {@code MC.a.b.cd}.
     *
     * @param standard  standard number {@code a}, 1–99
     * @param criterion criterion number {@code b} within the standard, 1–99
     * @param sequence  sequence {@code cd}, 1–99
     * @return the code
     * @throws KdclException when a component is out of range (see the constructor)
     */
    public static EvidenceCode mc(int standard, int criterion, int sequence) {
        return new EvidenceCode(EvidenceCodeScheme.MC, OptionalInt.empty(), standard, criterion, sequence);
    }

    /**
     * The criterion code {@code a.b} as catalogs write it, e.g. {@code 1.10}.
     *
     * @return the criterion code
     */
    public String criterionCode() {
        return standard + "." + criterion;
    }

    /**
     * The canonical text: {@code [H1-1.10-03]} (with square brackets) or {@code MC.1.3.02} (without
     * brackets; a report puts its own round brackets around citations).
     *
     * @return the canonical text
     */
    public String format() {
        String seq = sequence < 10 ? "0" + sequence : Integer.toString(sequence);
        if (scheme == EvidenceCodeScheme.H) {
            return "[H" + box.getAsInt() + "-" + standard + "." + criterion + "-" + seq + "]";
        }
        return "MC." + standard + "." + criterion + "." + seq;
    }

    /**
     * Numeric order: scheme, standard, criterion, sequence, box.
     *
     * @param other the code to compare with
     * @return negative, zero or positive as this code sorts before, with or after {@code other}
     */
    @Override
    public int compareTo(EvidenceCode other) {
        return ORDER.compare(this, other);
    }

    /**
     * The canonical text, same as {@link #format()}.
     *
     * @return the canonical text
     */
    @Override
    public String toString() {
        return format();
    }
}
