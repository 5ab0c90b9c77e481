package vn.kdclgd.core.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import vn.kdclgd.core.model.BaseEntity;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.model.UnitKind;

/**
 * What a dossier holds, read and checked without a database ({@link DossierService#read}): the school, its
 * supervising units and memberships, and every other record as <em>detached</em> entities with the dossier's
 * ids (profiles, evidence items, self-assessments with their council, groups, evaluations, evidence uses,
 * improvement actions and published versions, external reviews, certificates). For reading — documents,
 * previews — not for persisting: {@link DossierService#importDossier} does that.
 *
 * @param summary     what {@link DossierService#describe} returns
 * @param school      the school, with its campuses
 * @param units       the supervising units of the memberships and their ancestors
 * @param memberships the school's memberships, oldest first
 * @param entities    every other record, parents before children
 */
public record DossierContents(DossierSummary summary, School school, List<Unit> units, List<Membership> memberships,
                              List<BaseEntity> entities) {
    /** Checks the components and makes the lists immutable. */
    public DossierContents {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(school, "school");
        units = List.copyOf(units);
        memberships = List.copyOf(memberships);
        entities = List.copyOf(entities);
    }

    /** The records of one type, in dossier order. */
    public <T extends BaseEntity> List<T> all(Class<T> type) {
        return entities.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The unit with {@code id}. */
    public Optional<Unit> unit(UUID id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    /**
     * A supervising unit as the dossier has it.
     *
     * @param id        its id
     * @param code      its code
     * @param name      its name
     * @param kind      its kind
     * @param parentId  its parent's id, if any
     * @param validFrom first day it existed
     * @param validTo   last day (empty = still exists)
     */
    public record Unit(UUID id, String code, String name, UnitKind kind, Optional<UUID> parentId, LocalDate validFrom,
                       Optional<LocalDate> validTo) {
    }

    /**
     * The school's membership of a unit.
     *
     * @param unitId    the unit
     * @param validFrom first day
     * @param validTo   last day (empty = current)
     */
    public record Membership(UUID unitId, LocalDate validFrom, Optional<LocalDate> validTo) {
    }
}
