-- Accounts of the reference application (kdclgd itself keeps account ids only).
CREATE TABLE app_account (
    id                   UUID         NOT NULL PRIMARY KEY,
    username             VARCHAR(100) NOT NULL,
    password_hash        VARCHAR(200) NOT NULL,
    display_name         VARCHAR(200) NOT NULL,
    kind                 VARCHAR(30)  NOT NULL,
    school_id            UUID,
    unit_id              UUID,
    must_change_password BOOLEAN      NOT NULL,
    enabled              BOOLEAN      NOT NULL,
    created_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by           VARCHAR(100) NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT uk_app_account_username UNIQUE (username),
    CONSTRAINT fk_app_account_school FOREIGN KEY (school_id) REFERENCES kdcl_school (id),
    CONSTRAINT fk_app_account_unit FOREIGN KEY (unit_id) REFERENCES kdcl_unit (id)
);
CREATE INDEX ix_app_account_school ON app_account (school_id);
CREATE INDEX ix_app_account_unit ON app_account (unit_id);
