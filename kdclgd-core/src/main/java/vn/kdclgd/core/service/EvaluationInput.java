package vn.kdclgd.core.service;

import java.util.List;

import vn.kdclgd.core.model.ItemJudgement;

/**
 * What a council member writes on one criterion's form (phiếu đánh giá tiêu chí).
 *
 * @param currentState    mô tả hiện trạng; every statement should cite evidence, e.g. {@code (MC.1.1.01)}
 * @param strengths       điểm mạnh
 * @param weaknesses      điểm yếu
 * @param improvementPlan kế hoạch cải tiến chất lượng
 * @param judgements      the judgements (level, item key, met); replaces those saved before
 */
public record EvaluationInput(String currentState, String strengths, String weaknesses, String improvementPlan,
                              List<ItemJudgement> judgements) {
    /** Makes the judgements immutable (null = none). */
    public EvaluationInput {
        judgements = judgements == null ? List.of() : List.copyOf(judgements);
    }
}
