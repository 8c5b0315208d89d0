package dev.autogen.maven;

import dev.autogen.engine.SettingNames;
import java.util.Optional;

/**
 * How the engine's messages name the settings and commands in a Maven build: as {@code -Dautogen.*} properties, with
 * the plugin's configuration element where a message says so, and {@code mvn autogen:*} goals.
 */
final class PluginSettingNames implements SettingNames {

    static final PluginSettingNames INSTANCE = new PluginSettingNames();

    private PluginSettingNames() {}

    /** The parameter's name: the configuration element and, after {@code autogen.}, the property. */
    static String parameter(Setting setting) {
        return switch (setting) {
            case URL -> "url";
            case ENTITIES -> "packages";
            case MIGRATIONS -> "migrations";
            case SCHEMA -> "schema";
            case SCRATCH -> "scratch";
            case ALL_SCHEMAS -> "allSchemas";
            case ONLINE -> "online";
            case RENAMES -> "renames";
            case HIBERNATE_PROPERTIES -> "hibernateProperties";
            case SPRING_PROFILE -> "springProfile";
            case REV_ID -> "revId";
            case HEAD -> "head";
            case DEPENDS_ON -> "dependsOn";
            case BRANCH_LABELS -> "branchLabels";
            case RANGE -> "range";
            case FAIL_ON -> "failOn";
            case AGAINST -> "against";
            case DIALECT -> "dialect";
        };
    }

    @Override
    public String name(Setting setting) {
        if (setting == Setting.ENTITIES) {
            // the plugin reads the project's own classes: what the user sets is the packages, or compiles first
            return "-Dautogen.packages (the entities are the project's compiled classes: run the goal after compile)";
        }
        return "-Dautogen." + parameter(setting);
    }

    @Override
    public String assignment(Setting setting, String value) {
        return "-Dautogen." + parameter(setting) + "=" + value;
    }

    @Override
    public String elsewhere(Setting setting, String value) {
        return switch (setting) {
            case URL, SCHEMA, MIGRATIONS -> " or set <" + parameter(setting) + "> in the plugin's configuration";
            case SCRATCH -> " (or <scratch>" + value + "</scratch>)";
            default -> "";
        };
    }

    @Override
    public Optional<String> command(Command command) {
        return switch (command) {
            case INIT, MERGE_HEADS -> Optional.empty(); // no such goal: the messages say what to do in words
            case UPGRADE_HEAD -> Optional.of("mvn autogen:upgrade");
            case HEADS -> Optional.of("mvn autogen:heads");
            case DIFF -> Optional.of("mvn autogen:diff");
            case AUTOGENERATE -> Optional.of("mvn autogen:revision -Dautogen.message=\"...\"");
            case REPAIR_ACCEPT -> Optional.of("mvn autogen:repair -Dautogen.accept=REV");
        };
    }
}
