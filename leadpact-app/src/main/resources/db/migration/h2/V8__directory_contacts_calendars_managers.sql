-- A rep's own webhook (Slack or a CRM), where their hand-off packets and SLA escalations are posted
-- instead of the shared webhook (null: the shared one), and the country whose public holidays their
-- SLA calendar keeps (null: the agreement calendar's).
ALTER TABLE rep ADD COLUMN webhook VARCHAR(2000);
ALTER TABLE rep ADD COLUMN holiday_country VARCHAR(10);

-- The manager (rep id) a breach was escalated to, from the directory when it fired; null: none known.
ALTER TABLE sla_escalation ADD COLUMN manager VARCHAR(200);
