-- The frozen documents of a published version: the report (DOCX) and the results summary (XLSX) rendered in the
-- transaction that published the version, kept as they were then. Stored in the database (BLOB), not in the
-- evidence store: they are written in the same transaction as kdclgd's published version (a publish that fails
-- leaves neither), they are small (tens of kilobytes), they are backed up with the published rows they belong to,
-- and the evidence store holds only files kdclgd's own rows reference.
CREATE TABLE app_published_document (
    id                   UUID         NOT NULL PRIMARY KEY,
    published_version_id UUID         NOT NULL,
    kind                 VARCHAR(40)  NOT NULL,
    format               VARCHAR(10)  NOT NULL,
    file_name            VARCHAR(255) NOT NULL,
    media_type           VARCHAR(120) NOT NULL,
    sha256               VARCHAR(64)  NOT NULL,
    size_bytes           BIGINT       NOT NULL,
    content              BLOB         NOT NULL,
    rendered_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    rendered_by          VARCHAR(120) NOT NULL,
    CONSTRAINT uk_app_published_document UNIQUE (published_version_id, kind, format),
    CONSTRAINT fk_app_published_document_version FOREIGN KEY (published_version_id) REFERENCES kdcl_published_version (id)
);
