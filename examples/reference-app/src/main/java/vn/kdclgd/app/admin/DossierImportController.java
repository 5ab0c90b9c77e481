package vn.kdclgd.app.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.kdclgd.app.account.Actors;
import vn.kdclgd.app.account.AppUser;
import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Grant;
import vn.kdclgd.core.access.Role;
import vn.kdclgd.core.dossier.DossierService;
import vn.kdclgd.core.dossier.DossierSummary;
import vn.kdclgd.core.service.OrganisationService;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/**
 * Importing a school's dossier ZIP ({@code docs/dossier.md}) into this installation
 * ({@code /admin/dossier}, province admin only): a school that moves here from another installation.
 *
 * <p>Who may import: kdclgd requires {@code SCHOOL_ADMIN} on the school id written in the dossier and leaves
 * the choice of who that is to the application. Here it is the province admin: the upload is read with
 * {@link DossierService#describe} (no database access), the admin's actor receives the school-admin grant on
 * that id for this one call, and {@link DossierService#importDossier} imports everything or nothing in one
 * transaction. Afterwards the school must belong, today, to a unit of the admin's province — kdclgd's
 * {@link OrganisationService#school} is asked with the admin's own actor (without the extra grant); if it
 * refuses, the transaction is rolled back and nothing stays written. Problems are shown beside the form.
 */
@Controller
@RequestMapping("/admin/dossier")
public class DossierImportController {
    /** Not a ZIP file. */
    static final String NOT_A_ZIP = "KDCL-9522";
    /** Over the size limit of this screen. */
    static final String TOO_LARGE = "KDCL-9523";
    /** No file chosen. */
    static final String NO_FILE = "KDCL-9524";
    /** The imported school is not in the admin's province. */
    static final String OUTSIDE_AREA = "KDCL-9525";

    private final DossierService dossiers;
    private final OrganisationService organisation;
    private final TransactionTemplate tx;
    private final long maxBytes;

    DossierImportController(DossierService dossiers, OrganisationService organisation, TransactionTemplate tx,
                            @Value("${kdclgd.upload.dossier-max-bytes:${kdclgd.upload.import-max-bytes}}") long maxBytes) {
        this.dossiers = dossiers;
        this.organisation = organisation;
        this.tx = tx;
        this.maxBytes = maxBytes;
    }

    @GetMapping
    String form() {
        return "admin/dossier";
    }

    @PostMapping
    String importDossier(@RequestParam(name = "dossier", required = false) MultipartFile file, RedirectAttributes redirect) {
        AppUser user = Actors.requireUser();
        List<Problem> problems = check(file);
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("problems", problems);
            return "redirect:/admin/dossier";
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile("kdclgd-dossier-", ".zip");
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            Path zip = tmp;
            DossierSummary described;
            try (InputStream in = Files.newInputStream(zip)) {
                described = dossiers.describe(in);
            }
            Actor importer = Actor.of(user.username(), Grant.unitOfficer(user.unitId()), Grant.school(Role.SCHOOL_ADMIN, described.schoolId()));
            Actor admin = Actor.of(user.username(), Grant.unitOfficer(user.unitId()));
            DossierSummary imported = tx.execute(s -> {
                DossierSummary result;
                try (InputStream in = Files.newInputStream(zip)) {
                    result = dossiers.importDossier(importer, in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                try {
                    organisation.school(admin, result.schoolId());
                } catch (AccessDeniedException outside) {
                    throw new KdclException(Problem.of(OUTSIDE_AREA, "school " + result.schoolCode(),
                            "trường " + result.schoolCode() + " không thuộc đơn vị nào của Sở này (theo hồ sơ); không nhập gì",
                            "school " + result.schoolCode() + " does not belong to a unit of this province (as the dossier says); nothing imported"));
                }
                return result;
            });
            redirect.addFlashAttribute("flashOk", "Đã nhập hồ sơ trường " + imported.schoolCode() + " / dossier imported");
            redirect.addFlashAttribute("summary", summary(imported));
        } catch (AccessDeniedException denied) {
            throw denied;
        } catch (KdclException e) {
            redirect.addFlashAttribute("problems", e.problems());
        } catch (IOException | UncheckedIOException e) {
            redirect.addFlashAttribute("problems", List.of(Problem.of("KDCL-8040", "dossier", "không đọc được tệp tải lên: " + e.getMessage(),
                    "the upload cannot be read: " + e.getMessage())));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed by the system
                }
            }
        }
        return "redirect:/admin/dossier";
    }

    /** The size and type checks made before kdclgd reads the archive. */
    private List<Problem> check(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return List.of(Problem.of(NO_FILE, "dossier", "chọn tệp hồ sơ (.zip) để nhập", "choose a dossier file (.zip) to import"));
        }
        if (file.getSize() > maxBytes) {
            return List.of(Problem.of(TOO_LARGE, "dossier", "tệp lớn hơn giới hạn " + (maxBytes / (1024 * 1024)) + " MB",
                    "the file is larger than the " + (maxBytes / (1024 * 1024)) + " MB limit"));
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        byte[] head = new byte[4];
        int n;
        try (InputStream in = file.getInputStream()) {
            n = in.readNBytes(head, 0, 4);
        } catch (IOException e) {
            n = 0;
        }
        boolean zip = n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        if (!name.endsWith(".zip") || !zip) {
            return List.of(Problem.of(NOT_A_ZIP, "dossier " + file.getOriginalFilename(),
                    "tệp không phải hồ sơ ZIP do kdclgd xuất (cần đuôi .zip và nội dung ZIP)",
                    "the file is not a ZIP dossier exported by kdclgd (needs the .zip extension and ZIP content)"));
        }
        return List.of();
    }

    private static Map<String, Object> summary(DossierSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schoolCode", s.schoolCode());
        m.put("schoolName", s.schoolName());
        m.put("format", s.format());
        m.put("createdAt", s.createdAt().toString());
        m.put("createdBy", s.createdBy());
        m.put("sha256", s.dossierSha256());
        m.put("entries", s.entries());
        m.put("fileBytes", s.fileBytes());
        m.put("counts", new LinkedHashMap<>(s.counts()));
        return m;
    }
}
