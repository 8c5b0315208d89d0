package dev.autogen.runtime;

/**
 * One migration. Implementations are annotated with {@link Revision}; {@link #downgrade} undoes {@link #upgrade}.
 */
public interface Migration {
    void upgrade(Operations op);

    void downgrade(Operations op);
}
