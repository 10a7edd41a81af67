-- A rep's own webhook (Slack or a CRM), where their hand-off packets and SLA escalations are posted
-- instead of the shared webhook (null: the shared one), and the country whose public holidays their
-- SLA calendar keeps (null: the agreement calendar's).
ALTER TABLE rep ADD COLUMN webhook VARCHAR(2000);
ALTER TABLE rep ADD COLUMN holiday_country VARCHAR(10);

-- The manager (rep id) a breach was escalated to, from the directory when it fired; null: none known.
ALTER TABLE sla_escalation ADD COLUMN manager VARCHAR(200);

-- SLA escalation notices share the outbox (and its retries, leases and dead letters) with hand-off
-- packets: notice is the escalation they announce (clock id and step; '' for a hand-off packet),
-- subject and message their words. A notice is not an assignment: its lead_version is 0.
ALTER TABLE notification_outbox ADD COLUMN notice VARCHAR(400) DEFAULT '' NOT NULL;
ALTER TABLE notification_outbox ADD COLUMN subject VARCHAR(500);
ALTER TABLE notification_outbox ADD COLUMN message VARCHAR(4000);
ALTER TABLE notification_outbox DROP CONSTRAINT notification_outbox_assignment;
ALTER TABLE notification_outbox ADD CONSTRAINT notification_outbox_assignment
    UNIQUE (lead_id, lead_version, channel, target, notice);
