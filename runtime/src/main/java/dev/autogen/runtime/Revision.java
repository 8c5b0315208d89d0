package dev.autogen.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Identifies a {@link Migration} in the revision graph. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
    /** This revision's id, for example {@code 3f2a9c1d7e4b}. */
    String id();

    /** The revisions this one applies on top of; empty for the first one. */
    String[] revises() default {};

    /** The message given when the revision was created. */
    String message() default "";

    /** When the file was generated, ISO-8601. */
    String created() default "";
}
