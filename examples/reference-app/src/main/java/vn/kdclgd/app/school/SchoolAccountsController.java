package vn.kdclgd.app.school;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.kdclgd.app.account.Account;
import vn.kdclgd.app.account.AccountActions;
import vn.kdclgd.app.account.AccountKind;
import vn.kdclgd.app.account.AccountService;
import vn.kdclgd.app.account.AccountService.Issued;
import vn.kdclgd.app.account.AccountService.NewAccount;
import vn.kdclgd.app.account.Actors;
import vn.kdclgd.app.account.AppUser;
import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.access.Role;
import vn.kdclgd.rules.KdclException;

/**
 * The school admin's accounts screen ({@code /school/accounts}, kind SCHOOL_ADMIN only): the accounts of its
 * school with their role in the council of the school's latest self-assessment ({@link Actors#councilRole},
 * the role that decides their kdclgd rights), creating staff accounts with a temporary password shown once,
 * disabling, enabling and resetting passwords of the school's staff. {@link AccountService} checks that the
 * accounts are staff of this school.
 */
@Controller
@RequestMapping("/school/accounts")
public class SchoolAccountsController {
    private final SchoolContext context;
    private final AccountService accounts;
    private final Actors actors;

    SchoolAccountsController(SchoolContext context, AccountService accounts, Actors actors) {
        this.context = context;
        this.accounts = accounts;
        this.actors = actors;
    }

    /** One account of the school and its council role (null when none). */
    public record Row(Account account, String councilRole, boolean manageable) {
    }

    @GetMapping
    @Transactional(readOnly = true)
    String list(Model model) {
        SchoolContext.Current c = context.current();
        AppUser user = c.user();
        List<Row> rows = accounts.visibleTo(user).stream()
                .map(a -> new Row(a, actors.councilRole(user.schoolId(), a.getUsername()).map(SchoolAccountsController::label).orElse(null),
                        accounts.manages(user, a)))
                .toList();
        model.addAttribute("c", c);
        model.addAttribute("rows", rows);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "school/accounts";
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(required = false) String temporaryPassword, RedirectAttributes redirect) {
        AppUser user = Actors.requireUser();
        try {
            Issued issued = accounts.createWithTemporaryPassword(user,
                    new NewAccount(username, displayName, AccountKind.SCHOOL_STAFF, user.schoolId(), null, temporaryPassword));
            redirect.addFlashAttribute("flashOk", "Đã tạo tài khoản " + issued.account().getUsername() + " / account created");
            redirect.addFlashAttribute("issuedFor", issued.account().getUsername());
            redirect.addFlashAttribute("issuedPassword", issued.temporaryPassword());
        } catch (AccessDeniedException denied) {
            throw denied;
        } catch (KdclException e) {
            redirect.addFlashAttribute("problems", e.problems());
            redirect.addFlashAttribute("form", Map.of("username", username, "displayName", displayName));
        }
        return "redirect:/school/accounts";
    }

    @PostMapping("/{id}/enabled")
    String enable(@PathVariable UUID id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        return AccountActions.enable(accounts, id, enabled, redirect, "redirect:/school/accounts");
    }

    @PostMapping("/{id}/password")
    String reset(@PathVariable UUID id, @RequestParam(required = false) String temporaryPassword, RedirectAttributes redirect) {
        return AccountActions.reset(accounts, id, temporaryPassword, redirect, "redirect:/school/accounts");
    }

    static String label(Role role) {
        return switch (role) {
            case COUNCIL_CHAIR -> "Chủ tịch hội đồng / chair";
            case COUNCIL_SECRETARY -> "Thư ký hội đồng / secretary";
            case COUNCIL_MEMBER -> "Thành viên hội đồng / member";
            default -> role.name();
        };
    }
}
