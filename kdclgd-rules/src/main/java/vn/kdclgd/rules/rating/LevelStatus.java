package vn.kdclgd.rules.rating;

/** The status of one level of a criterion in a rating. */
public enum LevelStatus {
    /** Every item of the level is met, and every lower level is met. */
    MET,
    /** At least one item of the level is not met. */
    NOT_MET,
    /** No item is judged not met, but some are missing. */
    UNKNOWN,
    /** A lower level is not met, so this level is not considered ("chỉ xem xét Mức 2 khi Mức 1 đã đạt"). */
    NOT_CONSIDERED
}
