-- SLA escalation notices share the outbox (and its retries, leases and dead letters) with hand-off
-- packets: notice is the escalation they announce (clock id and step; '' for a hand-off packet),
-- subject and message their words. A notice is not an assignment: its lead_version is 0.
ALTER TABLE notification_outbox ADD COLUMN notice VARCHAR(400) DEFAULT '' NOT NULL;
ALTER TABLE notification_outbox ADD COLUMN subject VARCHAR(500);
ALTER TABLE notification_outbox ADD COLUMN message VARCHAR(4000);
ALTER TABLE notification_outbox DROP CONSTRAINT notification_outbox_assignment;
ALTER TABLE notification_outbox ADD CONSTRAINT notification_outbox_assignment
    UNIQUE (lead_id, lead_version, channel, target, notice);
