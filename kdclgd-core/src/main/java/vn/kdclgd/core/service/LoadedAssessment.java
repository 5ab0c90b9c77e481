package vn.kdclgd.core.service;

import java.util.List;
import java.util.Objects;

import vn.kdclgd.core.model.CouncilMember;
import vn.kdclgd.core.model.CriterionEvaluation;
import vn.kdclgd.core.model.EvidenceItem;
import vn.kdclgd.core.model.EvidenceUse;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.model.WorkingGroup;

/**
 * A self-assessment loaded completely by {@link AssessmentLoader}: every entity and collection is
 * initialised.
 *
 * @param assessment  the assessment, with its school, timeline and expected evidence
 * @param council     the council members
 * @param groups      the secretariat and working groups, with members and criteria
 * @param evaluations the criterion evaluations with their judgements, in the act's order
 * @param evidenceUses the uses of evidence items by criterion, with the items, files and links
 */
public record LoadedAssessment(SelfAssessment assessment, List<CouncilMember> council, List<WorkingGroup> groups,
                               List<CriterionEvaluation> evaluations, List<EvidenceUse> evidenceUses) {
    /** Makes the lists immutable. */
    public LoadedAssessment {
        Objects.requireNonNull(assessment, "assessment");
        council = List.copyOf(council);
        groups = List.copyOf(groups);
        evaluations = List.copyOf(evaluations);
        evidenceUses = List.copyOf(evidenceUses);
    }

    /** The distinct evidence items used, ordered by code. */
    public List<EvidenceItem> evidenceItems() {
        return evidenceUses.stream().map(EvidenceUse::getEvidence).distinct()
                .sorted(java.util.Comparator.comparing(EvidenceItem::getCode)).toList();
    }
}
