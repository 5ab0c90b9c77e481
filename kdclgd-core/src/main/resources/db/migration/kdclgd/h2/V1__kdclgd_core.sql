-- kdclgd-core schema, version 1 (h2). Flyway format: apply with
--   Flyway.configure().locations("classpath:db/migration/kdclgd/h2")
-- or copy into the vendor's own migration folder. Reviewed from the DDL Hibernate derives from the
-- entities (tools: vn.kdclgd.core.tools.GenerateDdl); MigrationsTest proves the entities validate
-- against a database built only from these scripts.

create table kdcl_action_review (
    position integer not null check ((position>=0)),
    reviewed_on date not null,
    action_id uuid not null,
    finding varchar(4000) not null,
    reviewer varchar(255),
    primary key (position, action_id)
);

create table kdcl_assessment (
    council_decision_date date,
    published_version integer not null,
    version bigint not null,
    school_year varchar(9) not null,
    id uuid not null,
    school_id uuid not null,
    part_level varchar(40) not null,
    catalog_id varchar(60) not null,
    plan_purpose varchar(4000),
    council_decision varchar(255),
    state enum ('COUNCIL','EVIDENCE','FOLLOW_UP','PLAN','PUBLISHED','RATING','REPORT') not null,
    primary key (id),
    unique (school_id, school_year, catalog_id, part_level)
);

create table kdcl_audit (
    at timestamp(6) with time zone not null,
    entity_id uuid,
    id uuid not null,
    school_id uuid,
    action varchar(80) not null,
    entity_type varchar(80) not null,
    actor_id varchar(120) not null,
    detail clob,
    primary key (id)
);

create table kdcl_certificate (
    issued_on date not null,
    level_no integer not null check ((level_no>=1)),
    revoked_on date,
    valid_until date not null,
    version bigint not null,
    id uuid not null,
    review_id uuid,
    school_id uuid not null,
    kind varchar(30) not null,
    catalog_id varchar(60) not null,
    decision_number varchar(120),
    revocation_reason varchar(2000),
    primary key (id)
);

create table kdcl_council_member (
    qa_trained boolean not null,
    version bigint not null,
    assessment_id uuid not null,
    id uuid not null,
    actor_id varchar(120),
    full_name varchar(255) not null,
    title varchar(255),
    council_role enum ('CHAIR','MEMBER','SECRETARY','VICE_CHAIR') not null,
    position enum ('HEAD_OF_TEAM','OTHER','PRINCIPAL','STAFF','TEACHER','VICE_PRINCIPAL') not null,
    primary key (id)
);

create table kdcl_evaluation (
    draft boolean not null,
    version bigint not null,
    criterion varchar(10) not null,
    assessment_id uuid not null,
    id uuid not null,
    current_state clob,
    improvement_plan clob,
    strengths clob,
    weaknesses clob,
    primary key (id),
    unique (assessment_id, criterion)
);

create table kdcl_evaluation_judgement (
    level_no integer not null,
    met boolean not null,
    item_key varchar(10) not null,
    evaluation_id uuid not null
);

create table kdcl_evidence (
    issued_on date,
    needs_review boolean not null,
    valid_from date,
    valid_until date,
    version bigint not null,
    id uuid not null,
    school_id uuid not null,
    code varchar(40) not null,
    previous_code varchar(40),
    document_number varchar(120),
    title varchar(1000) not null,
    issuer varchar(255),
    primary key (id),
    unique (school_id, code)
);

create table kdcl_evidence_file (
    position integer not null check ((position>=0)),
    size_bytes bigint not null,
    evidence_id uuid not null,
    sha256 varchar(64) not null,
    media_type varchar(120),
    file_name varchar(255) not null,
    primary key (position, evidence_id)
);

create table kdcl_evidence_link (
    position integer not null check ((position>=0)),
    evidence_id uuid not null,
    url varchar(2000) not null,
    primary key (position, evidence_id)
);

create table kdcl_evidence_use (
    version bigint not null,
    criterion varchar(10) not null,
    assessment_id uuid not null,
    evidence_id uuid not null,
    id uuid not null,
    primary key (id),
    unique (assessment_id, evidence_id, criterion)
);

create table kdcl_external_review (
    decided_on date,
    registered_on date not null,
    result_level integer,
    seeks_accreditation boolean not null,
    seeks_national_standard boolean not null,
    version bigint not null,
    id uuid not null,
    snapshot_id uuid not null,
    state enum ('DECIDED','IN_REVIEW','REGISTERED','WITHDRAWN') not null,
    primary key (id)
);

create table kdcl_improvement_action (
    deadline date not null,
    version bigint not null,
    criterion varchar(10),
    assessment_id uuid not null,
    id uuid not null,
    description varchar(4000) not null,
    owner varchar(255) not null,
    status enum ('DONE','DROPPED','IN_PROGRESS','PLANNED') not null,
    primary key (id)
);

create table kdcl_plan_evidence (
    position integer not null check ((position>=0)),
    criterion varchar(10) not null,
    assessment_id uuid not null,
    description varchar(2000) not null,
    responsible varchar(255),
    primary key (position, assessment_id)
);

create table kdcl_plan_milestone (
    end_date date not null,
    position integer not null check ((position>=0)),
    start_date date not null,
    assessment_id uuid not null,
    activity varchar(2000) not null,
    primary key (position, assessment_id)
);

create table kdcl_published_version (
    school_level integer not null,
    number integer not null,
    published_at timestamp(6) with time zone not null,
    version bigint not null,
    assessment_id uuid not null,
    id uuid not null,
    content_hash varchar(64) not null,
    published_by varchar(120) not null,
    snapshot clob not null,
    primary key (id),
    unique (assessment_id, number)
);

create table kdcl_review_judgement (
    level_no integer not null,
    met boolean not null,
    criterion varchar(10) not null,
    item_key varchar(10) not null,
    review_id uuid not null,
    reviewer_id varchar(120) not null
);

create table kdcl_review_team (
    position integer not null check ((position>=0)),
    review_id uuid not null,
    team_role varchar(60),
    actor_id varchar(120) not null,
    full_name varchar(255) not null,
    primary key (position, review_id)
);

create table kdcl_school (
    version bigint not null,
    id uuid not null,
    code varchar(40) not null unique,
    school_type varchar(40) not null,
    name varchar(255) not null,
    primary key (id)
);

create table kdcl_school_campus (
    main_site boolean not null,
    position integer not null check ((position>=0)),
    school_id uuid not null,
    address varchar(255),
    name varchar(255) not null,
    primary key (position, school_id)
);

create table kdcl_school_level (
    school_id uuid not null,
    level_code varchar(40) not null,
    primary key (school_id, level_code)
);

create table kdcl_school_profile (
    version bigint not null,
    school_year varchar(9) not null,
    id uuid not null,
    school_id uuid not null,
    primary key (id),
    unique (school_id, school_year)
);

create table kdcl_school_profile_count (
    count_value integer not null,
    profile_id uuid not null,
    category varchar(80) not null,
    primary key (profile_id, category)
);

create table kdcl_unit (
    valid_from date not null,
    valid_to date,
    version bigint not null,
    id uuid not null,
    parent_id uuid,
    code varchar(40) not null unique,
    name varchar(255) not null,
    kind enum ('COMMUNE_WARD','DISTRICT_LEGACY','MINISTRY','PROVINCE') not null,
    primary key (id)
);

create table kdcl_unit_membership (
    valid_from date not null,
    valid_to date,
    version bigint not null,
    id uuid not null,
    school_id uuid not null,
    unit_id uuid not null,
    primary key (id)
);

create table kdcl_working_group (
    version bigint not null,
    assessment_id uuid not null,
    id uuid not null,
    name varchar(255) not null,
    kind enum ('SECRETARIAT','WORKING_GROUP') not null,
    primary key (id)
);

create table kdcl_working_group_criterion (
    criterion varchar(10) not null,
    group_id uuid not null,
    primary key (criterion, group_id)
);

create table kdcl_working_group_member (
    group_id uuid not null,
    member_id uuid not null,
    primary key (group_id, member_id)
);

alter table if exists kdcl_action_review 
   add constraint FKq0329oy9eyvhenmdpilcqy6i2 
   foreign key (action_id) 
   references kdcl_improvement_action;

alter table if exists kdcl_assessment 
   add constraint FK3ervf2s57eh34v3abfv6j38vl 
   foreign key (school_id) 
   references kdcl_school;

alter table if exists kdcl_certificate 
   add constraint FKix49oxpnepw5ng1323kya79bj 
   foreign key (review_id) 
   references kdcl_external_review;

alter table if exists kdcl_certificate 
   add constraint FK21hgwwwoalkaaj8angi8i3eol 
   foreign key (school_id) 
   references kdcl_school;

alter table if exists kdcl_council_member 
   add constraint FKnhsa71j90h25oe8cg82pmuwog 
   foreign key (assessment_id) 
   references kdcl_assessment;

alter table if exists kdcl_evaluation 
   add constraint FKkoxffx3alvi7w04t1fs20kbjw 
   foreign key (assessment_id) 
   references kdcl_assessment;

alter table if exists kdcl_evaluation_judgement 
   add constraint FK9vv5otlvqxl1h5hn9ec2pq6cs 
   foreign key (evaluation_id) 
   references kdcl_evaluation;

alter table if exists kdcl_evidence 
   add constraint FKmeecpjhu4wgdlyq53m53khac5 
   foreign key (school_id) 
   references kdcl_school;

alter table if exists kdcl_evidence_file 
   add constraint FKinaen8chy6rqjv2fkiynxps57 
   foreign key (evidence_id) 
   references kdcl_evidence;

alter table if exists kdcl_evidence_link 
   add constraint FK7775y94bqxflycje5u0e65yce 
   foreign key (evidence_id) 
   references kdcl_evidence;

alter table if exists kdcl_evidence_use 
   add constraint FK7gbreqrj1tx6x9hij4o5tntqs 
   foreign key (assessment_id) 
   references kdcl_assessment;

alter table if exists kdcl_evidence_use 
   add constraint FKj8ew4b5etkw63kbgykaeu9pm1 
   foreign key (evidence_id) 
   references kdcl_evidence;

alter table if exists kdcl_external_review 
   add constraint FK4tg4dil7vhgddgjqfd59j8tli 
   foreign key (snapshot_id) 
   references kdcl_published_version;

alter table if exists kdcl_improvement_action 
   add constraint FKb69hc97c9y4unl6mnoj47smtt 
   foreign key (assessment_id) 
   references kdcl_assessment;

alter table if exists kdcl_plan_evidence 
   add constraint FKhaqk2xeffufj71cfuj13bf84l 
   foreign key (assessment_id) 
   references kdcl_assessment;

alter table if exists kdcl_plan_milestone 
   add constraint FKavd7t1n406fjwi2jludcop5cy 
   foreign key (assessment_id) 
   references kdcl_assessment;

alter table if exists kdcl_published_version 
   add constraint FK6hohx7hnvfl47pblqr8g4nlij 
   foreign key (assessment_id) 
   references kdcl_assessment;

alter table if exists kdcl_review_judgement 
   add constraint FK2whb1khnlx4b78ituoh714rv6 
   foreign key (review_id) 
   references kdcl_external_review;

alter table if exists kdcl_review_team 
   add constraint FKpwgtv6ag6wy03d54dwjfmq6n9 
   foreign key (review_id) 
   references kdcl_external_review;

alter table if exists kdcl_school_campus 
   add constraint FK2v7y97ag71aroofus23uawrn5 
   foreign key (school_id) 
   references kdcl_school;

alter table if exists kdcl_school_level 
   add constraint FKlp5tvkw7m237cqmr80n1m70rh 
   foreign key (school_id) 
   references kdcl_school;

alter table if exists kdcl_school_profile 
   add constraint FK9ckcc2939tqj1otgngggcg4ny 
   foreign key (school_id) 
   references kdcl_school;

alter table if exists kdcl_school_profile_count 
   add constraint FK9f5relurhx39ni6imgnhtktdl 
   foreign key (profile_id) 
   references kdcl_school_profile;

alter table if exists kdcl_unit 
   add constraint FK3pyrl9qc3vkdg75e4ygjbvhcp 
   foreign key (parent_id) 
   references kdcl_unit;

alter table if exists kdcl_unit_membership 
   add constraint FKouy6nbeyfbjjhk1e5nq6daby1 
   foreign key (school_id) 
   references kdcl_school;

alter table if exists kdcl_unit_membership 
   add constraint FKfym5qbfhkr6tlb1fb9vubujju 
   foreign key (unit_id) 
   references kdcl_unit;

alter table if exists kdcl_working_group 
   add constraint FK100qejt1eqlrxlxkwuemkio9u 
   foreign key (assessment_id) 
   references kdcl_assessment;

alter table if exists kdcl_working_group_criterion 
   add constraint FKitsrnj90wugm0venwg1241kwe 
   foreign key (group_id) 
   references kdcl_working_group;

alter table if exists kdcl_working_group_member 
   add constraint FKj5g9asddfb7qj0okqc2aphkm 
   foreign key (group_id) 
   references kdcl_working_group;

create index kdcl_idx_unit_parent on kdcl_unit (parent_id);
create index kdcl_idx_membership_school on kdcl_unit_membership (school_id);
create index kdcl_idx_membership_unit on kdcl_unit_membership (unit_id);
create index kdcl_idx_member_assessment on kdcl_council_member (assessment_id);
create index kdcl_idx_group_assessment on kdcl_working_group (assessment_id);
create index kdcl_idx_use_evidence on kdcl_evidence_use (evidence_id);
create index kdcl_idx_action_assessment on kdcl_improvement_action (assessment_id);
create index kdcl_idx_review_snapshot on kdcl_external_review (snapshot_id);
create index kdcl_idx_certificate_school on kdcl_certificate (school_id);
create index kdcl_idx_audit_school_at on kdcl_audit (school_id, at);
create index kdcl_idx_audit_entity on kdcl_audit (entity_id);
