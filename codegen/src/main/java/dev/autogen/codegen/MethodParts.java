package dev.autogen.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.core.ops.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The body of {@code upgrade} or {@code downgrade}, split into private helper methods when the plan is large: a Java
 * method holds at most 64 KiB of bytecode, which an initial migration of a few hundred tables exceeds, and javac
 * compiles many small methods faster than one huge one. A small plan stays in the method itself.
 *
 * @param body the statements of the method itself, indented for its body
 * @param helpers the helper methods, each starting with a blank line, or empty when the body is not split
 */
record MethodParts(String body, String helpers) {

    /** Lines of statements per method; a line is at most one builder call, so this stays far below 64 KiB. */
    static final int MAX_LINES = 400;

    private static final String INDENT = " ".repeat(Layout.BODY_INDENT - 4);

    /**
     * @param name the method's name; helpers are named {@code <name>1}, {@code <name>2}, ...
     * @param indent lays out statements for a method body
     */
    static MethodParts of(
            String name, MigrationPlan plan, OperationRenderer renderer, Function<CodeBlock, String> indent) {
        CodeBlock whole = renderer.render(plan);
        if (lines(whole) <= MAX_LINES) {
            return new MethodParts(indent.apply(whole), "");
        }
        List<List<Operation>> parts = new ArrayList<>();
        List<Operation> part = new ArrayList<>();
        int partLines = 0;
        for (Operation op : plan.operations()) {
            int opLines = lines(renderer.render(op)) + 1;
            if (!part.isEmpty() && partLines + opLines > MAX_LINES) {
                parts.add(part);
                part = new ArrayList<>();
                partLines = 0;
            }
            part.add(op);
            partLines += opLines;
        }
        parts.add(part);
        CodeBlock.Builder calls = CodeBlock.builder()
                .add("// In $L parts: a Java method holds at most 64 KiB of bytecode.\n", parts.size());
        StringBuilder helpers = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String helper = name + (i + 1);
            calls.add("$L(op);\n", helper);
            helpers.append("\n\n")
                    .append(INDENT)
                    .append("private static void ")
                    .append(helper)
                    .append("(Operations op) {\n")
                    .append(indent.apply(renderer.render(new MigrationPlan(parts.get(i)))))
                    .append('\n')
                    .append(INDENT)
                    .append('}');
        }
        return new MethodParts(indent.apply(calls.build()), helpers.toString());
    }

    private static int lines(CodeBlock code) {
        return (int) code.toString().lines().count();
    }
}
