package dev.autogen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autogen.engine.MigrationsFolderException;
import dev.autogen.engine.SettingNames.Command;
import dev.autogen.engine.SettingNames.Setting;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PluginSettingNamesTest {

    private final PluginSettingNames names = PluginSettingNames.INSTANCE;

    @Test
    void settingsAreProperties() {
        assertEquals("-Dautogen.url", names.name(Setting.URL));
        assertEquals("-Dautogen.head=REV", names.assignment(Setting.HEAD, "REV"));
        assertEquals("-Dautogen.scratch=false", names.assignment(Setting.SCRATCH, "false"));
        assertEquals(" or set <url> in the plugin's configuration", names.elsewhere(Setting.URL, null));
        for (Setting setting : Setting.values()) {
            assertEquals(true, names.name(setting).startsWith("-Dautogen."), setting::name);
        }
    }

    @Test
    void commandsAreGoalsWhereThereIsOne() {
        assertEquals(Optional.of("mvn autogen:upgrade"), names.command(Command.UPGRADE_HEAD));
        assertEquals(Optional.empty(), names.command(Command.INIT));
        assertEquals(
                "no migrations folder at " + Path.of("m", "versions") + "; create it or pass -Dautogen.migrations",
                MigrationsFolderException.missing(Path.of("m", "versions"), names)
                        .getMessage());
    }
}
