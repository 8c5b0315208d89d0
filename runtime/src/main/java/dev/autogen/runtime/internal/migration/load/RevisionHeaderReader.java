package dev.autogen.runtime.internal.migration.load;

import dev.autogen.runtime.internal.migration.load.HeaderLexer.Kind;
import dev.autogen.runtime.internal.migration.load.HeaderLexer.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a migration's {@code @Revision} from its source text, without compiling it: the revision graph of a versions
 * folder is known without javac. The reader knows as much Java as a header needs: comments, string literals with
 * their escapes, text blocks, Unicode escapes, annotations, the class declaration and {@code static final String}
 * constants declared in the same file ({@code id = Ids.FIRST}, {@code message = PREFIX + "users"}).
 *
 * <p>It reads only the canonical shape: one top-level concrete class carrying {@code @Revision} and naming
 * {@code Migration} in its {@code implements} clause, and no other top-level type that could be a migration. Anything
 * else (a constant from another file, a base class, a second migration, no {@code @Revision}) gets a
 * {@link Result#problem() problem}, and the caller compiles that file to learn its header, which also reports
 * whatever is wrong with it exactly as before. The reader never guesses.
 */
public final class RevisionHeaderReader {

    private static final Set<String> MODIFIERS = Set.of(
            "public",
            "protected",
            "private",
            "static",
            "final",
            "abstract",
            "strictfp",
            "sealed",
            "transient",
            "volatile",
            "synchronized",
            "native",
            "default");
    private static final Set<String> TYPE_KEYWORDS = Set.of("class", "interface", "enum", "record");
    private static final Set<String> LIST_ELEMENTS = Set.of("revises", "dependsOn", "branchLabels", "replaces");
    private static final Set<String> STRING_ELEMENTS = Set.of("id", "message", "created");
    /** Elements that say how the migration runs, not where it is in the graph: read past. */
    private static final Set<String> RUN_ELEMENTS = Set.of("transactional");

    /**
     * A header, or why none could be read from the text.
     *
     * @param header the header, or null
     * @param problem why the text alone does not tell the header, or null
     */
    public record Result(RevisionHeader header, String problem) {

        public Result {
            if ((header == null) == (problem == null)) {
                throw new IllegalArgumentException("exactly one of header and problem");
            }
        }
    }

    private RevisionHeaderReader() {}

    /** Reads the header of one migration source file. */
    public static Result read(String source) {
        Objects.requireNonNull(source, "source");
        try {
            return new Result(new Parser(new HeaderLexer(HeaderLexer.unicodeEscapes(source))).header(), null);
        } catch (UnreadableHeaderException e) {
            return new Result(null, e.getMessage());
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Parser

    /** A type declared in the file, top-level or nested. */
    private static final class TypeDecl {
        final String kind;
        final String path; // Outer.Inner
        final TypeDecl outer;
        final List<String> modifiers = new ArrayList<>();
        final List<String> implemented = new ArrayList<>();
        boolean extendsSomething;
        Map<String, Integer> revision; // element name -> token index of its value, when it carries @Revision
        final Map<String, Integer> constants = new HashMap<>(); // NAME -> token index of its initializer

        TypeDecl(String kind, String path, TypeDecl outer) {
            this.kind = kind;
            this.path = path;
            this.outer = outer;
        }
    }

    private static final class Parser {
        private final HeaderLexer lexer;
        /** Every token made so far; positions kept for later (element values, constants) index into it. */
        private final List<Token> tokens = new ArrayList<>();

        private int i;
        private String packageName = "";
        private final List<TypeDecl> topLevel = new ArrayList<>();
        private final Map<String, TypeDecl> byPath = new LinkedHashMap<>();
        private final Set<String> evaluating = new HashSet<>();

        Parser(HeaderLexer lexer) {
            this.lexer = lexer;
        }

        private Token peek() throws UnreadableHeaderException {
            return peek(0);
        }

        private Token peek(int ahead) throws UnreadableHeaderException {
            while (tokens.size() <= i + ahead) {
                if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() == Kind.EOF) {
                    return HeaderLexer.EOF;
                }
                tokens.add(lexer.next());
            }
            return tokens.get(i + ahead);
        }

        private Token next() throws UnreadableHeaderException {
            Token t = peek();
            if (t.kind() != Kind.EOF) {
                i++;
            }
            return t;
        }

        RevisionHeader header() throws UnreadableHeaderException {
            compilationUnit();
            TypeDecl migration = null;
            for (TypeDecl type : topLevel) {
                if (type.revision != null) {
                    if (migration != null) {
                        throw new UnreadableHeaderException("more than one class carries @Revision");
                    }
                    migration = type;
                }
            }
            if (migration == null) {
                throw new UnreadableHeaderException("no top-level class carries @Revision");
            }
            if (!migration.kind.equals("class") || migration.modifiers.contains("abstract")) {
                throw new UnreadableHeaderException(migration.path + " is not a concrete class");
            }
            if (!implementsMigration(migration)) {
                throw new UnreadableHeaderException(
                        migration.path + " does not name Migration in its implements clause");
            }
            for (TypeDecl other : topLevel) {
                if (other != migration && (implementsMigration(other) || other.extendsSomething)) {
                    throw new UnreadableHeaderException(other.path + " may be a second migration class");
                }
            }
            Map<String, Integer> elements = migration.revision;
            if (!elements.containsKey("id")) {
                throw new UnreadableHeaderException("@Revision has no id");
            }
            String className = packageName.isEmpty() ? migration.path : packageName + "." + migration.path;
            // the annotation of a top-level class is outside every class body: no simple name of a member is in scope
            return new RevisionHeader(
                    className,
                    stringAt(elements.get("id"), null),
                    listAt(elements.get("revises"), null),
                    listAt(elements.get("dependsOn"), null),
                    listAt(elements.get("branchLabels"), null),
                    elements.containsKey("message") ? stringAt(elements.get("message"), null) : "",
                    elements.containsKey("created") ? stringAt(elements.get("created"), null) : "",
                    listAt(elements.get("replaces"), null));
        }

        private static boolean implementsMigration(TypeDecl type) {
            return type.implemented.contains("Migration") || type.implemented.contains("dev.autogen.runtime.Migration");
        }

        // --- structure ---------------------------------------------------------------------------------------------

        private void compilationUnit() throws UnreadableHeaderException {
            List<Map<String, Integer>> revisions = new ArrayList<>();
            List<String> modifiers = new ArrayList<>();
            while (peek().kind() != Kind.EOF) {
                Token t = peek();
                if (t.isWord("package") && topLevel.isEmpty()) {
                    next();
                    packageName = qualifiedName();
                    expect(';');
                } else if (t.isWord("import")) {
                    while (!peek().is(';') && peek().kind() != Kind.EOF) {
                        next();
                    }
                    next();
                } else if (t.is(';')) {
                    next();
                } else if (t.is('@') && peek(1).isWord("interface")) {
                    next();
                    next();
                    typeDeclaration("@interface", null, modifiers, revisions);
                    modifiers = new ArrayList<>();
                    revisions = new ArrayList<>();
                } else if (t.is('@')) {
                    Map<String, Integer> revision = annotation(true);
                    if (revision != null) {
                        revisions.add(revision);
                    }
                } else if (t.kind() == Kind.IDENT
                        && (MODIFIERS.contains(t.text()) || t.text().equals("non"))) {
                    if (t.text().equals("non")) { // non-sealed
                        next();
                        expect('-');
                        modifiers.add("non-sealed");
                    } else {
                        modifiers.add(t.text());
                    }
                    next();
                } else if (t.kind() == Kind.IDENT && TYPE_KEYWORDS.contains(t.text())) {
                    next();
                    typeDeclaration(t.text(), null, modifiers, revisions);
                    modifiers = new ArrayList<>();
                    revisions = new ArrayList<>();
                } else {
                    throw new UnreadableHeaderException("unexpected '" + t.text() + "' at the top level");
                }
            }
        }

        /** After {@code class}: the name, the header up to the body, then the body. */
        private void typeDeclaration(
                String kind, TypeDecl outer, List<String> modifiers, List<Map<String, Integer>> revisions)
                throws UnreadableHeaderException {
            Token name = next();
            if (name.kind() != Kind.IDENT) {
                throw new UnreadableHeaderException("a " + kind + " without a name");
            }
            TypeDecl type = new TypeDecl(kind, outer == null ? name.text() : outer.path + "." + name.text(), outer);
            type.modifiers.addAll(modifiers);
            if (revisions.size() > 1) {
                throw new UnreadableHeaderException("@Revision appears twice on " + type.path);
            }
            type.revision = revisions.isEmpty() ? null : revisions.get(0);
            if (outer == null) {
                topLevel.add(type);
            }
            byPath.put(type.path, type);
            String clause = null;
            int angle = 0;
            while (true) {
                Token t = peek();
                if (t.kind() == Kind.EOF) {
                    throw new UnreadableHeaderException("the body of " + type.path + " is missing");
                }
                if (t.is('{') && angle == 0) {
                    break;
                }
                next();
                if (t.is('<')) {
                    angle++;
                } else if (t.is('>')) {
                    angle--;
                } else if (t.is('(')) {
                    skipCode('(', ')'); // record components
                } else if (t.is('@')) {
                    i--;
                    annotation(false);
                } else if (angle == 0 && t.kind() == Kind.IDENT) {
                    switch (t.text()) {
                        case "extends" -> {
                            clause = kind.equals("interface") ? "implements" : "extends";
                            if (!kind.equals("interface")) {
                                type.extendsSomething = true;
                            }
                        }
                        case "implements" -> clause = "implements";
                        case "permits" -> clause = "permits";
                        default -> {
                            if ("implements".equals(clause)) {
                                i--;
                                type.implemented.add(qualifiedName());
                            }
                        }
                    }
                }
            }
            next(); // {
            body(type);
        }

        /** A type body, up to its closing brace: members, constants, nested types; code is skipped. */
        private void body(TypeDecl type) throws UnreadableHeaderException {
            List<String> modifiers = new ArrayList<>();
            List<Map<String, Integer>> ignored = new ArrayList<>();
            if (type.kind.equals("enum")) {
                skipEnumConstants();
            }
            while (true) {
                Token t = peek();
                if (t.kind() == Kind.EOF) {
                    throw new UnreadableHeaderException("the body of " + type.path + " is not closed");
                }
                if (t.is('}')) {
                    next();
                    return;
                }
                if (t.is(';')) {
                    next();
                    modifiers.clear();
                } else if (t.is('@') && peek(1).isWord("interface")) {
                    next();
                    next();
                    typeDeclaration("@interface", type, modifiers, ignored);
                    modifiers.clear();
                } else if (t.is('@')) {
                    annotation(false);
                } else if (t.kind() == Kind.IDENT
                        && (MODIFIERS.contains(t.text()) || t.text().equals("non"))) {
                    if (t.text().equals("non") && peek(1).is('-')) {
                        next();
                        next();
                    }
                    modifiers.add(next().text());
                } else if (t.kind() == Kind.IDENT
                        && TYPE_KEYWORDS.contains(t.text())
                        && peek(1).kind() == Kind.IDENT
                        && !(t.text().equals("record") && !peek(2).is('(') && !peek(2).is('<'))) {
                    next();
                    typeDeclaration(t.text(), type, modifiers, ignored);
                    modifiers.clear();
                } else if (t.is('{')) {
                    next(); // an initializer block
                    skipCode('{', '}');
                    modifiers.clear();
                } else {
                    member(type, modifiers);
                    modifiers.clear();
                }
            }
        }

        /** A field or method after its modifiers: a constant is remembered, anything else skipped. */
        private void member(TypeDecl type, List<String> modifiers) throws UnreadableHeaderException {
            boolean constant = type.kind.equals("interface")
                    || type.kind.equals("@interface")
                    || modifiers.contains("static") && modifiers.contains("final");
            if (constant
                    && (peek().isWord("String") && peek(1).kind() == Kind.IDENT && peek(2).is('=')
                            || peek().isWord("java")
                                    && peek(1).is('.')
                                    && peek(2).isWord("lang")
                                    && peek(3).is('.')
                                    && peek(4).isWord("String")
                                    && peek(5).kind() == Kind.IDENT
                                    && peek(6).is('='))) {
                i += peek().isWord("String") ? 0 : 4;
                next(); // String
                String name = next().text();
                next(); // =
                type.constants.put(name, i);
            }
            // skip to the end of the member: a ';' at this level, or a block (method body)
            while (true) {
                Token t = next();
                if (t.kind() == Kind.EOF) {
                    throw new UnreadableHeaderException("the body of " + type.path + " is not closed");
                }
                if (t.is(';')) {
                    return;
                }
                if (t.is('(')) {
                    skipBalancedAfterOpen('(', ')');
                } else if (t.is('@')) {
                    i--;
                    annotation(false);
                } else if (t.is('{')) {
                    skipCode('{', '}');
                    return; // a method body, or a field's array initializer followed by ';' (then an empty member)
                } else if (t.is('}')) {
                    throw new UnreadableHeaderException("unbalanced braces in " + type.path);
                }
            }
        }

        /** The constants of an enum, up to the {@code ;} that ends them or the closing brace. */
        private void skipEnumConstants() throws UnreadableHeaderException {
            while (true) {
                Token t = peek();
                if (t.kind() == Kind.EOF) {
                    throw new UnreadableHeaderException("an enum that is not closed");
                }
                if (t.is('}')) {
                    return;
                }
                next();
                if (t.is(';')) {
                    return;
                }
                if (t.is('(')) {
                    skipBalancedAfterOpen('(', ')');
                } else if (t.is('{')) {
                    skipBalancedAfterOpen('{', '}');
                } else if (t.is('@')) {
                    i--;
                    annotation(false);
                }
            }
        }

        /**
         * An annotation at {@code @}. For {@code @Revision} where {@code wanted}: each element's name and the token index
         * of its value; any other annotation is skipped and gives null.
         */
        private Map<String, Integer> annotation(boolean wanted) throws UnreadableHeaderException {
            expect('@');
            String name = qualifiedName();
            boolean revision = wanted && (name.equals("Revision") || name.equals("dev.autogen.runtime.Revision"));
            if (!peek().is('(')) {
                if (revision) {
                    throw new UnreadableHeaderException("@Revision has no elements");
                }
                return null;
            }
            if (!revision) {
                next();
                skipCode('(', ')');
                return null;
            }
            next();
            Map<String, Integer> elements = new LinkedHashMap<>();
            while (!peek().is(')')) {
                Token element = next();
                if (element.kind() != Kind.IDENT || !peek().is('=')) {
                    throw new UnreadableHeaderException("@Revision's elements must be written name = value");
                }
                next();
                if (!STRING_ELEMENTS.contains(element.text())
                        && !LIST_ELEMENTS.contains(element.text())
                        && !RUN_ELEMENTS.contains(element.text())) {
                    throw new UnreadableHeaderException("@Revision has no element " + element.text());
                }
                if (elements.put(element.text(), i) != null) {
                    throw new UnreadableHeaderException("@Revision gives " + element.text() + " twice");
                }
                skipValue();
                if (peek().is(',')) {
                    next();
                } else if (!peek().is(')')) {
                    throw new UnreadableHeaderException("unexpected '" + peek().text() + "' in @Revision");
                }
            }
            next();
            return elements;
        }

        /** Skips an element value: up to the {@code ,} or {@code )} that ends it. */
        private void skipValue() throws UnreadableHeaderException {
            while (true) {
                Token t = peek();
                if (t.kind() == Kind.EOF) {
                    throw new UnreadableHeaderException("@Revision is not closed");
                }
                if (t.is(',') || t.is(')')) {
                    return;
                }
                next();
                if (t.is('(')) {
                    skipBalancedAfterOpen('(', ')');
                } else if (t.is('{')) {
                    skipBalancedAfterOpen('{', '}');
                }
            }
        }

        /**
         * Skips code nothing is read from later (a method body, another annotation's arguments) to the matching
         * {@code close}, the opening one already read: as characters, without making tokens of it.
         */
        private void skipCode(char open, char close) throws UnreadableHeaderException {
            int depth = 1;
            while (depth > 0) {
                if (i == tokens.size()) { // nothing read ahead: skip the rest as characters
                    lexer.skipBlock(open, close, depth);
                    return;
                }
                Token t = next();
                if (t.kind() == Kind.EOF) {
                    throw new UnreadableHeaderException("a '" + open + "' that is not closed");
                }
                if (t.is(open)) {
                    depth++;
                } else if (t.is(close)) {
                    depth--;
                }
            }
        }

        /** Skips to the matching {@code close}, the opening one already read, keeping the tokens for a later read. */
        private void skipBalancedAfterOpen(char open, char close) throws UnreadableHeaderException {
            int depth = 1;
            while (depth > 0) {
                Token t = next();
                if (t.kind() == Kind.EOF) {
                    throw new UnreadableHeaderException("a '" + open + "' that is not closed");
                }
                if (t.is(open)) {
                    depth++;
                } else if (t.is(close)) {
                    depth--;
                }
            }
        }

        private String qualifiedName() throws UnreadableHeaderException {
            Token first = next();
            if (first.kind() != Kind.IDENT) {
                throw new UnreadableHeaderException("a name expected, '" + first.text() + "' found");
            }
            StringBuilder name = new StringBuilder(first.text());
            while (peek().is('.') && peek(1).kind() == Kind.IDENT) {
                next();
                name.append('.').append(next().text());
            }
            // type arguments, as in implements Comparable<Foo>
            if (peek().is('<')) {
                next();
                int depth = 1;
                while (depth > 0) {
                    Token t = next();
                    if (t.kind() == Kind.EOF) {
                        throw new UnreadableHeaderException("type arguments that are not closed");
                    }
                    if (t.is('<')) {
                        depth++;
                    } else if (t.is('>')) {
                        depth--;
                    }
                }
            }
            return name.toString();
        }

        private void expect(char punct) throws UnreadableHeaderException {
            Token t = next();
            if (!t.is(punct)) {
                throw new UnreadableHeaderException("'" + punct + "' expected, '" + t.text() + "' found");
            }
        }

        // --- values ------------------------------------------------------------------------------------------------

        /** A list element: {@code {a, b}} or a single value. */
        private List<String> listAt(Integer at, TypeDecl scope) throws UnreadableHeaderException {
            if (at == null) {
                return List.of();
            }
            i = at;
            List<String> values = new ArrayList<>();
            if (!peek().is('{')) {
                values.add(expression(scope));
                return values;
            }
            next();
            while (!peek().is('}')) {
                values.add(expression(scope));
                if (peek().is(',')) {
                    next();
                } else if (!peek().is('}')) {
                    throw new UnreadableHeaderException("unexpected '" + peek().text() + "' in an array of @Revision");
                }
            }
            return values;
        }

        private String stringAt(int at, TypeDecl scope) throws UnreadableHeaderException {
            i = at;
            if (peek().is('{')) {
                throw new UnreadableHeaderException("an array where @Revision takes one string");
            }
            return expression(scope);
        }

        /** A constant string expression: strings, constants and parentheses joined by {@code +}. */
        private String expression(TypeDecl scope) throws UnreadableHeaderException {
            StringBuilder value = new StringBuilder(term(scope));
            while (peek().is('+')) {
                next();
                value.append(term(scope));
            }
            Token end = peek();
            if (!end.is(',') && !end.is(')') && !end.is('}') && !end.is(';')) {
                throw new UnreadableHeaderException(
                        "an expression the reader does not evaluate ('" + end.text() + "')");
            }
            return value.toString();
        }

        private String term(TypeDecl scope) throws UnreadableHeaderException {
            Token t = peek();
            if (t.kind() == Kind.STRING) {
                next();
                return t.text();
            }
            if (t.is('(')) {
                next();
                StringBuilder value = new StringBuilder(term(scope));
                while (peek().is('+')) {
                    next();
                    value.append(term(scope));
                }
                expect(')');
                return value.toString();
            }
            if (t.kind() == Kind.IDENT) {
                List<String> parts = new ArrayList<>();
                parts.add(next().text());
                while (peek().is('.') && peek(1).kind() == Kind.IDENT) {
                    next();
                    parts.add(next().text());
                }
                return constant(parts, scope);
            }
            throw new UnreadableHeaderException("a value the reader does not evaluate ('" + t.text() + "')");
        }

        /**
         * A constant named in an expression. A simple name is looked up in the class whose member it is and the
         * classes around it (the annotation on a top-level class sees none); a qualified one names a class of this file.
         */
        private String constant(List<String> parts, TypeDecl scope) throws UnreadableHeaderException {
            String name = parts.get(parts.size() - 1);
            TypeDecl owner = null;
            if (parts.size() == 1) {
                for (TypeDecl t = scope; t != null; t = t.outer) {
                    if (t.constants.containsKey(name)) {
                        owner = t;
                        break;
                    }
                }
            } else {
                List<String> qualifier = parts.subList(0, parts.size() - 1);
                String path = String.join(".", qualifier);
                if (!packageName.isEmpty() && path.startsWith(packageName + ".")) {
                    path = path.substring(packageName.length() + 1);
                }
                // a member type of the class in scope or of a class around it, else a top-level one
                for (TypeDecl t = scope; t != null && owner == null; t = t.outer) {
                    owner = byPath.get(t.path + "." + path);
                }
                if (owner == null) {
                    owner = byPath.get(path);
                }
            }
            if (owner == null || !owner.constants.containsKey(name)) {
                throw new UnreadableHeaderException(
                        "the constant " + String.join(".", parts) + " is not declared in this file");
            }
            String key = owner.path + "." + name;
            if (!evaluating.add(key)) {
                throw new UnreadableHeaderException("the constant " + key + " refers to itself");
            }
            int saved = i;
            try {
                i = owner.constants.get(name);
                return expression(owner);
            } finally {
                i = saved;
                evaluating.remove(key);
            }
        }
    }
}
