package dev.autogen.engine;

import java.util.Objects;
import java.util.Optional;

/**
 * How the engine's messages name the settings and the follow-up commands of whoever calls it. The engine knows its
 * settings only by their {@linkplain Setting#key() keys}; the command line names them as flags ({@code --url}), a build
 * plugin as its parameters ({@code <url>} or {@code -Dautogen.url}). The caller gives its own names to
 * {@link Autogenerate.Builder#settingNames}, {@link DatabaseConnector#withNames} and the static helpers that word a
 * message ({@link MigrationsFolderException#missing}, {@link RevisionTargets#one(
 * dev.autogen.runtime.internal.migration.graph.RevisionGraph, String, Setting, SettingNames, boolean)}).
 *
 * <p>{@link #NEUTRAL}, the default, names each setting by its key in quotes ({@code 'url'}, {@code 'scratch=false'}),
 * says nowhere else, and knows no command; the messages then say what to do in words instead.
 *
 * <p>Each phrase is put into a sentence as it is: {@code "choose another " + name(REV_ID)}, {@code "drop " +
 * assignment(SCRATCH, "true") + elsewhere(SCRATCH, "true")}, {@code "run '" + command(INIT) + "'"}.
 */
public interface SettingNames {

    /** The settings the engine's messages talk about. */
    enum Setting {
        /** The JDBC URL of the database ({@link DatabaseConnector#of}). */
        URL("url"),
        /** Class path entries holding the compiled entities ({@link Autogenerate.Builder#entities}). */
        ENTITIES("entities"),
        /** The migrations folder ({@link Autogenerate.Builder#migrations}). */
        MIGRATIONS("migrations"),
        /** The schema worked in ({@link DatabaseConnector#of(String, String, String, String)}). */
        SCHEMA("schema"),
        /** Whether to compare through a scratch copy ({@link Autogenerate.Builder#scratch}): {@code true}, {@code false}. */
        SCRATCH("scratch"),
        /** Whether to compare every schema the entities name ({@link Autogenerate.Builder#allSchemas}). */
        ALL_SCHEMAS("allSchemas"),
        /** A rename to make instead of a drop and an add ({@link Autogenerate.Builder#renames}): {@code users.name=full_name}. */
        RENAMES("renames"),
        /**
         * A Hibernate setting the entities are read with ({@link Autogenerate.Builder#hibernateProperties}):
         * {@code hibernate.physical_naming_strategy=...}.
         */
        HIBERNATE_PROPERTIES("hibernateProperties"),
        /** The Spring profile whose application files are read ({@link Autogenerate.Builder#springProfile}). */
        SPRING_PROFILE("springProfile"),
        /** The id of a new revision ({@link RevisionRequest#revId()}). */
        REV_ID("revId"),
        /** The parent of a new revision ({@link RevisionRequest#head()}). */
        HEAD("head"),
        /** A revision a new one depends on ({@link RevisionRequest#dependsOn()}). */
        DEPENDS_ON("dependsOn"),
        /** A branch label a new revision declares ({@link RevisionRequest#branchLabels()}). */
        BRANCH_LABELS("branchLabels"),
        /** The revisions {@code history} lists ({@link RevisionListing#history}): {@code A:B}, {@code A:}, {@code :B}. */
        RANGE("range");

        private final String key;

        Setting(String key) {
            this.key = key;
        }

        /** The setting's name in the engine's API: {@code url}, {@code allSchemas}, {@code revId}. */
        public String key() {
            return key;
        }
    }

    /** The follow-up commands the engine's messages suggest. */
    enum Command {
        /** Create the migrations folder with its versions folder and template. */
        INIT,
        /** Write a revision that merges all heads (the message is the user's: {@code MSG}). */
        MERGE_HEADS,
        /** Upgrade the database to the head revision. */
        UPGRADE_HEAD,
        /** List the heads. */
        HEADS,
        /** Show the differences, the possible renames among them, without writing anything. */
        DIFF
    }

    /**
     * How the user writes the setting, to put where a noun goes ({@code pass _}, {@code choose another _},
     * {@code _ compares}): {@code --url} on the command line.
     */
    String name(Setting setting);

    /**
     * How the user writes the setting with a value: {@code --head REV}, {@code --no-scratch} for {@code SCRATCH} and
     * {@code false}, {@code --rename users.name=full_name}.
     */
    String assignment(Setting setting, String value);

    /**
     * Where else the setting can be given, as a phrase that follows {@link #name} or {@link #assignment} right where
     * the message says so, with its own leading separator (the command line's {@code URL}: {@code ", set AUTOGEN_URL or
     * DATABASE_URL, or set 'url' in autogen.properties"}); empty for nowhere else.
     *
     * @param value the value the message names, or null where it names the setting alone
     */
    String elsewhere(Setting setting, String value);

    /** What the user types to run the command ({@code autogen init}); empty where there is no such command. */
    Optional<String> command(Command command);

    /** The default: keys in quotes, nowhere else, no commands. */
    SettingNames NEUTRAL = new SettingNames() {
        @Override
        public String name(Setting setting) {
            return "'" + setting.key() + "'";
        }

        @Override
        public String assignment(Setting setting, String value) {
            return "'" + setting.key() + "=" + value + "'";
        }

        @Override
        public String elsewhere(Setting setting, String value) {
            Objects.requireNonNull(setting, "setting");
            return "";
        }

        @Override
        public Optional<String> command(Command command) {
            Objects.requireNonNull(command, "command");
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "SettingNames.NEUTRAL";
        }
    };
}
