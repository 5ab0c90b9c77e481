package vn.kdclgd.app.account;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as Spring Security sees it. Its one authority is {@code ROLE_<kind>}; what it may
 * do with kdclgd's data is decided by the library's access checks on the {@link Actors#current() actor}.
 *
 * @param id          account id
 * @param username    user name, also the kdclgd actor id
 * @param password    password hash
 * @param displayName name shown on screens
 * @param kind        account kind
 * @param schoolId    the school of a school account, else null
 * @param unitId      the unit of a unit account, else null
 * @param enabled     whether the account may sign in
 */
public record AppUser(UUID id, String username, String password, String displayName, AccountKind kind, UUID schoolId, UUID unitId,
                      boolean enabled) implements UserDetails, Serializable {

    static AppUser of(Account a) {
        return new AppUser(a.getId(), a.getUsername(), a.getPasswordHash(), a.getDisplayName(), a.getKind(), a.getSchoolId(),
                a.getUnitId(), a.isEnabled());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + kind.name()));
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Passwords are not kept in the session. */
    @Override
    public String toString() {
        return "AppUser[" + username + ", " + kind + "]";
    }
}
