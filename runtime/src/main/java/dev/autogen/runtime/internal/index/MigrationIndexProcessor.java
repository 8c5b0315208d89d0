package dev.autogen.runtime.internal.index;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Revision;
import dev.autogen.runtime.internal.migration.load.ClasspathMigrations;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@value ClasspathMigrations#INDEX} into the class output: one line per {@link Revision} class compiled into
 * it, its binary class name then its revision id as a comment ({@code com.example.db.migrations.AddUsers # 3f2a9c1d7e4b}).
 * {@link ClasspathMigrations} reads only the class names.
 *
 * <p>Each {@code @Revision} class is checked where the compiler can tell: a concrete, top-level or static nested class
 * implementing {@link Migration}, with a constructor without arguments, its revision id not taken by another class of
 * the index. A failed check is a compile error on that class, naming it.
 *
 * <p>The processor sees every compile (it supports {@code *}, claims nothing and costs a walk over the root types), so
 * that an incremental compile, which hands it only the changed sources, can merge: an entry of the index already in the
 * class output stays when its class was not compiled this time and its class file is still there; a class compiled
 * this time is listed again only if it still carries {@code @Revision}. Entries are collected over all rounds and the
 * index is written once, in the last round, and only when there is something to list or an index to update.
 */
public final class MigrationIndexProcessor extends AbstractProcessor {

    private final Map<String, String> indexed = new TreeMap<>();
    private final Set<String> compiled = new HashSet<>();
    private boolean failed;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (Element root : round.getRootElements()) {
            collect(root);
        }
        TypeElement revision = processingEnv.getElementUtils().getTypeElement(Revision.class.getCanonicalName());
        if (revision != null) {
            for (Element element : round.getElementsAnnotatedWith(revision)) {
                if (element instanceof TypeElement type) {
                    check(type);
                }
            }
        }
        if (round.processingOver() && !failed && !round.errorRaised()) {
            write();
        }
        return false;
    }

    /** Remembers the binary names of a root type and its nested types: compiled now, so not taken from an old index. */
    private void collect(Element element) {
        if (element instanceof TypeElement type) {
            compiled.add(binaryName(type));
            for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
                collect(nested);
            }
        }
    }

    private void check(TypeElement type) {
        String name = binaryName(type);
        String problem = problem(type);
        if (problem != null) {
            error(type, "Migration class " + name + " has @Revision but " + problem);
            return;
        }
        indexed.put(name, type.getAnnotation(Revision.class).id());
    }

    private String problem(TypeElement type) {
        if (type.getKind() != ElementKind.CLASS) {
            return "is " + kind(type.getKind()) + ": make it a class implementing " + Migration.class.getName();
        }
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            return "is abstract: make it a concrete class";
        }
        if (type.getNestingKind() != NestingKind.TOP_LEVEL
                && !type.getModifiers().contains(Modifier.STATIC)) {
            return "is an inner class: make it static or top-level";
        }
        TypeElement migration = processingEnv.getElementUtils().getTypeElement(Migration.class.getCanonicalName());
        if (migration != null
                && !processingEnv
                        .getTypeUtils()
                        .isAssignable(
                                processingEnv.getTypeUtils().erasure(type.asType()),
                                processingEnv.getTypeUtils().erasure(migration.asType()))) {
            return "does not implement " + Migration.class.getName() + ": add implements Migration";
        }
        boolean noArguments = false;
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            noArguments |= constructor.getParameters().isEmpty();
        }
        if (!noArguments) {
            return "has no constructor without arguments: add one, or remove the other constructors";
        }
        return null;
    }

    private static String kind(ElementKind kind) {
        return switch (kind) {
            case INTERFACE -> "an interface";
            case ANNOTATION_TYPE -> "an annotation type";
            case ENUM -> "an enum";
            default -> "a " + kind.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private void write() {
        Filer filer = processingEnv.getFiler();
        Optional<Map<String, String>> previous = read(filer);
        Map<String, String> entries = new TreeMap<>(indexed);
        previous.ifPresent(old -> old.forEach((name, id) -> {
            if (!compiled.contains(name) && classFileExists(filer, name)) {
                entries.putIfAbsent(name, id);
            }
        }));
        if (entries.isEmpty() && previous.isEmpty()) {
            return;
        }
        Map<String, String> byId = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            String id = entry.getValue();
            String other = id.isEmpty() ? null : byId.putIfAbsent(id, entry.getKey());
            if (other != null) {
                processingEnv
                        .getMessager()
                        .printMessage(
                                Diagnostic.Kind.ERROR,
                                "Migration classes " + other + " and " + entry.getKey() + " have the same revision id "
                                        + id + ": give one of them another id");
                return;
            }
        }
        StringBuilder text = new StringBuilder()
                .append("# The migrations compiled into this class output, found by Autogen at run time.\n")
                .append("# Written by ")
                .append(MigrationIndexProcessor.class.getName())
                .append(": a binary class name a line, then # and its revision id.\n");
        entries.forEach((name, id) -> text.append(name).append(" # ").append(id).append('\n'));
        try {
            FileObject index = filer.createResource(StandardLocation.CLASS_OUTPUT, "", ClasspathMigrations.INDEX);
            try (Writer out = index.openWriter()) {
                out.write(text.toString());
            }
        } catch (IOException e) {
            processingEnv
                    .getMessager()
                    .printMessage(
                            Diagnostic.Kind.ERROR,
                            "Cannot write " + ClasspathMigrations.INDEX + " into the class output: " + e.getMessage());
        }
    }

    /** The entries of the index already in the class output (an earlier compile's), if there is one. */
    private static Optional<Map<String, String>> read(Filer filer) {
        List<String> lines = new ArrayList<>();
        try {
            FileObject index = filer.getResource(StandardLocation.CLASS_OUTPUT, "", ClasspathMigrations.INDEX);
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(index.openInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            }
        } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
            return Optional.empty();
        }
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : lines) {
            int comment = line.indexOf('#');
            String name = (comment >= 0 ? line.substring(0, comment) : line).strip();
            if (!name.isEmpty()) {
                entries.put(name, comment >= 0 ? line.substring(comment + 1).strip() : "");
            }
        }
        return Optional.of(entries);
    }

    private static boolean classFileExists(Filer filer, String binaryName) {
        int dot = binaryName.lastIndexOf('.');
        String pkg = dot < 0 ? "" : binaryName.substring(0, dot);
        String file = binaryName.substring(dot + 1) + ".class";
        try {
            FileObject classFile = filer.getResource(StandardLocation.CLASS_OUTPUT, pkg, file);
            try (InputStream in = classFile.openInputStream()) {
                return true;
            }
        } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
            return false;
        }
    }

    private String binaryName(TypeElement type) {
        return processingEnv.getElementUtils().getBinaryName(type).toString();
    }

    private void error(Element element, String message) {
        failed = true;
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }
}
