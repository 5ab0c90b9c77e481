package vn.kdclgd.app.school;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.dossier.DossierService;
import vn.kdclgd.core.dossier.DossierSummary;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/**
 * The school's dossier (docs/dossier.md): export everything the school has in kdclgd as one ZIP
 * ({@code kdclgd-dossier/1}; kdclgd lets the school admin and the council chair), and describe an uploaded
 * dossier without importing it. Importing a dossier into this installation is the province admin's
 * ({@code /admin}).
 */
@Controller
@RequestMapping("/school/dossier")
public class DossierController {
    private final SchoolContext context;
    private final DossierService dossiers;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final long maxBytes;

    DossierController(SchoolContext context, DossierService dossiers, TransactionTemplate tx, Clock clock,
                      @Value("${kdclgd.upload.import-max-bytes}") long maxBytes) {
        this.context = context;
        this.dossiers = dossiers;
        this.tx = tx;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    @GetMapping
    @Transactional(readOnly = true)
    String page(Model model) {
        model.addAttribute("c", context.current());
        model.addAttribute("maxMb", maxBytes / (1024 * 1024));
        return "school/dossier";
    }

    /** The dossier ZIP, written to an owner-only temporary file first so a refusal or a failure never sends half an archive. */
    @GetMapping("/export.zip")
    void export(HttpServletResponse response) throws IOException {
        Path zip = Files.createTempFile("kdclgd-dossier-", ".zip");
        try {
            DossierSummary summary = tx.execute(s -> {
                SchoolContext.Current c = context.current();
                try (OutputStream out = Files.newOutputStream(zip)) {
                    return dossiers.export(c.actor(), c.school().getId(), out);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            String name = "Hồ sơ kdclgd - " + summary.schoolCode() + " - " + LocalDate.now(clock) + ".zip";
            response.setContentType(Downloads.ZIP);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Downloads.contentDisposition(name));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store, private");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setContentLengthLong(Files.size(zip));
            try (OutputStream out = response.getOutputStream()) {
                Files.copy(zip, out);
            }
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    @PostMapping("/describe")
    @Transactional(readOnly = true)
    String describe(@RequestParam("dossier") MultipartFile file, Model model) {
        model.addAttribute("c", context.current());
        model.addAttribute("maxMb", maxBytes / (1024 * 1024));
        try {
            List<Problem> refused = check(file);
            if (!refused.isEmpty()) {
                model.addAttribute("problems", refused);
                return "school/dossier";
            }
            try (InputStream in = file.getInputStream()) {
                model.addAttribute("summary", dossiers.describe(in));
            }
            model.addAttribute("describedFile", file.getOriginalFilename());
        } catch (AccessDeniedException e) {
            throw e;
        } catch (KdclException e) {
            model.addAttribute("problems", e.problems());
        } catch (IOException e) {
            model.addAttribute("problems", List.of(Problem.of("KDCL-9562", "upload", "không đọc được tệp tải lên: " + e.getMessage(),
                    "cannot read the upload: " + e.getMessage())));
        }
        return "school/dossier";
    }

    private List<Problem> check(MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        if (file.isEmpty()) {
            return List.of(Problem.of("KDCL-9560", "dossier", "chưa chọn tệp hồ sơ (.zip) hoặc tệp rỗng", "no dossier file chosen, or it is empty"));
        }
        if (file.getSize() > maxBytes) {
            return List.of(Problem.of("KDCL-9501", name, "tệp lớn hơn " + maxBytes / (1024 * 1024) + " MB",
                    "the file is larger than " + maxBytes / (1024 * 1024) + " MB"));
        }
        byte[] head = new byte[4];
        int n;
        try (InputStream in = file.getInputStream()) {
            n = in.readNBytes(head, 0, 4);
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".zip") || n < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
            return List.of(Problem.of("KDCL-9563", name, "không phải tệp .zip; chọn tệp hồ sơ do kdclgd xuất (Xuất hồ sơ)",
                    "not a .zip file; choose a dossier exported by kdclgd"));
        }
        return List.of();
    }
}
