-- What the reports know of each lead (org.leadpact.reports.LeadFacts), derived from its log alone and
-- written in the same transaction as the lead projection; rebuilt with it.
CREATE TABLE lead_fact (
    lead_id  VARCHAR(200) PRIMARY KEY,
    version  INTEGER      NOT NULL,
    facts    CHARACTER VARYING NOT NULL
);
