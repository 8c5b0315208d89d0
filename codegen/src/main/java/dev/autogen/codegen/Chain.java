package dev.autogen.codegen;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * A builder expression: a factory call followed by chained calls, for example {@code column("id", BIGINT)} then
 * {@code .notNull()} and {@code .identity()}. Written on one line, or with one chained call per line when too long.
 *
 * @param head the factory call
 * @param calls the chained calls, each starting with '.'
 */
record Chain(CodeBlock head, List<CodeBlock> calls) {

    Chain {
        calls = List.copyOf(calls);
    }

    static Chain of(CodeBlock head) {
        return new Chain(head, List.of());
    }

    Chain then(String format, Object... args) {
        List<CodeBlock> more = new ArrayList<>(calls);
        more.add(CodeBlock.of(format, args));
        return new Chain(head, more);
    }

    CodeBlock inline() {
        CodeBlock.Builder b = head.toBuilder();
        calls.forEach(b::add);
        return b.build();
    }
}
