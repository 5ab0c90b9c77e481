package vn.kdclgd.app.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.service.OrganisationService;
import vn.kdclgd.rules.KdclException;

/**
 * The province admin's accounts screen ({@code /admin/accounts}, kind PROVINCE_ADMIN only): the accounts of
 * its area by kind, unit and school; creating a school admin (one per school, for a school of the area as
 * kdclgd lists it), a unit officer (the province or a unit below) or a reviewer, each with a temporary
 * password shown once; disabling, enabling and resetting passwords. The rules are {@link AccountService}'s.
 */
@Controller
@RequestMapping("/admin/accounts")
public class AccountsController {
    /** The kinds this screen creates. */
    static final List<AccountKind> CREATED = List.of(AccountKind.SCHOOL_ADMIN, AccountKind.UNIT_OFFICER, AccountKind.REVIEWER);

    private final AccountService accounts;
    private final Actors actors;
    private final OrganisationService organisation;
    private final UnitDirectory units;
    private final Clock clock;

    AccountsController(AccountService accounts, Actors actors, OrganisationService organisation, UnitDirectory units, Clock clock) {
        this.accounts = accounts;
        this.actors = actors;
        this.organisation = organisation;
        this.units = units;
        this.clock = clock;
    }

    /** One line of the list. */
    public record Row(Account account, String place, boolean manageable) {
    }

    /** A school of the area and its admin account, if any. */
    public record SchoolOption(School school, String admin) {
    }

    @GetMapping
    @Transactional(readOnly = true)
    String list(@RequestParam(required = false) AccountKind kind, @RequestParam(required = false) UUID unit,
                @RequestParam(required = false) UUID school, Model model) {
        AppUser user = Actors.requireUser();
        Actor actor = actors.of(user);
        LocalDate today = LocalDate.now(clock);
        Map<UUID, School> schools = organisation.schools(actor, user.unitId(), today).stream()
                .collect(Collectors.toMap(School::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<UnitDirectory.UnitOption> unitList = units.subtree(user.unitId(), today);
        Map<UUID, String> unitNames = unitList.stream().collect(Collectors.toMap(UnitDirectory.UnitOption::id, UnitDirectory.UnitOption::name));
        List<Account> visible = accounts.visibleTo(user);
        Map<UUID, String> admins = visible.stream().filter(a -> a.getKind() == AccountKind.SCHOOL_ADMIN)
                .collect(Collectors.toMap(Account::getSchoolId, Account::getUsername, (a, b) -> a));
        Set<UUID> unitFilter = unit == null ? null : unitAndBelow(unitList, unit);
        Set<UUID> unitSchools = unit == null ? Set.of()
                : organisation.schools(actor, unit, today).stream().map(School::getId).collect(Collectors.toSet());
        List<Row> rows = visible.stream()
                .filter(a -> kind == null || a.getKind() == kind)
                .filter(a -> school == null || school.equals(a.getSchoolId()))
                .filter(a -> unitFilter == null || a.getUnitId() != null && unitFilter.contains(a.getUnitId())
                        || a.getSchoolId() != null && unitSchools.contains(a.getSchoolId()))
                .map(a -> new Row(a, place(a, schools, unitNames), accounts.manages(user, a)))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("kinds", AccountKind.values());
        model.addAttribute("created", CREATED);
        model.addAttribute("schools", schools.values().stream().map(s -> new SchoolOption(s, admins.get(s.getId()))).toList());
        model.addAttribute("units", unitList);
        model.addAttribute("kind", kind);
        model.addAttribute("unit", unit);
        model.addAttribute("school", school);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "admin/accounts";
    }

    @PostMapping
    String create(@RequestParam AccountKind kind, @RequestParam(defaultValue = "") String username,
                  @RequestParam(defaultValue = "") String displayName, @RequestParam(required = false) UUID schoolId,
                  @RequestParam(required = false) UUID unitId, @RequestParam(required = false) String temporaryPassword,
                  RedirectAttributes redirect) {
        AppUser user = Actors.requireUser();
        if (!CREATED.contains(kind)) {
            throw new AccessDeniedException(user.username(), "account.create", "kind " + kind);
        }
        try {
            Issued issued = accounts.createWithTemporaryPassword(user, new NewAccount(username, displayName, kind,
                    kind.isSchool() ? schoolId : null, kind.isUnit() ? unitId : null, temporaryPassword));
            redirect.addFlashAttribute("flashOk", "Đã tạo tài khoản " + issued.account().getUsername() + " / account created");
            redirect.addFlashAttribute("issuedFor", issued.account().getUsername());
            redirect.addFlashAttribute("issuedPassword", issued.temporaryPassword());
        } catch (AccessDeniedException denied) {
            throw denied;
        } catch (KdclException e) {
            redirect.addFlashAttribute("problems", e.problems());
            redirect.addFlashAttribute("form", Map.of("kind", kind.name(), "username", username, "displayName", displayName,
                    "schoolId", schoolId == null ? "" : schoolId.toString(), "unitId", unitId == null ? "" : unitId.toString()));
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/enabled")
    String enable(@PathVariable UUID id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        return AccountActions.enable(accounts, id, enabled, redirect, "redirect:/admin/accounts");
    }

    @PostMapping("/{id}/password")
    String reset(@PathVariable UUID id, @RequestParam(required = false) String temporaryPassword, RedirectAttributes redirect) {
        return AccountActions.reset(accounts, id, temporaryPassword, redirect, "redirect:/admin/accounts");
    }

    private static Set<UUID> unitAndBelow(List<UnitDirectory.UnitOption> list, UUID unit) {
        Set<UUID> out = new java.util.HashSet<>();
        int depth = -1;
        for (UnitDirectory.UnitOption u : list) {
            if (depth >= 0 && u.depth() <= depth) {
                break;
            }
            if (depth >= 0 || u.id().equals(unit)) {
                if (depth < 0) {
                    depth = u.depth();
                }
                out.add(u.id());
            }
        }
        return out;
    }

    private static String place(Account a, Map<UUID, School> schools, Map<UUID, String> units) {
        if (a.getSchoolId() != null) {
            School s = schools.get(a.getSchoolId());
            return s == null ? "" : s.getName() + " (" + s.getCode() + ")";
        }
        return a.getUnitId() == null ? "" : units.getOrDefault(a.getUnitId(), "");
    }
}
