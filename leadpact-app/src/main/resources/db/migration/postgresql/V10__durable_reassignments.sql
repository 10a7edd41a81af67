-- An escalation that asks routing to act (a reassignment) is done after the firing commits, by
-- whichever server gets to it: pending until acted, so a server that died in between acts on its
-- restart. Rows already there were acted (or given up) by the servers that recorded them.
ALTER TABLE sla_escalation ADD COLUMN pending BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE sla_escalation ADD COLUMN acted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sla_escalation ADD COLUMN outcome VARCHAR(500);
CREATE INDEX sla_escalation_pending ON sla_escalation (pending, position);
