package dev.autogen.runtime.internal.exec;

import dev.autogen.core.database.SqlSink;
import java.util.ArrayList;
import java.util.List;

/** Records statements instead of running them: for {@code --sql} output and tests. */
public final class CollectingSqlSink implements SqlSink {

    private final List<String> statements = new ArrayList<>();
    private final List<Boolean> outside = new ArrayList<>();
    private boolean inOutsideBlock;

    @Override
    public void run(String sql) {
        statements.add(sql);
        outside.add(inOutsideBlock);
    }

    /** Records the block's statements as outside the transaction ({@link #outside(int)}). */
    @Override
    public void outsideTransaction(Runnable block) {
        boolean was = inOutsideBlock;
        inOutsideBlock = true;
        try {
            block.run();
        } finally {
            inOutsideBlock = was;
        }
    }

    /** Whether statement {@code k} came from an {@code op.outsideTransaction} block. */
    public boolean outside(int k) {
        return outside.get(k);
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
        outside.clear();
    }
}
