package vn.kdclgd.report;

import java.util.List;

import vn.kdclgd.report.internal.tables.DataTable;
import vn.kdclgd.rules.catalog.Catalog;

/** Test access to the package-private tables the engine gives the documents. */
public final class ReportDocumentsAccess {
    private ReportDocumentsAccess() {
    }

    /** {@code ReportDocuments.tables}. */
    public static List<DataTable> tables(ReportInput input, Catalog catalog) {
        return ReportDocuments.tables(input, catalog);
    }
}
