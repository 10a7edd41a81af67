-- A rep's own webhook (Slack or a CRM), where their hand-off packets and SLA escalations are posted
-- instead of the shared webhook; null: the shared one.
ALTER TABLE rep ADD COLUMN webhook VARCHAR(2000);
