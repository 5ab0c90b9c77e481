package vn.kdclgd.core.service;

import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;

/**
 * Transactions for applications without a framework: {@link #run(Supplier)} opens an entity manager
 * and a transaction bound to the calling thread, runs the work and commits (rolls back on any
 * exception). {@link #current()} is the supplier to give {@link Kdclgd.Builder#entityManager}.
 */
public final class Transactions {
    private final EntityManagerFactory factory;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    /** Transactions on {@code factory}. */
    public Transactions(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** The entity manager of the running transaction on this thread. */
    public EntityManager current() {
        EntityManager em = current.get();
        if (em == null) {
            throw new IllegalStateException("no kdclgd transaction on this thread: call within Transactions.run(…)");
        }
        return em;
    }

    /**
     * Runs {@code work} in a new transaction. An optimistic-locking failure at commit becomes a
     * {@link ConflictException}; nothing is written when {@code work} throws.
     */
    public <T> T run(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        EntityManager em = factory.createEntityManager();
        current.set(em);
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.get();
            em.flush();
            tx.commit();
            return result;
        } catch (OptimisticLockException e) {
            throw conflict(e);
        } catch (RollbackException e) {
            if (e.getCause() instanceof OptimisticLockException o) {
                throw conflict(o);
            }
            throw e;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            current.remove();
            em.close();
        }
    }

    /** Runs {@code work} in a new transaction. */
    public void run(Runnable work) {
        run(() -> {
            work.run();
            return null;
        });
    }

    private static ConflictException conflict(OptimisticLockException e) {
        Object entity = e.getEntity();
        String what = entity == null ? "(entity)" : entity.toString();
        return new ConflictException(what, -1, -1);
    }
}
