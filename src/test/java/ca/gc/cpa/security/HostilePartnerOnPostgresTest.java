package ca.gc.cpa.security;

import ca.gc.cpa.support.OnPostgres;

/** The hostile partner on PostgreSQL. */
@OnPostgres
class HostilePartnerOnPostgresTest extends HostilePartnerTest {}
