-- The security screening's verdict as its form records it, CLEARED or NOT_CLEARED: the column held 10 characters, so a
-- refusal (11) could not be recorded at all. Portable SQL (SET DATA TYPE): the same script runs on H2 and PostgreSQL.

ALTER TABLE nomination ALTER COLUMN security_verdict SET DATA TYPE VARCHAR(20);
