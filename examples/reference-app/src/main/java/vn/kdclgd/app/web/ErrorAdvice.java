package vn.kdclgd.app.web;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.service.ConflictException;
import vn.kdclgd.core.service.NotFoundException;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/**
 * kdclgd's exceptions as pages: a refusal of the library's access control is 403, an unknown id 404, a
 * conflict 409, any other problem 400 — each page lists the problems (code, where, what to do) the
 * library gave. Screens that can show problems beside the form catch them themselves.
 */
@ControllerAdvice
public class ErrorAdvice {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorAdvice.class);

    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String denied(AccessDeniedException e, Model model) {
        LOG.info("refused by kdclgd: {}", e.getMessage());
        return page(model, 403, "Không có quyền / Access denied", e.problems());
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        return page(model, 404, "Không tìm thấy / Not found", e.problems());
    }

    @ExceptionHandler(ConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(ConflictException e, Model model) {
        return page(model, 409, "Người khác vừa lưu trước / Someone else saved first", e.problems());
    }

    @ExceptionHandler(KdclException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String problem(KdclException e, Model model) {
        return page(model, 400, "Chưa thực hiện được / Not done", e.problems());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String tooLarge(MaxUploadSizeExceededException e, Model model) {
        return page(model, 413, TOO_LARGE_TITLE, tooLargeProblems());
    }

    /** Title of the 413 page. */
    static final String TOO_LARGE_TITLE = "Tệp quá lớn / File too large";

    /** The problem shown for an upload over the server's limit (also by {@link ErrorPages} when Tomcat refuses it first). */
    static List<Problem> tooLargeProblems() {
        return List.of(Problem.of("KDCL-9501", "upload",
                "tệp tải lên vượt giới hạn của máy chủ; chia nhỏ hoặc nén tệp rồi tải lại",
                "the upload is over the server's limit; split or compress the file and upload again"));
    }

    @ExceptionHandler(vn.kdclgd.app.school.SchoolContext.NoAssessmentException.class)
    String noAssessment(org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        redirect.addFlashAttribute("problems", List.of(Problem.of("KDCL-9511", "school", "trường chưa có đợt tự đánh giá; tạo một đợt ở trang Tổng quan",
                "the school has no self-assessment yet; create one on the overview page")));
        return "redirect:/school";
    }

    static String page(Model model, int status, String title, List<Problem> problems) {
        model.addAttribute("status", status);
        model.addAttribute("title", title);
        model.addAttribute("problems", problems);
        return "error/problem";
    }
}
