package dev.autogen.cli;

/**
 * A problem with the user's input or environment: reported as one line on stderr with exit code 2, without a stack
 * trace unless {@code --debug}. The message names the problem and what to do.
 */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
