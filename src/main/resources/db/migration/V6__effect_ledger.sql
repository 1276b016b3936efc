-- Steps with an effect outside their own process (a process started, a message sent, a reimbursement
-- computed, a nomination sent) run at most once per business key and step, whatever the node, retry
-- or repair in Cockpit: the unique constraint decides, inside the job's own transaction.
CREATE TABLE effect_ledger (
    business_key VARCHAR(100) NOT NULL,
    step         VARCHAR(150) NOT NULL,
    done_at      TIMESTAMP    NOT NULL,
    node         VARCHAR(100) NOT NULL,
    CONSTRAINT effect_ledger_once UNIQUE (business_key, step)
);
