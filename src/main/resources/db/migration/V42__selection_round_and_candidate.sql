-- What a candidate selection is at, kept in its own record rather than in process variables (issue 19): the
-- call for expressions of interest under way (1, then one more each time an empty pool reopens the call) and the
-- nominee being considered (chosen, offered, proposed to the lead organization), none between two choices.
ALTER TABLE selection ADD COLUMN call_round INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE selection ADD COLUMN candidate_nomination_id BIGINT REFERENCES nomination (id);
