package dev.autogen.bench;

import java.util.Locale;

/** What one size's rounds time, each as its own process. */
enum Tool {
    /** {@code autogen check}, with the entity model cached in the migrations folder by an earlier run. */
    CHECK("`check`"),
    /** {@code autogen check} with no entity model cache: Hibernate's boot included. */
    CHECK_COLD("`check`, no cache"),
    /** {@code autogen revision --autogenerate} (model cached). */
    REVISION("`revision --autogenerate`"),
    /** Hibernate's schema validator on the boot metadata. */
    HIBERNATE_TOOL("Hibernate validator"),
    /** Hibernate's {@code hbm2ddl.auto=validate} through a session factory. */
    HIBERNATE_SESSION_FACTORY("Hibernate session factory");

    private final String label;

    Tool(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    boolean hibernate() {
        return this == HIBERNATE_TOOL || this == HIBERNATE_SESSION_FACTORY;
    }

    /** The validator mode {@link HibernateValidate} takes. */
    String mode() {
        return this == HIBERNATE_TOOL ? "tool" : "session-factory";
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
