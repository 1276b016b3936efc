package ca.gc.cpa.forms;

import java.util.Set;

/**
 * One input of a Camunda Form (form-js schema 16) and the constraints the form declares for it.
 * Numbers are null when the form sets no such constraint; {@code options} is empty for free input.
 */
public record FormField(
    String key,
    String type,
    String label,
    boolean required,
    Double min,
    Double max,
    Integer minLength,
    Integer maxLength,
    String pattern,
    Set<String> options,
    String subtype,
    boolean disallowPassedDates,
    boolean editable,
    boolean conditional) {}
