package org.camunda.bpm.engine.impl.core.variable.scope;

/**
 * Whether a scope's variables are in memory in the running command: the project's one class in the engine's
 * package, for the one accessor the engine keeps protected ({@code getVariableStore()}). A scope whose variables
 * were never read nor written in this command holds no value of this command, transient or not, so a check
 * looking for what the command set can pass it by without loading every variable it has from the database.
 * {@code ca.gc.cpa.forms.LoadedVariablesTest} holds it to the engine's behaviour.
 */
public final class LoadedVariables {

  private LoadedVariables() {}

  /** whether the scope's variables were loaded (or set) in this command */
  public static boolean inMemory(AbstractVariableScope scope) {
    return scope.getVariableStore().isInitialized();
  }
}
