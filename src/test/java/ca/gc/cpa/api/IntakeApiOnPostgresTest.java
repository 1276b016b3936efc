package ca.gc.cpa.api;

import ca.gc.cpa.support.OnPostgres;

/** The intake API on a real PostgreSQL: unique constraint under racing calls, sequences, the lot. */
@OnPostgres
class IntakeApiOnPostgresTest extends IntakeApiTest {}
