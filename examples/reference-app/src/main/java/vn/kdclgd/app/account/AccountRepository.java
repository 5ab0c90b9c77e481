package vn.kdclgd.app.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Accounts by user name, school and unit. */
public interface AccountRepository extends JpaRepository<Account, UUID> {
    /** The account with this user name. */
    Optional<Account> findByUsername(String username);

    /** The accounts of a school, by user name. */
    List<Account> findBySchoolIdOrderByUsername(UUID schoolId);

    /** The accounts of a unit, by user name. */
    List<Account> findByUnitIdOrderByUsername(UUID unitId);

    /** Accounts of a kind, by user name. */
    List<Account> findByKindOrderByUsername(AccountKind kind);
}
