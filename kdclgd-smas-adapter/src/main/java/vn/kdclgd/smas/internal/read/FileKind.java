package vn.kdclgd.smas.internal.read;

/** What an input file is, decided from its content (magic bytes), never from its extension. */
public enum FileKind {
    /** Office Open XML workbook (a ZIP), read streaming with fastexcel-reader. */
    XLSX,
    /** Legacy BIFF8 workbook (an OLE2 compound file), read with POI HSSF. */
    XLS,
    /** Delimited text (comma, semicolon or tab), charset detected and reported. */
    CSV
}
