package vn.kdclgd.core.service;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import vn.kdclgd.core.spi.EvidenceStore;
import vn.kdclgd.rules.catalog.CatalogRegistry;

/**
 * What kdclgd's services need from the host application, in plain Java: the current
 * {@link EntityManager} (the vendor's, inside the vendor's transaction — Spring, Jakarta EE or
 * {@link Transactions} when there is no framework), the catalogs, the evidence store and a clock.
 * Services never open, commit or roll back transactions themselves.
 */
public final class Kdclgd {
    private final Supplier<EntityManager> entityManager;
    private final CatalogRegistry catalogs;
    private final EvidenceStore evidenceStore;
    private final Clock clock;
    private final Validator validator;

    private Kdclgd(Builder b) {
        this.entityManager = Objects.requireNonNull(b.entityManager, "entityManager");
        this.catalogs = b.catalogs != null ? b.catalogs : CatalogRegistry.defaultRegistry();
        this.evidenceStore = b.evidenceStore;
        this.clock = b.clock != null ? b.clock : Clock.systemDefaultZone();
        this.validator = b.validator != null ? b.validator : Validation.buildDefaultValidatorFactory().getValidator();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The current entity manager (joined to the caller's transaction). */
    public EntityManager em() {
        return entityManager.get();
    }

    /** The catalogs. */
    public CatalogRegistry catalogs() {
        return catalogs;
    }

    /** The evidence store; fails with a clear message when none was configured. */
    public EvidenceStore evidenceStore() {
        if (evidenceStore == null) {
            throw new IllegalStateException("no EvidenceStore configured: Kdclgd.builder().evidenceStore(…)");
        }
        return evidenceStore;
    }

    /** The clock (tests fix it). */
    public Clock clock() {
        return clock;
    }

    /** The Bean Validation validator. */
    public Validator validator() {
        return validator;
    }

    /** Builder of {@link Kdclgd}. */
    public static final class Builder {
        private Supplier<EntityManager> entityManager;
        private CatalogRegistry catalogs;
        private EvidenceStore evidenceStore;
        private Clock clock;
        private Validator validator;

        private Builder() {
        }

        /** Where the current entity manager comes from (required). */
        public Builder entityManager(Supplier<EntityManager> supplier) {
            this.entityManager = supplier;
            return this;
        }

        /** The catalogs (default: {@link CatalogRegistry#defaultRegistry()}). */
        public Builder catalogs(CatalogRegistry registry) {
            this.catalogs = registry;
            return this;
        }

        /** The evidence store (needed for files). */
        public Builder evidenceStore(EvidenceStore store) {
            this.evidenceStore = store;
            return this;
        }

        /** The clock (default: system clock). */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** The validator (default: a new default validator). */
        public Builder validator(Validator validator) {
            this.validator = validator;
            return this;
        }

        /** The context. */
        public Kdclgd build() {
            return new Kdclgd(this);
        }
    }
}
