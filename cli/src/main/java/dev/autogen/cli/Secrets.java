package dev.autogen.cli;

import dev.autogen.runtime.secret.Redaction;

/** Keeps passwords out of everything Autogen prints. */
public final class Secrets {

    private Secrets() {}

    /**
     * {@code text} with the given password and any password in a URL replaced by {@code ***}. Masking twice changes
     * nothing more ({@code password=***:} keeps its colon).
     */
    public static String mask(String text, String password) {
        return Redaction.mask(text, password);
    }

    /** {@code text} with each of {@code secrets} and any password in a URL replaced by {@code ***}. */
    public static String mask(String text, java.util.List<String> secrets) {
        return Redaction.mask(text, secrets.toArray(String[]::new));
    }
}
