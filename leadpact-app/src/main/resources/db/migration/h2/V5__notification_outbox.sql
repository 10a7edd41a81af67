-- The transactional outbox of hand-off notifications. A row is written in the same transaction as the
-- OwnerAssigned event it announces, so no assignment is notified twice (the unique key) or dropped (it
-- commits or rolls back with the event). The retry schedule is data: attempts, next_attempt_at,
-- last_error. A claimed row's next_attempt_at is its lease: if the worker dies mid-send, it is due again
-- when the lease ends.
CREATE TABLE notification_outbox (
    id               VARCHAR(64)  PRIMARY KEY,
    lead_id          VARCHAR(200) NOT NULL,
    lead_version     INTEGER      NOT NULL,
    rep              VARCHAR(200) NOT NULL,
    channel          VARCHAR(20)  NOT NULL,
    target           VARCHAR(1000),
    status           VARCHAR(20)  NOT NULL,
    attempts         INTEGER      NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_attempt_at  TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(2000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notification_outbox_assignment UNIQUE (lead_id, lead_version, channel, target)
);
CREATE INDEX notification_outbox_due ON notification_outbox (status, next_attempt_at);
