package vn.kdclgd.core.internal;

import java.lang.reflect.Field;
import java.util.UUID;

import vn.kdclgd.core.model.AuditEntry;

/**
 * Gives an imported {@link AuditEntry} the id it had in the exporting installation. Audit lines are
 * append-only and have no id setter by design; a dossier import is the one place that must keep it, so
 * it sets the field directly (as the persistence provider itself does).
 */
final class AuditIds {
    private static final Field ID;

    static {
        try {
            ID = AuditEntry.class.getDeclaredField("id");
            ID.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private AuditIds() {
    }

    /** {@code entry} with {@code id}. */
    static AuditEntry withId(AuditEntry entry, UUID id) {
        try {
            ID.set(entry, id);
            return entry;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
