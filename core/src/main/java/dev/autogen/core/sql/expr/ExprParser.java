package dev.autogen.core.sql.expr;

import dev.autogen.core.sql.SqlText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Recursive descent over a SQL condition, writing its canonical text as it goes: every operator application in
 * parentheses ({@code ((a >= 0) and (b is not null))}), key words and operators in lower case, identifiers as the
 * dialect compares them, casts dropped ({@code 'A'::character varying} is {@code 'A'}, {@code '-1'::integer} is
 * {@code -1}), {@code BETWEEN} spelled as two comparisons, {@code x = ANY (ARRAY[a, b])} as {@code x in (a, b)} and a
 * one-element {@code IN} as {@code =}: the rewrites PostgreSQL applies, applied to both sides.
 */
final class ExprParser {

    private static final Set<String> COMPARISONS =
            Set.of("=", "<>", "!=", "<", ">", "<=", ">=", "~~", "!~~", "~~*", "!~~*");
    private static final Set<String> TYPE_WORDS = Set.of("varying", "precision", "with", "without", "time", "zone");
    private static final Set<String> NUMERIC_TYPES = Set.of(
            "smallint",
            "integer",
            "int",
            "int2",
            "int4",
            "int8",
            "bigint",
            "numeric",
            "decimal",
            "real",
            "float",
            "float4",
            "float8",
            "double precision");

    /** A canonical expression; {@code items} holds the elements of an {@code ARRAY[...]}, else null. */
    private record Node(String sql, Kind kind, List<Node> items) {
        static Node of(String sql) {
            return new Node(sql, Kind.OTHER, null);
        }
    }

    private enum Kind {
        STRING,
        NUMBER,
        ARRAY,
        OTHER
    }

    private final List<ExprToken> tokens;
    private final UnaryOperator<String> unquoted;
    private final UnaryOperator<String> quoted;
    private final UnaryOperator<String> functions;
    private int pos;

    private ExprParser(
            List<ExprToken> tokens,
            UnaryOperator<String> unquoted,
            UnaryOperator<String> quoted,
            UnaryOperator<String> functions) {
        this.tokens = tokens;
        this.unquoted = unquoted;
        this.quoted = quoted;
        this.functions = functions;
    }

    /**
     * The canonical text of {@code sql}.
     *
     * @param functions a function's canonical name, given its name in lower case ({@code char_length} is
     *     {@code length} on H2)
     * @throws IllegalArgumentException when the text is not an expression this parser reads
     */
    static String canonical(
            String sql, UnaryOperator<String> unquoted, UnaryOperator<String> quoted, UnaryOperator<String> functions) {
        ExprParser parser = new ExprParser(ExprToken.tokenize(sql), unquoted, quoted, functions);
        Node node = parser.or();
        if (parser.pos != parser.tokens.size()) {
            throw parser.unexpected();
        }
        return node.sql();
    }

    private Node or() {
        Node left = and();
        while (accept("or")) {
            left = binary(left, "or", and());
        }
        return left;
    }

    private Node and() {
        Node left = not();
        while (accept("and")) {
            left = binary(left, "and", not());
        }
        return left;
    }

    private Node not() {
        if (accept("not")) {
            return Node.of("(not " + not().sql() + ")");
        }
        return predicate();
    }

    private Node predicate() {
        Node left = concat();
        while (true) {
            if (accept("is")) {
                boolean negated = accept("not");
                String what = word().toLowerCase(Locale.ROOT);
                if (what.equals("distinct")) {
                    expect("from");
                    left = binary(left, negated ? "is not distinct from" : "is distinct from", concat());
                } else {
                    left = Node.of("(" + left.sql() + " is " + (negated ? "not " : "") + what + ")");
                }
                continue;
            }
            boolean negated = peekWord("not")
                    && (peekWord(1, "in") || peekWord(1, "between") || peekWord(1, "like") || peekWord(1, "ilike"));
            if (negated) {
                pos++;
            }
            if (accept("in")) {
                left = in(left, list(), negated);
            } else if (accept("between")) {
                Node low = concat();
                expect("and");
                Node high = concat();
                left = negated
                        ? binary(binary(left, "<", low), "or", binary(left, ">", high))
                        : binary(binary(left, ">=", low), "and", binary(left, "<=", high));
            } else if (peekWord("like") || peekWord("ilike")) {
                String op = word().toLowerCase(Locale.ROOT);
                left = binary(left, (negated ? "not " : "") + op, concat());
            } else if (peek() != null
                    && peek().kind() == ExprToken.Kind.SYMBOL
                    && COMPARISONS.contains(peek().text())) {
                String op = comparison(next().text());
                if (peekWord("any") || peekWord("some") || peekWord("all")) {
                    boolean all = word().equalsIgnoreCase("all");
                    Node right = postfix(primary());
                    if (right.kind() == Kind.ARRAY && !all && op.equals("=")) {
                        left = in(left, right.items(), false);
                    } else if (right.kind() == Kind.ARRAY && all && op.equals("<>")) {
                        left = in(left, right.items(), true);
                    } else {
                        left = Node.of(
                                "(" + left.sql() + " " + op + " " + (all ? "all" : "any") + "(" + right.sql() + "))");
                    }
                } else {
                    left = binary(left, op, concat());
                }
            } else {
                return left;
            }
        }
    }

    private static String comparison(String op) {
        return switch (op) {
            case "!=" -> "<>";
            case "~~" -> "like";
            case "!~~" -> "not like";
            case "~~*" -> "ilike";
            case "!~~*" -> "not ilike";
            default -> op;
        };
    }

    /** {@code x in (a, b)}; one element is {@code x = a} ({@code x <> a} negated), as PostgreSQL prints it. */
    private static Node in(Node left, List<Node> items, boolean negated) {
        if (items.size() == 1) {
            return binary(left, negated ? "<>" : "=", items.get(0));
        }
        List<String> parts = items.stream().map(Node::sql).toList();
        return Node.of("(" + left.sql() + (negated ? " not in (" : " in (") + String.join(", ", parts) + "))");
    }

    private List<Node> list() {
        expectSymbol("(");
        List<Node> items = new ArrayList<>();
        if (!acceptSymbol(")")) {
            do {
                items.add(or());
            } while (acceptSymbol(","));
            expectSymbol(")");
        }
        return items;
    }

    private Node concat() {
        Node left = additive();
        while (acceptSymbol("||")) {
            left = binary(left, "||", additive());
        }
        return left;
    }

    private Node additive() {
        Node left = multiplicative();
        while (peekSymbol("+") || peekSymbol("-")) {
            left = binary(left, next().text(), multiplicative());
        }
        return left;
    }

    private Node multiplicative() {
        Node left = unary();
        while (peekSymbol("*") || peekSymbol("/") || peekSymbol("%")) {
            left = binary(left, next().text(), unary());
        }
        return left;
    }

    private Node unary() {
        if (peekSymbol("-") || peekSymbol("+")) {
            String sign = next().text();
            Node operand = unary();
            if (operand.kind() == Kind.NUMBER) {
                return new Node(sign.equals("-") ? negate(operand.sql()) : operand.sql(), Kind.NUMBER, null);
            }
            return Node.of("(" + sign + operand.sql() + ")");
        }
        return postfix(primary());
    }

    private static String negate(String number) {
        return number.startsWith("-") ? number.substring(1) : "-" + number;
    }

    /** Casts ({@code ::type}) are dropped; a numeric cast of a string holding a number gives the number. */
    private Node postfix(Node node) {
        while (true) {
            if (acceptSymbol("::")) {
                node = cast(node, type());
            } else if (peekSymbol("[") && node.kind() != Kind.ARRAY) {
                next();
                Node index = or();
                expectSymbol("]");
                node = Node.of(node.sql() + "[" + index.sql() + "]");
            } else {
                return node;
            }
        }
    }

    private static Node cast(Node node, String type) {
        if (node.kind() == Kind.STRING && NUMERIC_TYPES.contains(type)) {
            String inner = node.sql().substring(1, node.sql().length() - 1).trim();
            if (SqlText.isNumber(inner)) {
                return new Node(inner, Kind.NUMBER, null);
            }
        }
        return node;
    }

    /** A type name after {@code ::} or {@code AS}: words, an argument list, array brackets. */
    private String type() {
        StringBuilder type = new StringBuilder();
        ExprToken first = next();
        if (first == null || (first.kind() != ExprToken.Kind.WORD && first.kind() != ExprToken.Kind.QUOTED)) {
            throw unexpected();
        }
        type.append(first.lower());
        while (acceptSymbol(".")) {
            type.setLength(0);
            type.append(word().toLowerCase(Locale.ROOT));
        }
        while (peek() != null && peek().kind() == ExprToken.Kind.WORD && TYPE_WORDS.contains(peek().lower())) {
            type.append(' ').append(next().lower());
        }
        if (peekSymbol("(")) {
            list();
        }
        while (peekSymbol("[")) {
            next();
            expectSymbol("]");
        }
        return type.toString();
    }

    private Node primary() {
        ExprToken t = next();
        if (t == null) {
            throw new IllegalArgumentException("expression ends too early");
        }
        switch (t.kind()) {
            case NUMBER:
                return new Node(t.text(), Kind.NUMBER, null);
            case STRING:
                return new Node(t.text(), Kind.STRING, null);
            case QUOTED:
                return Node.of(qualified(quoted.apply(t.text())));
            case SYMBOL:
                if (t.text().equals("(")) {
                    Node inner = or();
                    expectSymbol(")");
                    return inner;
                }
                throw unexpected(t);
            default:
                break;
        }
        String word = t.lower();
        switch (word) {
            case "null", "true", "false":
                return Node.of(word);
            case "array":
                return array();
            case "case":
                return caseExpression();
            case "cast":
                if (peekSymbol("(")) {
                    next();
                    Node operand = or();
                    expect("as");
                    String type = type();
                    expectSymbol(")");
                    return cast(operand, type);
                }
                break;
            default:
                break;
        }
        if (peekSymbol("(")) {
            next();
            List<String> args = new ArrayList<>();
            if (!acceptSymbol(")")) {
                boolean distinct = accept("distinct");
                do {
                    args.add(or().sql());
                } while (acceptSymbol(","));
                expectSymbol(")");
                if (distinct) {
                    args.set(0, "distinct " + args.get(0));
                }
            }
            return Node.of(functions.apply(word) + "(" + String.join(", ", args) + ")");
        }
        return Node.of(qualified(unquoted.apply(t.text())));
    }

    /** {@code a.b}: the rest of a qualified name after its first part. */
    private String qualified(String first) {
        StringBuilder name = new StringBuilder(first);
        while (peekSymbol(".")) {
            next();
            ExprToken part = next();
            if (part == null || (part.kind() != ExprToken.Kind.WORD && part.kind() != ExprToken.Kind.QUOTED)) {
                throw unexpected();
            }
            name.append('.')
                    .append(
                            part.kind() == ExprToken.Kind.QUOTED
                                    ? quoted.apply(part.text())
                                    : unquoted.apply(part.text()));
        }
        return name.toString();
    }

    private Node array() {
        expectSymbol("[");
        List<Node> items = new ArrayList<>();
        if (!acceptSymbol("]")) {
            do {
                items.add(or());
            } while (acceptSymbol(","));
            expectSymbol("]");
        }
        return new Node(
                "array[" + String.join(", ", items.stream().map(Node::sql).toList()) + "]", Kind.ARRAY, items);
    }

    private Node caseExpression() {
        StringBuilder sql = new StringBuilder("(case");
        if (!peekWord("when")) {
            sql.append(' ').append(or().sql());
        }
        while (accept("when")) {
            sql.append(" when ").append(or().sql());
            expect("then");
            sql.append(" then ").append(or().sql());
        }
        if (accept("else")) {
            sql.append(" else ").append(or().sql());
        }
        expect("end");
        return Node.of(sql.append(" end)").toString());
    }

    private static Node binary(Node left, String op, Node right) {
        return Node.of("(" + left.sql() + " " + op + " " + right.sql() + ")");
    }

    private ExprToken peek() {
        return pos < tokens.size() ? tokens.get(pos) : null;
    }

    private ExprToken next() {
        return pos < tokens.size() ? tokens.get(pos++) : null;
    }

    private boolean peekWord(String word) {
        return peekWord(0, word);
    }

    private boolean peekWord(int ahead, String word) {
        return pos + ahead < tokens.size() && tokens.get(pos + ahead).is(word);
    }

    private boolean peekSymbol(String symbol) {
        return pos < tokens.size() && tokens.get(pos).isSymbol(symbol);
    }

    private boolean accept(String word) {
        if (peekWord(word)) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean acceptSymbol(String symbol) {
        if (peekSymbol(symbol)) {
            pos++;
            return true;
        }
        return false;
    }

    private String word() {
        ExprToken t = next();
        if (t == null || t.kind() != ExprToken.Kind.WORD) {
            throw unexpected(t);
        }
        return t.text();
    }

    private void expect(String word) {
        if (!accept(word)) {
            throw unexpected(peek());
        }
    }

    private void expectSymbol(String symbol) {
        if (!acceptSymbol(symbol)) {
            throw unexpected(peek());
        }
    }

    private IllegalArgumentException unexpected() {
        return unexpected(peek());
    }

    private static IllegalArgumentException unexpected(ExprToken t) {
        return new IllegalArgumentException(t == null ? "expression ends too early" : "unexpected " + t.text());
    }
}
