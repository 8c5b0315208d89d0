package dev.autogen.spring.boot.future;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

/** A revision the test application's migrations do not know, as if a newer release had migrated the database. */
@Revision(id = "f0f0f0f00001", message = "from a newer release")
public final class FromANewerRelease_f0f0f0f00001 implements Migration {

    @Override
    public void upgrade(Operations op) {}

    @Override
    public void downgrade(Operations op) {}
}
