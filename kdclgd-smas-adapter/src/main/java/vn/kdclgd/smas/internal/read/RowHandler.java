package vn.kdclgd.smas.internal.read;

/** Receives the rows of a sheet in order while it is streamed. */
@FunctionalInterface
public interface RowHandler {
    /** Handles one row; returns {@code false} to stop reading the sheet. */
    boolean row(RawRow row);
}
