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

    /** The revisions this one applies on top of; empty for the first one, several for a merge. */
    String[] revises() default {};

    /**
     * Revisions that must be applied before this one without being its parents, typically on another branch: an
     * upgrade to this revision applies them first, a downgrade of them undoes this one first.
     */
    String[] dependsOn() default {};

    /**
     * Names for the branch this revision starts: the revision and everything that revises it, directly or not, can
     * then be targeted as {@code label@head}, {@code label@base} or {@code label@+1}. Letters, digits, {@code _} and
     * {@code -}; unique across the versions folder.
     */
    String[] branchLabels() default {};

    /** The message given when the revision was created. */
    String message() default "";

    /** When the file was generated, ISO-8601. */
    String created() default "";

    /**
     * Whether the migration runs in a transaction (the default, where the database's DDL is transactional). False for a
     * migration whose statements cannot run inside one, such as PostgreSQL's {@code CREATE INDEX CONCURRENTLY}: each
     * statement then commits on its own, with its progress recorded, so that a run stopped part-way (a failure, a
     * crash) resumes after the last statement that completed, as on MariaDB and MySQL, where DDL always commits as it
     * runs. A run in one transaction ({@code --transaction-per-run}) that includes such a migration commits each
     * migration on its own instead.
     */
    boolean transactional() default true;

    /**
     * The revisions this one replaces (written by {@code autogen squash}), a linear range in order. While the last
     * replaced revision's file is there, this revision follows it in the graph: a database at a replaced revision runs
     * the rest of them and is then recorded here without running this one; a database with none of them runs only this
     * one. Revisions that revise the last replaced one follow this one instead.
     */
    String[] replaces() default {};
}
