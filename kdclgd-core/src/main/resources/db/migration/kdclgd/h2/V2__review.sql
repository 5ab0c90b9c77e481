-- kdclgd-core schema, version 2: indexes for external review, recognition, statistics and the
-- AssessmentLoader (docs/core-review-statistics.md). No table or column changes.
--
-- Element collections are read by their owner's id, but V1's primary keys of the ordered ones start
-- with "position" and the unordered ones have none: without these indexes each collection read scans
-- the whole table (measured: the overdue-improvement-review statistics over 80,000 actions did not
-- finish in 10 minutes on PostgreSQL without the action_review index).
create index kdcl_idx_action_review_action on kdcl_action_review (action_id, reviewed_on);
create index kdcl_idx_eval_judgement_evaluation on kdcl_evaluation_judgement (evaluation_id);
create index kdcl_idx_review_judgement_review on kdcl_review_judgement (review_id);
create index kdcl_idx_review_team_review on kdcl_review_team (review_id);
create index kdcl_idx_evidence_file_evidence on kdcl_evidence_file (evidence_id);
create index kdcl_idx_evidence_link_evidence on kdcl_evidence_link (evidence_id);
create index kdcl_idx_plan_milestone_assessment on kdcl_plan_milestone (assessment_id);
create index kdcl_idx_plan_evidence_assessment on kdcl_plan_evidence (assessment_id);
create index kdcl_idx_group_criterion_group on kdcl_working_group_criterion (group_id);

-- Statistics: a school year's assessments; certificates by end date.
create index kdcl_idx_assessment_year on kdcl_assessment (school_year, school_id);
create index kdcl_idx_certificate_valid_until on kdcl_certificate (valid_until);
