package vn.kdclgd.app.account;

import java.text.Normalizer;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for Spring Security's form login. */
@Service
public class AccountUserDetailsService implements UserDetailsService {
    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String key = Normalizer.normalize(username == null ? "" : username.strip(), Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
        return accounts.findByUsername(key).map(AppUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
    }
}
