package dev.autogen.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/** Asks whether a possible rename is one, as {@code Did you rename users.name to users.full_name? [y/N]}. */
@FunctionalInterface
public interface RenamePrompt {

    /** True when the answer is yes; anything but {@code y} or {@code yes} (any case), or no answer, is no. */
    boolean confirm(String question);

    /** Asks on the terminal. */
    static RenamePrompt console(Console console) {
        return question -> yes(console.readLine("%s ", question));
    }

    /** Writes the question to {@code out} and reads the answer, a line, from {@code in}. */
    static RenamePrompt of(BufferedReader in, PrintWriter out) {
        return question -> {
            out.print(question + " ");
            out.flush();
            try {
                String answer = in.readLine();
                out.println(answer == null ? "" : answer);
                return yes(answer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static boolean yes(String answer) {
        if (answer == null) {
            return false;
        }
        String a = answer.strip().toLowerCase(Locale.ROOT);
        return a.equals("y") || a.equals("yes");
    }
}
