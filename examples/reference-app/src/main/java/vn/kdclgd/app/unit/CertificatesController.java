package vn.kdclgd.app.unit;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.service.CertificateInfo;
import vn.kdclgd.core.service.RecognitionService;
import vn.kdclgd.rules.KdclException;

/**
 * Reminders for the unit: current certificates of its schools that expire within a chosen number of months
 * ({@code RecognitionService.expiringWithin}, default 12) and those whose re-registration is due
 * ({@code reRegistrationDue}: the certificate's own scheme's lead time, 5 months under the 2018 regime, none
 * under TT57).
 */
@Controller
@RequestMapping("/unit/certificates")
public class CertificatesController {
    /** Windows offered, in months. */
    static final List<Integer> MONTHS = List.of(3, 6, 12, 24, 36, 60);

    private final UnitContext context;
    private final RecognitionService recognition;

    CertificatesController(UnitContext context, RecognitionService recognition) {
        this.context = context;
        this.recognition = recognition;
    }

    @GetMapping
    @Transactional(readOnly = true)
    String page(@RequestParam(defaultValue = "12") int months, Model model) {
        UnitContext.Current c = context.current();
        List<CertificateInfo> expiring;
        try {
            expiring = recognition.expiringWithin(c.actor(), c.unitId(), c.today(), months);
        } catch (AccessDeniedException denied) {
            throw denied;
        } catch (KdclException e) {
            model.addAttribute("problems", e.problems());
            months = 12;
            expiring = recognition.expiringWithin(c.actor(), c.unitId(), c.today(), months);
        }
        model.addAttribute("expiring", expiring);
        model.addAttribute("due", recognition.reRegistrationDue(c.actor(), c.unitId(), c.today()));
        model.addAttribute("months", months);
        model.addAttribute("monthsOptions", MONTHS.contains(months) ? MONTHS
                : java.util.stream.Stream.concat(MONTHS.stream(), java.util.stream.Stream.of(months)).sorted().toList());
        model.addAttribute("today", c.today());
        return "unit/certificates";
    }
}
