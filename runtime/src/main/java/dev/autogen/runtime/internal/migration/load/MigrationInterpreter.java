package dev.autogen.runtime.internal.migration.load;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Schema;
import dev.autogen.runtime.Types;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a migration straight from its source text, without javac, when the text is in the form Autogen writes: the
 * standard imports, one {@code final class} carrying {@code @Revision} (graph elements only) and implementing
 * {@code Migration}, and {@code upgrade} and {@code downgrade} bodies (and the {@code private static void} methods a
 * long one is split into) made of calls on {@code op} whose arguments are
 * literals, string concatenations of literals, the members of {@code Schema} and {@code Types}, and calls chained on
 * them. Each call is resolved once, when the text is read, by Java's own rules for choosing among overloads (strict,
 * then loose, then variable arity), and only where exactly one method applies; then run by reflection, evaluating its
 * arguments left to right as compiled code does.
 *
 * <p>Anything else (another import, a field, a local variable, a lambda, a cast, a number other than a decimal
 * {@code int} or {@code long}, a call that two overloads could take, {@code transactional = false}) makes {@link #read}
 * return null, and the caller compiles that file with javac as always, which also reports what is wrong with it. The
 * interpreter never guesses. It exists because javac needs about 2.5 s of CPU for a thousand such files in a fresh
 * JVM, which a fresh database built from a long history paid in full. {@code -Dautogen.interpret=false} compiles
 * every migration instead.
 */
final class MigrationInterpreter {

    /** System property that, set to {@code false}, compiles every migration. */
    static final String PROPERTY = "autogen.interpret";

    private static final String API = "dev.autogen.runtime.";
    private static final Set<String> TYPE_IMPORTS = Set.of("Migration", "Operations", "Revision");
    private static final Map<String, Class<?>> STATIC_IMPORTS = Map.of("Schema", Schema.class, "Types", Types.class);
    /** The {@code @Revision} elements that place a migration in the graph; any other one is left to javac. */
    private static final Set<String> GRAPH_ELEMENTS =
            Set.of("id", "revises", "dependsOn", "branchLabels", "message", "created", "replaces");

    private MigrationInterpreter() {}

    /**
     * The migration of a source text, or null when the text is not in the form this class runs (the caller then
     * compiles it).
     *
     * @param text the whole source file
     * @param header its header, as {@link RevisionHeaderReader} read it
     */
    static Migration read(String text, RevisionHeader header) {
        if ("false".equalsIgnoreCase(System.getProperty(PROPERTY, "true").strip())) {
            return null;
        }
        try {
            String source = HeaderLexer.unicodeEscapes(text);
            return new Parser(new HeaderLexer(source), header, helperNames(source)).file();
        } catch (UnreadableHeaderException | NotInForm e) {
            return null;
        }
    }

    private static final java.util.regex.Pattern HELPER =
            java.util.regex.Pattern.compile("private\\s+static\\s+void\\s+([A-Za-z_$][A-Za-z0-9_$]*)\\s*\\(");

    /**
     * The names of the {@code private static void} methods a long migration's body is split into (a Java method holds
     * at most 64 KiB of bytecode), found before parsing, since a call may come before the method: a class's own
     * methods come before what the static imports offer. The parse must then declare exactly these.
     */
    private static Set<String> helperNames(String source) {
        Set<String> names = new java.util.HashSet<>();
        java.util.regex.Matcher m = HELPER.matcher(source);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** A migration read from its text. */
    static final class InterpretedMigration implements Migration {

        private final String className;
        private final List<Node> upgrade;
        private final List<Node> downgrade;

        private InterpretedMigration(String className, List<Node> upgrade, List<Node> downgrade) {
            this.className = className;
            this.upgrade = upgrade;
            this.downgrade = downgrade;
        }

        @Override
        public void upgrade(Operations op) {
            run(upgrade, op);
        }

        @Override
        public void downgrade(Operations op) {
            run(downgrade, op);
        }

        private static void run(List<Node> statements, Operations op) {
            for (Node statement : statements) {
                statement.eval(op);
            }
        }

        @Override
        public String toString() {
            return className + " (read from its source)";
        }
    }

    /** Not in the form: the file is compiled instead. No stack trace: it is an answer, not an error. */
    private static final class NotInForm extends Exception {

        private static final NotInForm INSTANCE = new NotInForm();

        private NotInForm() {
            super(null, null, false, false);
        }
    }

    /** One expression, ready to run. */
    private interface Node {
        Object eval(Operations op);
    }

    /** An expression with its static type; {@code type} is null for the null literal. */
    private record Typed(Node node, Class<?> type) {}

    /**
     * Names that the migration class itself has (its methods, {@code Migration}'s and {@code Object}'s, their
     * constants): unqualified, they mean those members, not what a static import offers.
     */
    private static final Set<String> SHADOWING = shadowing();

    private static Set<String> shadowing() {
        Set<String> names = new java.util.HashSet<>();
        for (Class<?> type : List.of(Migration.class, Object.class)) {
            for (Method m : type.getMethods()) {
                names.add(m.getName());
            }
            for (Method m : type.getDeclaredMethods()) {
                names.add(m.getName());
            }
            for (Field f : type.getFields()) {
                names.add(f.getName());
            }
        }
        return Set.copyOf(names);
    }

    private static final class Parser {

        private final HeaderLexer lexer;
        private final RevisionHeader header;
        private HeaderLexer.Token peeked;
        private final Map<String, Class<?>> staticScopes = new HashMap<>();
        private final Set<String> types = new java.util.HashSet<>();
        private String opName;
        private final Set<String> helperNames;
        private final Map<String, List<Node>> helpers = new HashMap<>();
        private final List<HelperCall> helperCalls = new ArrayList<>();

        Parser(HeaderLexer lexer, RevisionHeader header, Set<String> helperNames) {
            this.lexer = lexer;
            this.header = header;
            this.helperNames = helperNames;
        }

        private HeaderLexer.Token peek() throws UnreadableHeaderException {
            if (peeked == null) {
                peeked = lexer.next();
            }
            return peeked;
        }

        private HeaderLexer.Token take() throws UnreadableHeaderException {
            HeaderLexer.Token token = peek();
            peeked = null;
            return token;
        }

        private void expect(char punct) throws UnreadableHeaderException, NotInForm {
            if (!take().is(punct)) {
                throw NotInForm.INSTANCE;
            }
        }

        private void expectWord(String word) throws UnreadableHeaderException, NotInForm {
            if (!take().isWord(word)) {
                throw NotInForm.INSTANCE;
            }
        }

        private String ident() throws UnreadableHeaderException, NotInForm {
            HeaderLexer.Token token = take();
            if (token.kind() != HeaderLexer.Kind.IDENT) {
                throw NotInForm.INSTANCE;
            }
            return token.text();
        }

        /** {@code a.b.c}, and {@code .*} when {@code star} allows it. */
        private String qualifiedName(boolean star) throws UnreadableHeaderException, NotInForm {
            StringBuilder name = new StringBuilder(ident());
            while (peek().is('.')) {
                take();
                if (star && peek().is('*')) {
                    take();
                    return name.append(".*").toString();
                }
                name.append('.').append(ident());
            }
            return name.toString();
        }

        Migration file() throws UnreadableHeaderException, NotInForm {
            String packageName = "";
            if (peek().isWord("package")) {
                take();
                packageName = qualifiedName(false);
                expect(';');
            }
            while (peek().isWord("import")) {
                take();
                boolean isStatic = peek().isWord("static");
                if (isStatic) {
                    take();
                }
                String name = qualifiedName(isStatic);
                expect(';');
                if (!name.startsWith(API)) {
                    throw NotInForm.INSTANCE;
                }
                String simple = name.substring(API.length());
                if (isStatic
                        && simple.endsWith(".*")
                        && STATIC_IMPORTS.containsKey(simple.substring(0, simple.length() - 2))) {
                    String scope = simple.substring(0, simple.length() - 2);
                    staticScopes.put(scope, STATIC_IMPORTS.get(scope));
                } else if (!isStatic && TYPE_IMPORTS.contains(simple)) {
                    types.add(simple);
                } else {
                    throw NotInForm.INSTANCE;
                }
            }
            if (!types.containsAll(TYPE_IMPORTS)) {
                throw NotInForm.INSTANCE;
            }
            annotation();
            expectWord("final");
            expectWord("class");
            String simpleName = ident();
            String className = packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
            if (!className.equals(header.className())) {
                throw NotInForm.INSTANCE;
            }
            expectWord("implements");
            expectWord("Migration");
            expect('{');
            List<Node> upgrade = null;
            List<Node> downgrade = null;
            while (!peek().is('}')) {
                if (peek().isWord("private")) {
                    take();
                    expectWord("static");
                    String helper = methodHead();
                    if (helpers.put(helper, body()) != null) {
                        throw NotInForm.INSTANCE;
                    }
                    continue;
                }
                if (peek().is('@')) {
                    take();
                    expectWord("Override");
                }
                expectWord("public");
                String method = methodHead();
                List<Node> body = body();
                if (method.equals("upgrade") && upgrade == null) {
                    upgrade = body;
                } else if (method.equals("downgrade") && downgrade == null) {
                    downgrade = body;
                } else {
                    throw NotInForm.INSTANCE;
                }
            }
            take();
            if (upgrade == null
                    || downgrade == null
                    || peek().kind() != HeaderLexer.Kind.EOF
                    || !helpers.keySet().equals(helperNames)) {
                throw NotInForm.INSTANCE;
            }
            for (HelperCall call : helperCalls) {
                call.statements = helpers.get(call.name);
            }
            return new InterpretedMigration(className, List.copyOf(upgrade), List.copyOf(downgrade));
        }

        /** {@code void name([final] Operations op)}: the method's name; its parameter becomes {@link #opName}. */
        private String methodHead() throws UnreadableHeaderException, NotInForm {
            expectWord("void");
            String method = ident();
            expect('(');
            if (peek().isWord("final")) {
                take();
            }
            expectWord("Operations");
            opName = ident();
            expect(')');
            return method;
        }

        /** {@code @Revision(name = value, ...)} naming graph elements only; the values are the header's business. */
        private void annotation() throws UnreadableHeaderException, NotInForm {
            expect('@');
            expectWord("Revision");
            expect('(');
            if (peek().is(')')) {
                take();
                return;
            }
            Set<String> seen = new java.util.HashSet<>();
            while (true) {
                String element = ident();
                if (!GRAPH_ELEMENTS.contains(element) || !seen.add(element)) {
                    throw NotInForm.INSTANCE;
                }
                expect('=');
                int depth = 0;
                while (true) {
                    HeaderLexer.Token token = peek();
                    if (token.kind() == HeaderLexer.Kind.EOF) {
                        throw NotInForm.INSTANCE;
                    }
                    if (depth == 0 && (token.is(',') || token.is(')'))) {
                        break;
                    }
                    take();
                    if (token.is('(') || token.is('{')) {
                        depth++;
                    } else if (token.is(')') || token.is('}')) {
                        depth--;
                    }
                }
                if (take().is(')')) {
                    return;
                }
            }
        }

        /** A method body: expression statements that are calls, each ending in {@code ;}. */
        private List<Node> body() throws UnreadableHeaderException, NotInForm {
            expect('{');
            List<Node> statements = new ArrayList<>();
            while (!peek().is('}')) {
                if (peek().is(';')) {
                    take();
                    continue;
                }
                Typed expression = expression();
                if (!(expression.node() instanceof Call) && !(expression.node() instanceof HelperCall)) {
                    throw NotInForm.INSTANCE;
                }
                expect(';');
                statements.add(expression.node());
            }
            take();
            return statements;
        }

        /** A primary followed by member calls. */
        private Typed expression() throws UnreadableHeaderException, NotInForm {
            Typed value = primary();
            while (peek().is('.')) {
                take();
                String name = ident();
                if (!peek().is('(')) {
                    throw NotInForm.INSTANCE; // a field of an object: not written by Autogen
                }
                if (value.type() == null || value.type().isPrimitive()) {
                    throw NotInForm.INSTANCE;
                }
                List<Typed> args = arguments();
                List<Method> candidates = new ArrayList<>();
                for (Method m : value.type().getMethods()) {
                    if (m.getName().equals(name) && !Modifier.isStatic(m.getModifiers())) {
                        candidates.add(m);
                    }
                }
                value = call(value.node(), candidates, args);
            }
            return value;
        }

        private Typed primary() throws UnreadableHeaderException, NotInForm {
            HeaderLexer.Token token = take();
            switch (token.kind()) {
                case STRING:
                    return concatenation(token.text());
                case NUMBER:
                    return number(token.text(), false);
                case PUNCT:
                    if (token.is('-') && peek().kind() == HeaderLexer.Kind.NUMBER) {
                        return number(take().text(), true);
                    }
                    throw NotInForm.INSTANCE;
                case IDENT:
                    return name(token.text());
                default:
                    throw NotInForm.INSTANCE;
            }
        }

        /** A string literal, possibly {@code + "more"} literals: folded into one constant, as javac does. */
        private Typed concatenation(String first) throws UnreadableHeaderException, NotInForm {
            StringBuilder text = new StringBuilder(first);
            while (peek().is('+')) {
                take();
                HeaderLexer.Token next = take();
                if (next.kind() != HeaderLexer.Kind.STRING) {
                    throw NotInForm.INSTANCE;
                }
                text.append(next.text());
            }
            if (peek().is('.')) {
                throw NotInForm.INSTANCE; // a call on a string literal
            }
            return new Typed(new Literal(text.toString()), String.class);
        }

        /** A decimal {@code int} or {@code long} literal; any other form of number is left to javac. */
        private Typed number(String text, boolean negative) throws NotInForm {
            boolean isLong = text.endsWith("L") || text.endsWith("l");
            String digits = isLong ? text.substring(0, text.length() - 1) : text;
            if (!digits.matches("0|[1-9][0-9]*(_+[0-9]+)*")) {
                throw NotInForm.INSTANCE;
            }
            java.math.BigInteger value = new java.math.BigInteger(digits.replace("_", ""));
            if (negative) {
                value = value.negate();
            }
            try {
                return isLong
                        ? new Typed(new Literal(value.longValueExact()), long.class)
                        : new Typed(new Literal(value.intValueExact()), int.class);
            } catch (ArithmeticException e) {
                throw NotInForm.INSTANCE;
            }
        }

        private Typed name(String name) throws UnreadableHeaderException, NotInForm {
            switch (name) {
                case "true":
                    return new Typed(new Literal(Boolean.TRUE), boolean.class);
                case "false":
                    return new Typed(new Literal(Boolean.FALSE), boolean.class);
                case "null":
                    return new Typed(new Literal(null), null);
                default:
                    break;
            }
            if (helperNames.contains(name)) {
                // one of the class's own helpers, called with this method's op
                expect('(');
                if (!take().isWord(opName)) {
                    throw NotInForm.INSTANCE;
                }
                expect(')');
                HelperCall call = new HelperCall(name);
                helperCalls.add(call);
                return new Typed(call, void.class);
            }
            if (SHADOWING.contains(name)) {
                throw NotInForm.INSTANCE; // the migration's own members come before the static imports
            }
            if (peek().is('(')) {
                List<Typed> args = arguments();
                List<Method> candidates = new ArrayList<>();
                for (Class<?> scope : staticScopes.values()) {
                    for (Method m : scope.getMethods()) {
                        if (m.getName().equals(name) && Modifier.isStatic(m.getModifiers())) {
                            candidates.add(m);
                        }
                    }
                }
                return call(null, candidates, args);
            }
            if (name.equals(opName)) {
                return new Typed(op -> op, Operations.class);
            }
            Field found = null;
            for (Class<?> scope : staticScopes.values()) {
                for (Field f : scope.getFields()) {
                    if (f.getName().equals(name) && Modifier.isStatic(f.getModifiers())) {
                        if (found != null) {
                            throw NotInForm.INSTANCE; // two imports offer it: javac's ambiguity, not ours to settle
                        }
                        found = f;
                    }
                }
            }
            if (found == null || !(found.getGenericType() instanceof Class<?>)) {
                throw NotInForm.INSTANCE;
            }
            Field field = found;
            return new Typed(
                    op -> {
                        try {
                            return field.get(null);
                        } catch (IllegalAccessException e) {
                            throw new IllegalStateException("cannot read " + field, e);
                        }
                    },
                    field.getType());
        }

        private List<Typed> arguments() throws UnreadableHeaderException, NotInForm {
            expect('(');
            List<Typed> args = new ArrayList<>();
            if (peek().is(')')) {
                take();
                return args;
            }
            while (true) {
                args.add(expression());
                HeaderLexer.Token token = take();
                if (token.is(')')) {
                    return args;
                }
                if (!token.is(',')) {
                    throw NotInForm.INSTANCE;
                }
            }
        }

        /** The one method that Java's rules choose for these arguments, as a call; NotInForm when it is not one. */
        private static Typed call(Node target, List<Method> candidates, List<Typed> args) throws NotInForm {
            List<Class<?>> argTypes = args.stream().map(Typed::type).toList();
            for (int phase = 1; phase <= 3; phase++) {
                Method chosen = null;
                for (Method m : candidates) {
                    if (!m.isBridge() && !m.isSynthetic() && applicable(m, argTypes, phase)) {
                        if (chosen != null) {
                            throw NotInForm.INSTANCE; // javac would pick the most specific; we do not guess
                        }
                        chosen = m;
                    }
                }
                if (chosen != null) {
                    checkCallable(chosen);
                    return new Typed(
                            new Call(
                                    target,
                                    chosen,
                                    args.stream().map(Typed::node).toList(),
                                    phase == 3),
                            chosen.getReturnType());
                }
            }
            throw NotInForm.INSTANCE;
        }

        /** Public, no type variables, no checked exceptions: what a plain call in a migration can be. */
        private static void checkCallable(Method m) throws NotInForm {
            if (!Modifier.isPublic(m.getModifiers())
                    || !Modifier.isPublic(m.getDeclaringClass().getModifiers())) {
                throw NotInForm.INSTANCE;
            }
            if (!(m.getGenericReturnType() instanceof Class<?>) || m.getTypeParameters().length > 0) {
                throw NotInForm.INSTANCE;
            }
            for (java.lang.reflect.Type t : m.getGenericParameterTypes()) {
                if (!(t instanceof Class<?>)) {
                    throw NotInForm.INSTANCE;
                }
            }
            for (Class<?> thrown : m.getExceptionTypes()) {
                if (!RuntimeException.class.isAssignableFrom(thrown) && !Error.class.isAssignableFrom(thrown)) {
                    throw NotInForm.INSTANCE;
                }
            }
        }

        /**
         * JLS 15.12.2: phase 1 strict invocation (identity and widening), phase 2 loose (boxing and unboxing too),
         * phase 3 variable arity.
         */
        private static boolean applicable(Method m, List<Class<?>> args, int phase) {
            Class<?>[] params = m.getParameterTypes();
            if (phase < 3) {
                if (params.length != args.size()) {
                    return false;
                }
                for (int i = 0; i < params.length; i++) {
                    if (!convertible(args.get(i), params[i], phase == 2)) {
                        return false;
                    }
                }
                return true;
            }
            if (!m.isVarArgs() || args.size() < params.length - 1) {
                return false;
            }
            for (int i = 0; i < params.length - 1; i++) {
                if (!convertible(args.get(i), params[i], true)) {
                    return false;
                }
            }
            Class<?> component = params[params.length - 1].getComponentType();
            for (int i = params.length - 1; i < args.size(); i++) {
                if (!convertible(args.get(i), component, true)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean convertible(Class<?> from, Class<?> to, boolean boxing) {
            if (from == null) {
                return !to.isPrimitive();
            }
            if (from.isPrimitive() && to.isPrimitive()) {
                return from == to || widens(from, to);
            }
            if (from.isPrimitive()) {
                return boxing && from != void.class && to.isAssignableFrom(box(from));
            }
            if (to.isPrimitive()) {
                Class<?> unboxed = unbox(from);
                return boxing && unboxed != null && (unboxed == to || widens(unboxed, to));
            }
            return to.isAssignableFrom(from);
        }

        /** JLS 5.1.2, widening primitive conversions. */
        private static boolean widens(Class<?> from, Class<?> to) {
            List<Class<?>> order;
            if (from == byte.class) {
                order = List.of(short.class, int.class, long.class, float.class, double.class);
            } else if (from == short.class || from == char.class) {
                order = List.of(int.class, long.class, float.class, double.class);
            } else if (from == int.class) {
                order = List.of(long.class, float.class, double.class);
            } else if (from == long.class) {
                order = List.of(float.class, double.class);
            } else if (from == float.class) {
                order = List.of(double.class);
            } else {
                order = List.of();
            }
            return order.contains(to);
        }

        private static final Map<Class<?>, Class<?>> BOXES = Map.of(
                boolean.class, Boolean.class,
                byte.class, Byte.class,
                short.class, Short.class,
                char.class, Character.class,
                int.class, Integer.class,
                long.class, Long.class,
                float.class, Float.class,
                double.class, Double.class);

        private static Class<?> box(Class<?> primitive) {
            return BOXES.get(primitive);
        }

        private static Class<?> unbox(Class<?> type) {
            for (Map.Entry<Class<?>, Class<?>> e : BOXES.entrySet()) {
                if (e.getValue() == type) {
                    return e.getKey();
                }
            }
            return null;
        }
    }

    /** A call of one of the migration's own helpers: its statements, run with the same {@code op}. */
    private static final class HelperCall implements Node {

        private final String name;
        private List<Node> statements;

        HelperCall(String name) {
            this.name = name;
        }

        @Override
        public Object eval(Operations op) {
            for (Node statement : statements) {
                statement.eval(op);
            }
            return null;
        }
    }

    /** A constant. */
    private record Literal(Object value) implements Node {
        @Override
        public Object eval(Operations op) {
            return value;
        }
    }

    /** A method call: its target (null for a static method), its arguments, evaluated left to right, then the call. */
    private record Call(Node target, Method method, List<Node> args, boolean variableArity) implements Node {

        @Override
        public Object eval(Operations op) {
            Object receiver = target == null ? null : target.eval(op);
            if (target != null && receiver == null) {
                throw new NullPointerException(
                        "Cannot invoke \"" + method.getDeclaringClass().getName() + "." + method.getName()
                                + "()\" because its target is null");
            }
            Class<?>[] params = method.getParameterTypes();
            Object[] values = new Object[params.length];
            int fixed = variableArity ? params.length - 1 : params.length;
            for (int i = 0; i < fixed; i++) {
                values[i] = args.get(i).eval(op);
            }
            if (variableArity) {
                Class<?> component = params[params.length - 1].getComponentType();
                Object rest = Array.newInstance(component, args.size() - fixed);
                for (int i = fixed; i < args.size(); i++) {
                    Array.set(rest, i - fixed, args.get(i).eval(op));
                }
                values[params.length - 1] = rest;
            }
            try {
                return method.invoke(receiver, values);
            } catch (InvocationTargetException e) {
                throw MigrationInterpreter.<RuntimeException>sneaky(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot call " + method, e);
            }
        }
    }

    /** Rethrows what the called method threw, as compiled code would let it through. */
    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
