package ca.gc.cpa.api;

import ca.gc.cpa.support.OnPostgres;

/** Racing nominations on a real PostgreSQL: its row locks and its READ COMMITTED snapshots, statement by statement. */
@OnPostgres
class NominationRaceOnPostgresTest extends NominationRaceTest {}
