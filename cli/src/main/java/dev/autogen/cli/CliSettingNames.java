package dev.autogen.cli;

import dev.autogen.engine.SettingNames;
import java.util.Optional;

/**
 * How the engine's messages name the settings and commands on the command line: flags ({@code --url},
 * {@code --no-scratch}), the environment variables and {@code autogen.properties} keys where a message says so, and
 * {@code autogen} commands.
 */
public final class CliSettingNames implements SettingNames {

    public static final CliSettingNames INSTANCE = new CliSettingNames();

    private CliSettingNames() {}

    @Override
    public String name(Setting setting) {
        return switch (setting) {
            case URL -> "--url";
            case ENTITIES -> "--entities";
            case MIGRATIONS -> "--migrations";
            case SCHEMA -> "--schema";
            case SCRATCH -> "--scratch";
            case ALL_SCHEMAS -> "--all-schemas";
            case ONLINE -> "--online";
            case RENAMES -> "--rename";
            case REV_ID -> "--rev-id";
            case HEAD -> "--head";
            case DEPENDS_ON -> "--depends-on";
            case BRANCH_LABELS -> "--branch-label";
            case RANGE -> "-r";
            case FAIL_ON -> "--fail-on";
            case HIBERNATE_PROPERTIES -> "--hibernate-property";
            case SPRING_PROFILE -> "--spring-profile";
            case AGAINST -> "--against";
            case DIALECT -> "--dialect";
        };
    }

    @Override
    public String assignment(Setting setting, String value) {
        if (setting == Setting.SCRATCH || setting == Setting.ALL_SCHEMAS) {
            String flag = name(setting);
            return Boolean.parseBoolean(value) ? flag : "--no-" + flag.substring(2);
        }
        return name(setting) + " " + value;
    }

    @Override
    public String elsewhere(Setting setting, String value) {
        return switch (setting) {
            case URL -> ", set AUTOGEN_URL or DATABASE_URL, or set 'url' in autogen.properties";
            case ENTITIES -> " or 'entities' in autogen.properties";
            case HIBERNATE_PROPERTIES -> " or '" + (value == null ? "hibernate.*" : value) + "' in autogen.properties";
            case SCRATCH -> Boolean.parseBoolean(value) ? " (or 'scratch=true')" : " (or scratch=false)";
            default -> "";
        };
    }

    @Override
    public Optional<String> command(Command command) {
        return Optional.of(
                switch (command) {
                    case INIT -> "autogen init";
                    case MERGE_HEADS -> "autogen merge -m MSG heads";
                    case UPGRADE_HEAD -> "autogen upgrade head";
                    case HEADS -> "autogen heads";
                    case DIFF -> "autogen diff";
                    case AUTOGENERATE -> "autogen revision --autogenerate -m \"...\"";
                    case REPAIR_ACCEPT -> "autogen repair --accept REV";
                });
    }
}
