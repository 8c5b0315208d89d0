package dev.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autogen.engine.SettingNames.Command;
import dev.autogen.engine.SettingNames.Setting;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's messages on the command line name its flags, environment variables, {@code autogen.properties} keys
 * and commands: the wording the command line always had, here for what no other test provokes.
 */
class CliSettingNamesTest {

    @TempDir
    Path dir;

    @Test
    void aRevisionTheEngineRefusesIsNamedByItsFlag() {
        Cli cli = new Cli(dir);
        cli.run("init").ok();
        cli.run("revision", "-m", "first", "--rev-id", "a1b2c3d4e5f6").ok();
        assertEquals(
                "--depends-on base names no revision; name one (an id, prefix, head or branch@head)",
                cli.run("revision", "-m", "x", "--depends-on", "base").userError());
        assertEquals(
                "--head -1 is relative to the database; name the revision (an id, prefix, head or branch@head)",
                cli.run("revision", "-m", "x", "--head", "-1").userError());
    }

    @Test
    void everySettingIsItsFlagAndEveryCommandAnAutogenCommand() {
        CliSettingNames names = CliSettingNames.INSTANCE;
        Map<Setting, String> flags = Map.ofEntries(
                Map.entry(Setting.URL, "--url"),
                Map.entry(Setting.ENTITIES, "--entities"),
                Map.entry(Setting.MIGRATIONS, "--migrations"),
                Map.entry(Setting.SCHEMA, "--schema"),
                Map.entry(Setting.SCRATCH, "--scratch"),
                Map.entry(Setting.ALL_SCHEMAS, "--all-schemas"),
                Map.entry(Setting.ONLINE, "--online"),
                Map.entry(Setting.RENAMES, "--rename"),
                Map.entry(Setting.REV_ID, "--rev-id"),
                Map.entry(Setting.HEAD, "--head"),
                Map.entry(Setting.DEPENDS_ON, "--depends-on"),
                Map.entry(Setting.BRANCH_LABELS, "--branch-label"),
                Map.entry(Setting.RANGE, "-r"),
                Map.entry(Setting.FAIL_ON, "--fail-on"),
                Map.entry(Setting.HIBERNATE_PROPERTIES, "--hibernate-property"),
                Map.entry(Setting.SPRING_PROFILE, "--spring-profile"),
                Map.entry(Setting.AGAINST, "--against"),
                Map.entry(Setting.DIALECT, "--dialect"));
        for (Setting setting : Setting.values()) {
            assertEquals(flags.get(setting), names.name(setting), setting::name);
        }
        assertEquals("--scratch", names.assignment(Setting.SCRATCH, "true"));
        assertEquals("--no-scratch", names.assignment(Setting.SCRATCH, "false"));
        assertEquals("--no-all-schemas", names.assignment(Setting.ALL_SCHEMAS, "false"));
        assertEquals("--head REV", names.assignment(Setting.HEAD, "REV"));
        assertEquals("--rename users.name=full_name", names.assignment(Setting.RENAMES, "users.name=full_name"));

        assertEquals(
                ", set AUTOGEN_URL or DATABASE_URL, or set 'url' in autogen.properties",
                names.elsewhere(Setting.URL, null));
        assertEquals(" or 'entities' in autogen.properties", names.elsewhere(Setting.ENTITIES, null));
        assertEquals(" (or 'scratch=true')", names.elsewhere(Setting.SCRATCH, "true"));
        assertEquals(" (or scratch=false)", names.elsewhere(Setting.SCRATCH, "false"));
        assertEquals("", names.elsewhere(Setting.SCHEMA, null));

        assertEquals(Optional.of("autogen init"), names.command(Command.INIT));
        assertEquals(Optional.of("autogen merge -m MSG heads"), names.command(Command.MERGE_HEADS));
        assertEquals(Optional.of("autogen upgrade head"), names.command(Command.UPGRADE_HEAD));
        assertEquals(Optional.of("autogen heads"), names.command(Command.HEADS));
        assertEquals(Optional.of("autogen diff"), names.command(Command.DIFF));
    }
}
