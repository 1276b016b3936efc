/**
 * The processes' contracts, one class per process: its key, its variables as typed {@link ca.gc.cpa.process.Variable}s,
 * and records for what it is started with and what each of its messages carries. Delegates, completion checks, the
 * replay and the tests name a variable only through its contract; {@link ca.gc.cpa.process.Variable} converts every
 * value the same way.
 */
package ca.gc.cpa.process;
