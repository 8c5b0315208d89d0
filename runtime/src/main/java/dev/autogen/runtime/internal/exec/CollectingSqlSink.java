package dev.autogen.runtime.internal.exec;

import dev.autogen.core.database.SqlSink;
import java.util.ArrayList;
import java.util.List;

/** Records statements instead of running them: for {@code --sql} output and tests. */
public final class CollectingSqlSink implements SqlSink {

    private final List<String> statements = new ArrayList<>();

    @Override
    public void run(String sql) {
        statements.add(sql);
    }

    /** The statements so far, in order. */
    public List<String> statements() {
        return List.copyOf(statements);
    }

    /** The statements as a script, each ending with {@code ;} on its own line. */
    public String script() {
        StringBuilder out = new StringBuilder();
        for (String sql : statements) {
            out.append(sql).append(";\n");
        }
        return out.toString();
    }

    public void clear() {
        statements.clear();
    }
}
