package ca.gc.cpa.pipeline;

import ca.gc.cpa.support.OnPostgres;

/** The same walk from a request to a completed tour, on embedded PostgreSQL through the production profile. */
@OnPostgres
class PipelineOverRestOnPostgresTest extends PipelineOverRestTest {}
