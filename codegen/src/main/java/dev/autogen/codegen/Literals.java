package dev.autogen.codegen;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Java string literals through JavaPoet's {@code $S}, which escapes quotes, backslashes and control characters and
 * splits a literal at each line feed. JavaPoet 0.22.0 also writes U+2028 and U+2029 as raw line feeds inside the
 * literal, which does not compile; those two characters are therefore written as separate {@code "\u2028"} pieces,
 * joined with {@code +} (still a constant expression, so it works in annotations too).
 */
final class Literals {

    private Literals() {}

    /** The literal for {@code value}, or {@code null}. */
    static CodeBlock of(String value) {
        if (value == null || (value.indexOf('\u2028') < 0 && value.indexOf('\u2029') < 0)) {
            return CodeBlock.of("$S", value);
        }
        List<CodeBlock> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u2028' || c == '\u2029') {
                if (i > start) {
                    pieces.add(CodeBlock.of("$S", value.substring(start, i)));
                }
                pieces.add(CodeBlock.of("$L", String.format("\"\\u%04x\"", (int) c)));
                start = i + 1;
            }
        }
        if (start < value.length()) {
            pieces.add(CodeBlock.of("$S", value.substring(start)));
        }
        return CodeBlock.join(pieces, " + ");
    }

    /** {@code "a", "b"}. */
    static CodeBlock list(List<String> values) {
        return CodeBlock.join(values.stream().map(Literals::of).toList(), ", ");
    }
}
