package dev.autogen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Writes and compiles N JPA entities of a realistic shape: eight columns of mixed types (bigint identity key, two
 * varchars, numeric, integer, boolean, timestamp with time zone, uuid), one or two many-to-one foreign keys, one or two
 * indexes and a unique constraint. Entities come in packages of {@value #CHUNK} ({@code bench.model.p0}, ...) whose
 * foreign keys point into the same or an earlier package, so that a schema can also be built package by package.
 * The output is deterministic and reused when it is already there.
 */
final class ModelGenerator {

    static final String PACKAGE = "bench.model";
    static final int CHUNK = 500;
    private static final String STAMP = "generated-v2";

    private ModelGenerator() {}

    /** The model of {@code size} entities under {@code dir} ({@code src/}, {@code classes/}). */
    static GeneratedModel generate(int size, Path dir) {
        List<String> classNames = new ArrayList<>();
        List<TableShape> tables = new ArrayList<>();
        List<Path> sources = new ArrayList<>();
        Path src = dir.resolve("src");
        Path classes = dir.resolve("classes");
        Path stamp = dir.resolve("classes.stamp");
        String stampText = STAMP + " " + size + "\n";
        boolean fresh = !isStamped(stamp, stampText);
        try {
            if (fresh) {
                deleteTree(dir);
                Files.createDirectories(src);
                Files.createDirectories(classes);
            }
            for (int i = 0; i < size; i++) {
                Entity entity = new Entity(i, size);
                classNames.add(Entity.qualifiedName(i));
                tables.add(entity.shape());
                if (fresh) {
                    Path file =
                            src.resolve(entity.packageName().replace('.', '/')).resolve(entity.className() + ".java");
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, entity.source(), StandardCharsets.UTF_8);
                    sources.add(file);
                }
            }
            if (fresh) {
                compile(sources, classes);
                Files.writeString(stamp, stampText, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> packages = new ArrayList<>();
        for (int i = 0; i < size; i += CHUNK) {
            packages.add(Entity.packageName(i));
        }
        return new GeneratedModel(size, classes, PACKAGE, packages, classNames, tables);
    }

    private static boolean isStamped(Path stamp, String text) {
        try {
            return Files.isRegularFile(stamp) && Files.readString(stamp).equals(text);
        } catch (IOException e) {
            return false;
        }
    }

    private static void compile(List<Path> sources, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("the benchmark needs a JDK (javac) to compile the generated entities");
        }
        Path argFile = classes.getParent().resolve("javac.args");
        List<String> args = new ArrayList<>(List.of(
                "--release",
                "17",
                "-proc:none",
                "-nowarn",
                "-encoding",
                "UTF-8",
                "-cp",
                jarOf(jakarta.persistence.Entity.class).toString(),
                "-d",
                classes.toString()));
        sources.forEach(s -> args.add(s.toString()));
        Files.write(
                argFile,
                args.stream().map(a -> '"' + a.replace("\\", "\\\\") + '"').toList(),
                StandardCharsets.UTF_8);
        int status = javac.run(null, null, System.err, "@" + argFile);
        if (status != 0) {
            throw new IllegalStateException("compiling the generated entities failed (javac exit " + status + ")");
        }
    }

    static Path jarOf(Class<?> type) {
        try {
            return Path.of(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Entity {@code i} of {@code size}. */
    private record Entity(int i, int size) {

        String className() {
            return className(i);
        }

        /** The package of entity {@code i}: {@code bench.model.p<i / CHUNK>}. */
        static String packageName(int i) {
            return PACKAGE + ".p" + i / CHUNK;
        }

        String packageName() {
            return packageName(i);
        }

        static String qualifiedName(int i) {
            return packageName(i) + "." + className(i);
        }

        static String className(int i) {
            return String.format(Locale.ROOT, "Entity%04d", i);
        }

        static String tableName(int i) {
            return String.format(Locale.ROOT, "entity_%04d", i);
        }

        /** An earlier entity (a tree of parents); the first one is its own parent. */
        int parent() {
            return i == 0 ? 0 : i - 1 - (i * 13) % Math.min(i, 50);
        }

        /** A second foreign key on every third entity, into its own or an earlier package (some point forward). */
        boolean hasOwner() {
            return i % 3 == 1;
        }

        int owner() {
            return (i * 7 + 5) % Math.min(size, (i / CHUNK + 1) * CHUNK);
        }

        boolean hasSecondIndex() {
            return i % 2 == 1;
        }

        TableShape shape() {
            String table = tableName(i);
            List<String> indexes = new ArrayList<>(List.of("idx_" + table + "_code"));
            if (hasSecondIndex()) {
                indexes.add("idx_" + table + "_active_created");
            }
            List<String> fks = new ArrayList<>(List.of("parent_id"));
            if (hasOwner()) {
                fks.add("owner_id");
            }
            return new TableShape(table, indexes, fks);
        }

        String source() {
            String table = tableName(i);
            StringBuilder s = new StringBuilder();
            s.append("package ").append(packageName()).append(";\n\n");
            s.append("import jakarta.persistence.*;\n");
            s.append("import java.math.BigDecimal;\nimport java.time.Instant;\nimport java.util.UUID;\n\n");
            s.append("@Entity\n");
            s.append("@Table(name = \"").append(table).append("\",\n");
            s.append("        indexes = {@Index(name = \"idx_").append(table).append("_code\", columnList = \"code\")");
            if (hasSecondIndex()) {
                s.append(",\n                @Index(name = \"idx_")
                        .append(table)
                        .append("_active_created\", columnList = \"active, created_at\")");
            }
            s.append("},\n");
            s.append("        uniqueConstraints = @UniqueConstraint(name = \"uk_")
                    .append(table)
                    .append("_ref\", columnNames = \"ref\"))\n");
            s.append("public class ").append(className()).append(" {\n");
            s.append("    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)\n    private Long id;\n");
            s.append("    @Column(nullable = false, length = 64)\n    private String code;\n");
            s.append("    @Column(length = 200)\n    private String title;\n");
            s.append("    @Column(precision = 12, scale = 2)\n    private BigDecimal amount;\n");
            s.append("    @Column(nullable = false)\n    private Integer quantity;\n");
            s.append("    @Column(nullable = false)\n    private boolean active;\n");
            s.append("    @Column(name = \"created_at\", nullable = false)\n    private Instant createdAt;\n");
            s.append("    @Column(nullable = false)\n    private UUID ref;\n");
            s.append("    @ManyToOne(fetch = FetchType.LAZY)\n");
            s.append("    @JoinColumn(name = \"parent_id\", foreignKey = @ForeignKey(name = \"fk_")
                    .append(table)
                    .append("_parent\"))\n");
            s.append("    private ").append(qualifiedName(parent())).append(" parent;\n");
            if (hasOwner()) {
                s.append("    @ManyToOne(fetch = FetchType.LAZY)\n");
                s.append("    @JoinColumn(name = \"owner_id\", foreignKey = @ForeignKey(name = \"fk_")
                        .append(table)
                        .append("_owner\"))\n");
                s.append("    private ").append(qualifiedName(owner())).append(" owner;\n");
            }
            s.append("}\n");
            return s.toString();
        }
    }
}
