package ca.gc.cpa.i18n;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a message a person reads when the server refuses something is carried or made: a record component or a
 * parameter that carries one ({@code FieldViolation.message}, {@code ApiError.of(field, message)}), a method that
 * makes one (returns it, as a {@code String}, an {@code Optional} or a list). The message is written in English as
 * a template: its literal text, with what it fills in (a number, a date, a key) concatenated or {@code %s}/{@code %d}
 * of {@code formatted}. Each template needs its French in {@code i18n/messages-fr.txt}: {@code i18n.MessagesInFrenchTest}
 * reads every such place in the sources and fails on a template without its French, or on a message it cannot read.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
public @interface UserMessage {}
