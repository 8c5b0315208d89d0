package dev.autogen.engine;

/**
 * The revision asked for cannot be written as the history and the database stand: several heads and no parent named,
 * a database that is not at the revision the new one builds on, an id or branch label already taken, a merge of
 * revisions on one branch.
 */
public class RevisionException extends EngineException {

    public RevisionException(String message) {
        super(message);
    }

    public RevisionException(String message, Throwable cause) {
        super(message, cause);
    }
}
