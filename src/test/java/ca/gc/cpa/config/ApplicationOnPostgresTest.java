package ca.gc.cpa.config;

import ca.gc.cpa.support.OnPostgres;

/** The same checks on a real PostgreSQL through the production profile. */
@OnPostgres
class ApplicationOnPostgresTest extends ApplicationTest {}
