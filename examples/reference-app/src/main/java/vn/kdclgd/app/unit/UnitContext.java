package vn.kdclgd.app.unit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.kdclgd.app.account.Actors;
import vn.kdclgd.app.account.AppUser;
import vn.kdclgd.core.access.Actor;

/**
 * What every supervising-unit screen starts from: the signed-in unit account, its kdclgd {@link Actor}
 * ({@code UNIT_OFFICER} on its unit), its unit and today's date by the application's clock (the same clock
 * kdclgd checks "the school belongs to the unit today" with). Call inside a transaction.
 */
@Component
public class UnitContext {
    private final Actors actors;
    private final Clock clock;

    UnitContext(Actors actors, Clock clock) {
        this.actors = actors;
        this.clock = clock;
    }

    /**
     * The state of a unit screen.
     *
     * @param user   the signed-in account
     * @param actor  its kdclgd actor
     * @param unitId its unit
     * @param today  today by the application's clock
     */
    public record Current(AppUser user, Actor actor, UUID unitId, LocalDate today) {
    }

    /** The signed-in unit account's actor, unit and today's date. */
    public Current current() {
        AppUser user = Actors.requireUser();
        return new Current(user, actors.of(user), user.unitId(), LocalDate.now(clock));
    }
}
