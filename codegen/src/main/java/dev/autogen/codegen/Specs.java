package dev.autogen.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnState;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.InitialRows;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.ReferentialAction;
import dev.autogen.core.model.Sequence;
import dev.autogen.core.model.TypeKind;
import dev.autogen.core.model.UniqueConstraint;
import dev.autogen.core.ops.ValueMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders model pieces as the runtime's builder expressions ({@code dev.autogen.runtime.Schema} and
 * {@code dev.autogen.runtime.Types}, statically imported by the template). Every string goes through {@link Literals}.
 */
final class Specs {

    /** Kinds with a {@code Types} constant of the same name. */
    private static final Set<TypeKind> CONSTANTS = Set.of(
            TypeKind.BOOLEAN,
            TypeKind.TINYINT,
            TypeKind.SMALLINT,
            TypeKind.INTEGER,
            TypeKind.BIGINT,
            TypeKind.REAL,
            TypeKind.DOUBLE,
            TypeKind.TEXT,
            TypeKind.CLOB,
            TypeKind.NCLOB,
            TypeKind.LONGVARBINARY,
            TypeKind.BLOB,
            TypeKind.DATE,
            TypeKind.TIME,
            TypeKind.TIMESTAMP,
            TypeKind.TIMESTAMP_WITH_TIME_ZONE,
            TypeKind.TIME_WITH_TIME_ZONE,
            TypeKind.UUID,
            TypeKind.JSON);

    /** Kinds with a {@code Types} method taking a precision, for example {@code TIMESTAMP(6)}. */
    private static final Set<TypeKind> WITH_PRECISION = Set.of(
            TypeKind.FLOAT,
            TypeKind.TIME,
            TypeKind.TIMESTAMP,
            TypeKind.TIMESTAMP_WITH_TIME_ZONE,
            TypeKind.TIME_WITH_TIME_ZONE);

    private static final String MODEL = "dev.autogen.core.model";

    private Specs() {}

    /**
     * {@code BIGINT}, {@code VARCHAR(255)}, {@code DECIMAL(12, 2)}, {@code TIMESTAMP(6)}, {@code raw("jsonb")}. A
     * combination that {@code Types} cannot express (say NUMERIC without precision) is written as the exact
     * {@code ColumnType}, fully qualified, so the migration still recreates the same model.
     */
    static CodeBlock type(ColumnType t) {
        TypeKind k = t.kind();
        Integer len = t.length();
        Integer p = t.precision();
        Integer s = t.scale();
        if (k == TypeKind.RAW) {
            if (t.sql().equals(t.sql().trim())) {
                return CodeBlock.of("raw($L)", Literals.of(t.sql()));
            }
        } else if (k == TypeKind.ENUM) {
            return CodeBlock.of("ENUM($L)", Literals.list(t.values()));
        } else if (len == null && p == null && s == null && CONSTANTS.contains(k)) {
            return CodeBlock.of("$L", k.name());
        } else if (len != null && p == null && s == null && k.hasLength()) {
            return CodeBlock.of("$L($L)", k.name(), len);
        } else if (len == null && p != null && s != null && k.hasPrecisionAndScale()) {
            return CodeBlock.of("$L($L, $L)", k.name(), p, s);
        } else if (len == null && p != null && s == null && WITH_PRECISION.contains(k)) {
            return CodeBlock.of("$L($L)", k.name(), p);
        }
        String kind = MODEL + ".TypeKind." + k.name();
        if (k != TypeKind.RAW && len == null && p == null && s == null) {
            return CodeBlock.of("$L.ColumnType.of($L)", MODEL, kind);
        }
        return CodeBlock.of("new $L.ColumnType($L, $L, $L, $L, $L)", MODEL, kind, len, p, s, Literals.of(t.sql()));
    }

    /**
     * {@code mapValues("A", 0, "B", 1)}: each old value and its new one, as Java literals (a quoted SQL literal as a
     * string, a number as a number, NULL as {@code null}).
     */
    static CodeBlock mapping(ValueMapping mapping) {
        List<String> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < mapping.from().size(); i++) {
            pairs.add(javaValue(mapping.from().get(i)));
            pairs.add(javaValue(mapping.to().get(i)));
        }
        return CodeBlock.of("mapValues($L)", String.join(", ", pairs));
    }

    private static String javaValue(String sqlLiteral) {
        if (sqlLiteral.equalsIgnoreCase("NULL")) {
            return "null";
        }
        if (sqlLiteral.startsWith("'") && sqlLiteral.endsWith("'") && sqlLiteral.length() >= 2) {
            return Literals.of(sqlLiteral.substring(1, sqlLiteral.length() - 1).replace("''", "'"))
                    .toString();
        }
        return sqlLiteral.matches("-?\\d+")
                ? sqlLiteral
                : Literals.of(sqlLiteral).toString();
    }

    static Chain column(Column c) {
        Chain chain = Chain.of(CodeBlock.of("column($L, $L)", Literals.of(c.name()), type(c.type())));
        if (!c.nullable()) {
            chain = chain.then(".notNull()");
        }
        if (c.serverDefault() != null) {
            chain = chain.then(".serverDefault($L)", Literals.of(c.serverDefault()));
        }
        if (c.identity()) {
            chain = chain.then(".identity()");
        }
        if (c.generated() != null) {
            chain = chain.then(".generated($L)", Literals.of(c.generated()));
        }
        if (c.comment() != null) {
            chain = chain.then(".comment($L)", Literals.of(c.comment()));
        }
        return chain;
    }

    /** {@code from(VARCHAR(255)).notNull()} or {@code to(...)}: a column state in an {@code alterColumn}. */
    static Chain state(String factory, ColumnState state) {
        Chain chain = Chain.of(CodeBlock.of("$L($L)", factory, type(state.type())));
        if (!state.nullable()) {
            chain = chain.then(".notNull()");
        }
        if (state.serverDefault() != null) {
            chain = chain.then(".serverDefault($L)", Literals.of(state.serverDefault()));
        }
        if (state.comment() != null) {
            chain = chain.then(".comment($L)", Literals.of(state.comment()));
        }
        if (state.identity()) {
            chain = chain.then(".identity()");
        }
        return chain;
    }

    /**
     * {@code check("ck", "price >= 0")}; a null name is passed as {@code null}: the database names it. A column check
     * adds {@code .onColumn("status")}.
     */
    static Chain check(CheckConstraint check) {
        Chain chain =
                Chain.of(CodeBlock.of("check($L, $L)", Literals.of(check.name()), Literals.of(check.expression())));
        return check.column() == null ? chain : chain.then(".onColumn($L)", Literals.of(check.column()));
    }

    /** {@code sequence("s").startWith(1).incrementBy(50)}, leaving out the defaults (1 and 1); a stated cache too. */
    static Chain sequence(Sequence seq) {
        Chain chain = Chain.of(CodeBlock.of("sequence($L)", Literals.of(seq.name())));
        if (seq.start() != 1) {
            chain = chain.then(".startWith($L)", seq.start() + "L");
        }
        if (seq.increment() != 1) {
            chain = chain.then(".incrementBy($L)", seq.increment() + "L");
        }
        if (seq.cache() != null) {
            chain = seq.cache() == 0 ? chain.then(".noCache()") : chain.then(".cache($L)", seq.cache() + "L");
        }
        return chain;
    }

    static Chain primaryKey(PrimaryKey pk) {
        if (pk.name() == null) {
            return Chain.of(CodeBlock.of("primaryKey($L)", Literals.list(pk.columns())));
        }
        return Chain.of(CodeBlock.of("namedPrimaryKey($L, $L)", Literals.of(pk.name()), Literals.list(pk.columns())));
    }

    /** {@code unique("uk", "a", "b")}; a null name is passed as {@code null}: the database names the constraint. */
    static Chain unique(UniqueConstraint uc) {
        return Chain.of(CodeBlock.of("unique($L, $L)", Literals.of(uc.name()), Literals.list(uc.columns())));
    }

    static Chain index(Index index) {
        Chain chain = Chain.of(CodeBlock.of(
                "$L($L, $L)",
                index.unique() ? "uniqueIndex" : "index",
                Literals.of(index.name()),
                Literals.list(index.columns())));
        return index.descending().isEmpty() ? chain : chain.then(".descending($L)", Literals.list(index.descending()));
    }

    /** {@code foreignKey(..).references(..)} with {@code onDelete}/{@code onUpdate} unless NO ACTION. */
    static Chain foreignKey(ForeignKey fk) {
        Chain chain = new Chain(
                CodeBlock.of("foreignKey($L, $L)", Literals.of(fk.name()), Literals.list(fk.columns())),
                List.of(CodeBlock.of(
                        ".references($L, $L)",
                        Literals.of(fk.referencedTable()),
                        Literals.list(fk.referencedColumns()))));
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            chain = chain.then(".onDelete($L)", fk.onDelete().name());
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            chain = chain.then(".onUpdate($L)", fk.onUpdate().name());
        }
        return chain;
    }

    /** {@code rows("block", "next_id").values("invoice", 1000).values("receipt", 0)}. */
    static Chain rows(InitialRows rows) {
        Chain chain = Chain.of(CodeBlock.of("rows($L)", Literals.list(rows.columns())));
        for (List<String> row : rows.rows()) {
            List<CodeBlock> values = new ArrayList<>();
            for (String literal : row) {
                Object value = InitialRows.value(literal);
                if (value == null) {
                    values.add(CodeBlock.of("null"));
                } else if (value instanceof String text) {
                    values.add(Literals.of(text));
                } else if (value instanceof Long number) {
                    boolean fitsInt = number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE;
                    values.add(CodeBlock.of(fitsInt ? "$L" : "$LL", number));
                } else {
                    values.add(CodeBlock.of("new java.math.BigInteger($S)", value.toString()));
                }
            }
            chain = chain.then(".values($L)", CodeBlock.join(values, ", "));
        }
        return chain;
    }
}
