package vn.kdclgd.app.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

import vn.kdclgd.core.model.SupervisingUnit;

/**
 * The supervising units for the province admin's select lists: its own unit and every unit below it that
 * exists on a date, in tree order.
 *
 * <p><b>The application's own query.</b> kdclgd's {@code OrganisationService} has no method that lists
 * units (only {@code schools(actor, unitId, date)} and the single-school reads), so this reads
 * {@link SupervisingUnit} with JPA, for the select list only. It reads only the names and codes of the
 * units below the signed-in admin's own unit (the root passed is always that unit), which the admin
 * supervises; any account it then creates for a unit goes through {@code AccountService}, where kdclgd's
 * {@code OrganisationService.schools} refuses a unit outside the admin's area.
 */
@Component
public class UnitDirectory {
    private final EntityManager em;

    UnitDirectory(EntityManager em) {
        this.em = em;
    }

    /** A unit and its depth below the root (0 for the root). */
    public record UnitOption(UUID id, String code, String name, String kind, int depth) {
        /** The name indented by depth, for a select list. */
        public String label() {
            return "\u00a0\u00a0".repeat(depth) + name + " (" + code + ")";
        }
    }

    /** {@code rootId} and the units below it that exist on {@code date}, depth-first, siblings by code. Call inside a transaction. */
    public List<UnitOption> subtree(UUID rootId, LocalDate date) {
        List<UnitOption> out = new ArrayList<>();
        SupervisingUnit root = em.find(SupervisingUnit.class, rootId);
        if (root != null) {
            walk(root, 0, date, out);
        }
        return out;
    }

    private void walk(SupervisingUnit unit, int depth, LocalDate date, List<UnitOption> out) {
        if (depth > 64 || !unit.isValidOn(date)) {
            return;
        }
        out.add(new UnitOption(unit.getId(), unit.getCode(), unit.getName(), unit.getKind().name(), depth));
        List<SupervisingUnit> children = em.createQuery("select u from SupervisingUnit u where u.parent = :p", SupervisingUnit.class)
                .setParameter("p", unit).getResultList().stream().sorted(Comparator.comparing(SupervisingUnit::getCode)).toList();
        for (SupervisingUnit c : children) {
            walk(c, depth + 1, date, out);
        }
    }
}
