package dev.autogen.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.core.ops.Operation;
import dev.autogen.templates.MigrationTemplates;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.apache.velocity.runtime.resource.loader.FileResourceLoader;

/**
 * Writes a migration source file: the revision's metadata and a plan's upgrade, with the downgrade derived from
 * {@link MigrationPlan#reverse()}, laid out by a Velocity template. The template is {@code script.java.vm} in the
 * migrations folder when there is one, otherwise the default from the classpath
 * ({@value MigrationTemplates#DEFAULT_TEMPLATE}).
 *
 * <p>The file holds one package-private class named after the message and the revision id, for example
 * {@code AddTokenUsage_3f2a9c1d7e4b}. By default it has no package and is written as
 * {@code 3f2a9c1d7e4b_add_token_usage.java} into a versions folder. A writer {@linkplain #inPackage(String) in a
 * package} writes a source of the application instead: {@code package com.example.db.migrations;} first and the file
 * named after the class, {@code AddTokenUsage_3f2a9c1d7e4b.java}, so that the application's build compiles it. The
 * same inputs always give the same bytes; line breaks are {@code \n}. Instances are thread-safe.
 */
public final class MigrationWriter {

    private static final String BODY_INDENT = " ".repeat(Layout.BODY_INDENT);

    private static final Pattern PACKAGE =
            Pattern.compile("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*"
                    + "(\\.[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*)*");
    private static final Pattern PACKAGE_LINE = Pattern.compile("(?m)^package\\s+[\\w.]+\\s*;");

    private final Path migrationsDir;
    private final VelocityEngine engine;
    private final String packageName;

    /**
     * @param migrationsDirOrNull the migrations folder, where a {@code script.java.vm} overrides the default
     *     template; null to use the default template only
     */
    public MigrationWriter(Path migrationsDirOrNull) {
        this.migrationsDir = migrationsDirOrNull == null
                ? null
                : migrationsDirOrNull.toAbsolutePath().normalize();
        VelocityEngine ve = new VelocityEngine();
        if (migrationsDir != null) {
            ve.setProperty(RuntimeConstants.RESOURCE_LOADERS, "file,classpath");
            ve.setProperty("resource.loader.file.class", FileResourceLoader.class.getName());
            ve.setProperty(RuntimeConstants.FILE_RESOURCE_LOADER_PATH, migrationsDir.toString());
        } else {
            ve.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        }
        ve.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        ve.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
        ve.init();
        this.engine = ve;
        this.packageName = null;
    }

    private MigrationWriter(MigrationWriter writer, String packageName) {
        this.migrationsDir = writer.migrationsDir;
        this.engine = writer.engine;
        this.packageName = packageName;
    }

    /**
     * A writer whose migrations declare this package ({@code com.example.db.migrations}) and are named after their
     * class, to be written into the package's folder of a source root; null for none (the default).
     *
     * @throws IllegalArgumentException when the name is not a Java package name
     */
    public MigrationWriter inPackage(String packageName) {
        if (packageName != null && !PACKAGE.matcher(packageName).matches()) {
            throw new IllegalArgumentException("\"" + packageName + "\" is not a Java package name");
        }
        return new MigrationWriter(this, packageName);
    }

    /** The package the migrations declare, or null for none. */
    public String packageName() {
        return packageName;
    }

    /**
     * The name of a revision's file: {@code <ClassName>.java} in a package, else {@link #fileName(RevisionInfo)}
     * ({@code <id>_<slug>.java}).
     */
    public String sourceFileName(RevisionInfo info) {
        return packageName == null ? fileName(info) : className(info) + ".java";
    }

    /** The template this writer uses now: {@code script.java.vm} if the migrations folder has one, else the default. */
    public String templateName() {
        if (migrationsDir != null && Files.isRegularFile(migrationsDir.resolve(MigrationTemplates.USER_TEMPLATE))) {
            return MigrationTemplates.USER_TEMPLATE;
        }
        return MigrationTemplates.DEFAULT_TEMPLATE;
    }

    /** The source of the migration file. */
    public String render(RevisionInfo info, MigrationPlan plan) {
        return render(info, plan, op -> List.of());
    }

    /**
     * The source of the migration file, with {@code notes} giving extra comment lines to put above an operation (after
     * its safety comment), such as a possible rename's.
     */
    public String render(RevisionInfo info, MigrationPlan plan, Function<Operation, List<String>> notes) {
        return render(info, plan, notes, OnlineMarks.NONE);
    }

    /**
     * The source of the migration file, with online forms and blocking marks as {@code marks} says.
     */
    public String render(
            RevisionInfo info, MigrationPlan plan, Function<Operation, List<String>> notes, OnlineMarks marks) {
        VelocityContext ctx = new VelocityContext();
        ctx.put("revision", info);
        ctx.put("destructive", plan.destructive());
        ctx.put("packageName", packageName == null ? "" : packageName);
        ctx.put("className", className(info));
        ctx.put("idLiteral", literal(Literals.of(info.id())));
        ctx.put("revisesLiteral", literal(CodeBlock.of("{$L}", Literals.list(info.revises()))));
        ctx.put(
                "dependsOnLiteral",
                info.dependsOn().isEmpty() ? "" : literal(CodeBlock.of("{$L}", Literals.list(info.dependsOn()))));
        ctx.put(
                "branchLabelsLiteral",
                info.branchLabels().isEmpty() ? "" : literal(CodeBlock.of("{$L}", Literals.list(info.branchLabels()))));
        ctx.put("messageLiteral", literal(Literals.of(info.message())));
        ctx.put("createdLiteral", literal(Literals.of(info.created().toString())));
        ctx.put("docMessage", String.join("\n * ", Comments.docLines(info.message())));
        ctx.put("docRevisionId", Comments.doc(info.id()));
        ctx.put("docRevises", info.revises().isEmpty() ? "(none)" : Comments.doc(String.join(", ", info.revises())));
        ctx.put("docCreated", Comments.doc(info.created().toString()));
        MigrationPlan back = plan.reverse();
        MethodParts upgrade = MethodParts.of(
                "upgrade", plan, new OperationRenderer(notes, marks.forMethod(plan)), MigrationWriter::indentBody);
        MethodParts downgrade = MethodParts.of(
                "downgrade", back, new OperationRenderer(notes, marks.forMethod(back)), MigrationWriter::indentBody);
        ctx.put("upgradeBody", upgrade.body());
        ctx.put("downgradeBody", downgrade.body());
        ctx.put("helperMethods", upgrade.helpers() + downgrade.helpers());

        String name = templateName();
        StringWriter out = new StringWriter();
        try {
            Template template = engine.getTemplate(name, StandardCharsets.UTF_8.name());
            template.merge(ctx, out);
        } catch (VelocityException e) {
            String where = name.equals(MigrationTemplates.USER_TEMPLATE)
                    ? migrationsDir.resolve(name).toString()
                    : "classpath:" + name;
            throw new IllegalStateException("cannot render migration template " + where + ": " + e.getMessage(), e);
        }
        String source = tidy(out.toString());
        if (packageName != null && !PACKAGE_LINE.matcher(source).find()) {
            // a template copied before templates learnt $packageName: the class must still be in its package
            source = "package " + packageName + ";\n\n" + source;
        }
        if (!(upgrade.helpers() + downgrade.helpers()).isEmpty() && !source.contains("void upgrade1(Operations op)")) {
            throw new IllegalStateException(
                    "the migration template " + where(name) + " does not write $helperMethods,"
                            + " which a plan this large needs; add it after downgrade()'s closing brace (see the default template)");
        }
        requireWritten(source, "dependsOn", info.dependsOn(), name);
        requireWritten(source, "branchLabels", info.branchLabels(), name);
        return source;
    }

    private String where(String templateName) {
        return templateName.equals(MigrationTemplates.USER_TEMPLATE)
                ? migrationsDir.resolve(templateName).toString()
                : "classpath:" + templateName;
    }

    /** A template older than dependsOn and branch labels would drop them silently: refuse instead. */
    private void requireWritten(String source, String attribute, List<String> values, String name) {
        if (!values.isEmpty() && !source.contains(attribute + " =")) {
            String where = name.equals(MigrationTemplates.USER_TEMPLATE)
                    ? migrationsDir.resolve(name).toString()
                    : "classpath:" + name;
            throw new IllegalStateException("the migration template " + where + " does not write " + attribute
                    + "; add '" + attribute + " = $" + attribute + "Literal,' to its @Revision (see the default"
                    + " template)");
        }
    }

    /**
     * Writes {@code <versionsDir>/<id>_<slug>.java} ({@code <ClassName>.java} {@linkplain #inPackage in a package}),
     * creating the folder if needed. Never overwrites: a file of that name already there is an error.
     *
     * @return the path of the new file
     */
    public Path write(Path versionsDir, RevisionInfo info, MigrationPlan plan) throws IOException {
        return write(versionsDir, info, plan, op -> List.of());
    }

    /** {@link #write(Path, RevisionInfo, MigrationPlan)} with extra comment lines per operation (see {@link #render}). */
    public Path write(Path versionsDir, RevisionInfo info, MigrationPlan plan, Function<Operation, List<String>> notes)
            throws IOException {
        return write(versionsDir, info, plan, notes, OnlineMarks.NONE);
    }

    /** {@link #write(Path, RevisionInfo, MigrationPlan, Function)} with online forms and blocking marks. */
    public Path write(
            Path versionsDir,
            RevisionInfo info,
            MigrationPlan plan,
            Function<Operation, List<String>> notes,
            OnlineMarks marks)
            throws IOException {
        String source = render(info, plan, notes, marks);
        Files.createDirectories(versionsDir);
        Path file = versionsDir.resolve(sourceFileName(info));
        Files.writeString(
                file, source, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return file;
    }

    /**
     * {@code "Add token usage!"} gives {@code add_token_usage}: the message's first line as lower-case ASCII words
     * joined by '_', at most 40 characters; empty when the line has no ASCII letter or digit.
     */
    public static String slug(String message) {
        return MigrationNames.slug(message);
    }

    /** A new random revision id: 12 lower-case hex digits. */
    public static String newRevisionId() {
        return MigrationNames.newRevisionId();
    }

    /**
     * The class name, for example {@code AddTokenUsage_3f2a9c1d7e4b}, or {@code Migration_<id>} when the slug has no
     * letter.
     */
    public static String className(RevisionInfo info) {
        return MigrationNames.className(info.id(), info.message());
    }

    /** The file name, {@code <id>_<slug>.java}, or {@code <id>.java} when the message gives no slug. */
    public static String fileName(RevisionInfo info) {
        return MigrationNames.fileName(info.id(), info.message());
    }

    /**
     * A literal for an annotation value written 8 columns in: a string with line breaks continues on lines indented
     * 12 columns, as {@code + "..."}.
     */
    private static String literal(CodeBlock value) {
        CodeBlock.Builder b = CodeBlock.builder();
        for (int i = 0; i < 4; i++) {
            b.indent();
        }
        return b.add(value).build().toString();
    }

    /** Statements indented for a method body, without the final line break; blank lines stay empty. */
    private static String indentBody(CodeBlock statements) {
        List<String> lines = statements.toString().stripTrailing().lines().toList();
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            if (!line.isBlank()) {
                sb.append(BODY_INDENT).append(line);
            }
        }
        return sb.toString();
    }

    /** {@code \n} line breaks, no trailing spaces, no blank lines at the start, one line break at the end. */
    private static String tidy(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.lines().forEach(line -> {
            if (sb.length() > 0 || !line.isBlank()) {
                sb.append(line.stripTrailing()).append('\n');
            }
        });
        String s = sb.toString().stripTrailing();
        return s.isEmpty() ? s : s + "\n";
    }
}
