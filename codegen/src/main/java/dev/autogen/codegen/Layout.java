package dev.autogen.codegen;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out one facade call the way a person would: on one line when it fits; otherwise the names on the first line
 * and each builder argument on its own line, 8 columns further in; a builder that still does not fit gets one chained
 * call per line, 8 columns further again.
 */
final class Layout {

    /** The widest line wanted in the generated file, counting the method body's indentation. */
    static final int LINE_LIMIT = 120;

    /** Indentation of statements inside {@code upgrade} and {@code downgrade} in the file. */
    static final int BODY_INDENT = 8;

    /** Continuation indentation: 8 columns, written as 4 JavaPoet indent steps of 2 spaces. */
    static final int CONTINUATION = 8;

    private static final int STEPS = 4;

    private Layout() {}

    /**
     * {@code <receiver>.<method>(<names>, <builders>);} on one line if it fits and {@code alwaysWrap} is false, else
     * the names on the first line and one builder per line. The receiver is {@code op}, or {@code op.online()} for an
     * online form.
     */
    static CodeBlock call(
            String receiver, String method, List<CodeBlock> names, List<Chain> builders, boolean alwaysWrap) {
        List<CodeBlock> args = new ArrayList<>(names);
        builders.forEach(b -> args.add(b.inline()));
        CodeBlock oneLine = CodeBlock.of("$L.$L($L);", receiver, method, CodeBlock.join(args, ", "));
        if (builders.isEmpty() || (!alwaysWrap && fits(BODY_INDENT, oneLine))) {
            return oneLine.toBuilder().add("\n").build();
        }
        CodeBlock.Builder b = names.isEmpty()
                ? CodeBlock.builder().add("$L.$L(\n", receiver, method)
                : CodeBlock.builder().add("$L.$L($L,\n", receiver, method, CodeBlock.join(names, ", "));
        indent(b);
        for (int i = 0; i < builders.size(); i++) {
            Chain chain = builders.get(i);
            String end = i + 1 < builders.size() ? "," : ");";
            CodeBlock inline = chain.inline().toBuilder().add(end).build();
            if (chain.calls().isEmpty() || fits(BODY_INDENT + CONTINUATION, inline)) {
                b.add("$L\n", inline);
            } else {
                b.add("$L", chain.head());
                indent(b);
                for (CodeBlock call : chain.calls()) {
                    b.add("\n$L", call);
                }
                b.add("$L\n", end);
                unindent(b);
            }
        }
        unindent(b);
        return b.build();
    }

    /** Whether the code is a single line no wider than the limit at this indentation. */
    static boolean fits(int indent, CodeBlock code) {
        String text = code.toString();
        return text.indexOf('\n') < 0 && indent + text.length() <= LINE_LIMIT;
    }

    private static void indent(CodeBlock.Builder b) {
        for (int i = 0; i < STEPS; i++) {
            b.indent();
        }
    }

    private static void unindent(CodeBlock.Builder b) {
        for (int i = 0; i < STEPS; i++) {
            b.unindent();
        }
    }
}
