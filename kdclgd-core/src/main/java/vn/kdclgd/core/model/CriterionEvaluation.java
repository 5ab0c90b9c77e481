package vn.kdclgd.core.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The evaluation of one criterion (phiếu đánh giá tiêu chí): current state with evidence citations,
 * strengths, weaknesses, improvement plan and the judgements. Two members saving it at once: one wins,
 * the other gets an optimistic-locking conflict.
 */
@Entity
@Table(name = "kdcl_evaluation", uniqueConstraints = @UniqueConstraint(columnNames = {"assessment_id", "criterion"}))
public class CriterionEvaluation extends BaseEntity {
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id", nullable = false)
    private SelfAssessment assessment;

    @NotBlank
    @Column(name = "criterion", nullable = false, length = 10)
    private String criterion;

    @Column(name = "current_state", length = Integer.MAX_VALUE)
    private String currentState;

    @Column(name = "strengths", length = Integer.MAX_VALUE)
    private String strengths;

    @Column(name = "weaknesses", length = Integer.MAX_VALUE)
    private String weaknesses;

    @Column(name = "improvement_plan", length = Integer.MAX_VALUE)
    private String improvementPlan;

    @ElementCollection
    @CollectionTable(name = "kdcl_evaluation_judgement", joinColumns = @JoinColumn(name = "evaluation_id"))
    private List<@Valid ItemJudgement> judgements = new ArrayList<>();

    @Column(name = "draft", nullable = false)
    private boolean draft;

    /** For JPA. */
    protected CriterionEvaluation() {
    }

    /** An empty evaluation of {@code criterion}. */
    public CriterionEvaluation(SelfAssessment assessment, String criterion) {
        this.assessment = assessment;
        this.criterion = criterion;
    }

    public SelfAssessment getAssessment() { return assessment; }
    public String getCriterion() { return criterion; }
    public String getCurrentState() { return currentState; }
    public void setCurrentState(String currentState) { this.currentState = currentState; }
    public String getStrengths() { return strengths; }
    public void setStrengths(String strengths) { this.strengths = strengths; }
    public String getWeaknesses() { return weaknesses; }
    public void setWeaknesses(String weaknesses) { this.weaknesses = weaknesses; }
    public String getImprovementPlan() { return improvementPlan; }
    public void setImprovementPlan(String improvementPlan) { this.improvementPlan = improvementPlan; }
    public List<ItemJudgement> getJudgements() { return judgements; }
    /** True when carried over from last year and not yet reviewed. */
    public boolean isDraft() { return draft; }
    public void setDraft(boolean draft) { this.draft = draft; }
}
