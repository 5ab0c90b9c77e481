-- kdclgd-core schema, version 3: each improvement action keeps the dates of its first and second review
-- within its assessment's school year (1 August – 31 July), derived from kdcl_action_review when the
-- action is saved (ImprovementAction.summariseReviews). The overdue-review statistics read these two
-- columns instead of aggregating every review row (docs/core-review-statistics.md).
alter table kdcl_improvement_action add column review1_on date;
alter table kdcl_improvement_action add column review2_on date;

-- Existing rows: the same derivation in SQL.
update kdcl_improvement_action ia set
    review1_on = (select r.reviewed_on from kdcl_action_review r join kdcl_assessment a on a.id = ia.assessment_id
                  where r.action_id = ia.id
                    and r.reviewed_on >= cast(substr(a.school_year, 1, 4) || '-08-01' as date)
                    and r.reviewed_on <= cast(substr(a.school_year, 6, 4) || '-07-31' as date)
                  order by r.reviewed_on limit 1),
    review2_on = (select r.reviewed_on from kdcl_action_review r join kdcl_assessment a on a.id = ia.assessment_id
                  where r.action_id = ia.id
                    and r.reviewed_on >= cast(substr(a.school_year, 1, 4) || '-08-01' as date)
                    and r.reviewed_on <= cast(substr(a.school_year, 6, 4) || '-07-31' as date)
                  order by r.reviewed_on limit 1 offset 1);
