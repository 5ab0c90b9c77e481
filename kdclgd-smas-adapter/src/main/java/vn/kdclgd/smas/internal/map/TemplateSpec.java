package vn.kdclgd.smas.internal.map;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import vn.kdclgd.smas.ImportKind;

/**
 * A parsed mapping file ({@code kdclgd-import-template/1}, docs/import.md, "Templates are data").
 *
 * @param id               template id
 * @param title            what export it reads
 * @param source           the system that exports it (CSDL ngành, SMAS, vnEdu, a vendor)
 * @param kind             what one data row is
 * @param sheetHints       folded sheet names that make this template preferred on a tie
 * @param headerSearchRows how many first rows of a sheet are searched for the header
 * @param columns          mapped fields and their header aliases
 * @param values           value tables of the coded fields (bundled defaults overridden by the file)
 * @param classBanner      a row whose only text matches this (case-insensitive, on the NFC text) sets the class
 *                         of the rows below it (group 1 is the class name); null when the export has none
 * @param gradeFromClass   how a grade is read from a class name or code when there is no grade column
 * @param origin           where the template was loaded from, for messages
 */
public record TemplateSpec(String id, String title, String source, ImportKind kind, List<String> sheetHints, int headerSearchRows,
                           Map<Field, Column> columns, Map<Field, ValueMap> values, Pattern classBanner, ValueMap gradeFromClass,
                           String origin) {

    /**
     * A mapped column.
     *
     * @param aliases       header texts as written in the file
     * @param foldedAliases the aliases folded ({@link Fold#header})
     * @param required      whether a sheet without it is not of this template and a row without a value is an error
     */
    public record Column(List<String> aliases, List<String> foldedAliases, boolean required) {
    }

    /** The fields that must be present. */
    public List<Field> required() {
        return columns.entrySet().stream().filter(e -> e.getValue().required()).map(Map.Entry::getKey).toList();
    }
}
