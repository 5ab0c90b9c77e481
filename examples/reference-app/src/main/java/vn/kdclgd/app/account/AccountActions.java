package vn.kdclgd.app.account;

import java.util.UUID;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.rules.KdclException;

/**
 * The disable / enable / reset-password actions shared by the province admin's and the school admin's
 * account screens: call {@link AccountService} for the signed-in account, put the outcome (or the problems)
 * into flash attributes and redirect. A temporary password is put into the flash attribute
 * {@code issuedPassword} (with {@code issuedFor}): it is shown once, on the next page, and never stored in
 * clear.
 */
public final class AccountActions {
    private AccountActions() {
    }

    /** Enables or disables an account; returns {@code redirect}. */
    public static String enable(AccountService accounts, UUID id, boolean enabled, RedirectAttributes flash, String redirect) {
        try {
            Account a = accounts.setEnabled(Actors.requireUser(), id, enabled);
            flash.addFlashAttribute("flashOk", (enabled ? "Đã mở lại tài khoản " : "Đã khoá tài khoản ") + a.getUsername()
                    + (enabled ? " / account enabled" : " / account disabled"));
        } catch (AccessDeniedException denied) {
            throw denied;
        } catch (KdclException e) {
            flash.addFlashAttribute("problems", e.problems());
        }
        return redirect;
    }

    /** Gives an account a temporary password (typed, or generated when blank); returns {@code redirect}. */
    public static String reset(AccountService accounts, UUID id, String typed, RedirectAttributes flash, String redirect) {
        try {
            AccountService.Issued issued = accounts.resetPassword(Actors.requireUser(), id, typed);
            String username = issued.account().getUsername();
            flash.addFlashAttribute("flashOk", "Đã đặt mật khẩu tạm cho " + username + " / temporary password set");
            flash.addFlashAttribute("issuedFor", username);
            flash.addFlashAttribute("issuedPassword", issued.temporaryPassword());
        } catch (AccessDeniedException denied) {
            throw denied;
        } catch (KdclException e) {
            flash.addFlashAttribute("problems", e.problems());
        }
        return redirect;
    }
}
