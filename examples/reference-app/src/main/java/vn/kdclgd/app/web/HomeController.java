package vn.kdclgd.app.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.kdclgd.app.account.AccountService;
import vn.kdclgd.app.account.Actors;
import vn.kdclgd.app.account.AppUser;
import vn.kdclgd.rules.KdclException;

/** Login page, the start page of each kind of account, and the password change. */
@Controller
public class HomeController {
    private final AccountService accounts;

    HomeController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home() {
        AppUser u = Actors.requireUser();
        return switch (u.kind()) {
            case SCHOOL_ADMIN, SCHOOL_STAFF -> "redirect:/school";
            case PROVINCE_ADMIN, UNIT_OFFICER -> "redirect:/unit";
            case REVIEWER -> "redirect:/review";
        };
    }

    @GetMapping("/account/password")
    String passwordForm() {
        return "account/password";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword, @RequestParam String repeat,
                          Model model, RedirectAttributes redirect) {
        try {
            accounts.changePassword(Actors.requireUser(), currentPassword, newPassword, repeat);
        } catch (KdclException e) {
            model.addAttribute("problems", e.problems());
            return "account/password";
        }
        redirect.addFlashAttribute("flashOk", "Đã đổi mật khẩu / password changed");
        return "redirect:/";
    }
}
