package dev.autogen.runtime.internal.migration;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

/** A migration compiled into the test classes, whose source a versions folder of {@link MigrationLoaderTest} holds. */
@Revision(id = "c1a55e000003", message = "already compiled")
final class OnClasspath_c1a55e000003 implements Migration {

    @Override
    public void upgrade(Operations op) {}

    @Override
    public void downgrade(Operations op) {}
}
