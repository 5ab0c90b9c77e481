package vn.kdclgd.app.school;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.kdclgd.core.service.AssessmentService;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.rating.RatingResult;

/**
 * The rating of the current self-assessment from the judgements saved so far: the school's level, each
 * criterion's level and level statuses, kdclgd's explanation citing the articles, what is missing, what
 * the next level needs (gaps), and a bar chart of the criteria per level per standard.
 */
@Controller
@RequestMapping("/school/results")
public class ResultsController {
    private final SchoolContext context;
    private final SchoolTx tx;
    private final AssessmentService assessments;

    ResultsController(SchoolContext context, SchoolTx tx, AssessmentService assessments) {
        this.context = context;
        this.tx = tx;
        this.assessments = assessments;
    }

    @GetMapping
    String results(Model model) {
        return tx.read(() -> {
            SchoolContext.Current c = context.current();
            Catalog catalog = c.requireCatalog();
            RatingResult r = assessments.rate(c.actor(), c.requireAssessment().getId());
            model.addAttribute("c", c);
            model.addAttribute("catalog", catalog);
            model.addAttribute("r", r);
            model.addAttribute("chart", LevelChart.of(catalog, r));
            return "school/results";
        });
    }
}
