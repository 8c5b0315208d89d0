package dev.autogen.introspect.entity;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.SchemaSnapshot;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The entity model of the last read, kept on disk and reused while the entity classes are the same, so that repeated
 * runs skip Hibernate's boot. The key is a SHA-256 over the content of every file of the entity class path (in path
 * order), the packages, the dialect, the Hibernate and JPA system properties and the Hibernate settings the entities are
 * read with ({@link EntitySource#hibernateProperties()}, Spring Boot's among them); the file also records the shape of
 * the model classes and the code that read them (Autogen's and Hibernate's jars). The code is compared by size and
 * modification time first, and where those differ (a rebuilt jar, a fresh clone with the folder restored by CI) by
 * the names, sizes and CRCs of the jars' entries, so that the same code rebuilt still finds the model. Anything else,
 * or an unreadable file, means a fresh read. One entry is kept: a new one replaces the old.
 *
 * <p>The cache is written in the background ({@link #close}). Failing to write it is not an error: the model was
 * read, the next run reads it again.
 */
public final class EntityModelCache implements AutoCloseable {

    private static final String FORMAT = "autogen-entity-model/3";

    private final Path folder;
    private final List<Path> codeLocations;
    private CompletableFuture<Void> writing = CompletableFuture.completedFuture(null); // guarded by this
    private boolean closed; // guarded by this

    /**
     * A cache of what Autogen's own Hibernate reads ({@link EntityModels#bundled()}).
     *
     * @param folder where the cache file lives, for example {@code migrations/.autogen}; created when needed
     */
    public EntityModelCache(Path folder) {
        this(folder, EntityModels.bundled().codeLocations());
    }

    /**
     * A cache that takes {@code codeLocations} (jars or class folders) as the code that reads the entities
     * ({@link EntityModels#codeLocations()}): other code, or the same rebuilt differently, reads again.
     */
    public EntityModelCache(Path folder, List<Path> codeLocations) {
        this.folder = folder;
        this.codeLocations = List.copyOf(codeLocations);
    }

    /** Where these classes were loaded from, each once: one jar, or two and more in a build. */
    static List<Path> codeLocations(Class<?>... code) {
        List<Path> locations = new ArrayList<>();
        for (Class<?> c : code) {
            Path location = location(c);
            if (location != null && !locations.contains(location)) {
                locations.add(location);
            }
        }
        return locations;
    }

    /**
     * Waits until a write under way is done, and starts no other. {@link #read} returns the model as soon as it has
     * it and writes it to the cache in the background, so that the comparison goes on meanwhile; close the cache
     * before the process ends or the folder goes away, also when the comparison failed.
     */
    @Override
    public void close() {
        CompletableFuture<Void> pending;
        synchronized (this) {
            closed = true;
            pending = writing;
        }
        try {
            pending.join();
        } catch (CompletionException | CancellationException e) {
            // Only a speed-up: the next run reads the entities again.
        }
    }

    /** The model for these inputs: {@code read} of {@link SchemaSnapshot} with {@link EntityReader}, or the cached one. */
    public SchemaSnapshot read(
            EntitySource source, SchemaDialect dialect, DatabaseVersion version, Supplier<SchemaSnapshot> read) {
        return read(source, dialect, version, SchemaSnapshot.class, read);
    }

    /**
     * What {@code read} makes of these inputs (the entity model, or {@link EntityExport}), cached by type.
     *
     * @param version the database version the entities are read for, null for the dialect's default
     * @param type the record {@code read} returns; its file is {@code entity-<simple name>.bin}
     * @param read reads the entities when the cache has nothing for these inputs
     */
    public <T extends Record> T read(
            EntitySource source, SchemaDialect dialect, DatabaseVersion version, Class<T> type, Supplier<T> read) {
        Path file = folder.resolve(fileName(type));
        String shape = ModelCodec.signature(type);
        CodeIdentity code = new CodeIdentity(codeLocations);
        if (!Files.isRegularFile(file)) {
            // Nothing cached yet: the key only names what is stored, so it is computed while the entities are read.
            CompletableFuture<String> key = CompletableFuture.supplyAsync(
                    () -> {
                        String computed = keyOrNull(source, dialect, version, type);
                        code.fingerprint();
                        return computed;
                    },
                    EntityModelCache::inBackground);
            T fresh = read.get();
            String computed = key.join(); // long done: the key takes a fraction of Hibernate's boot
            if (computed != null) {
                writeInBackground(() -> store(file, computed, code, shape, fresh, type));
            }
            return fresh;
        }
        String key = keyOrNull(source, dialect, version, type);
        if (key == null) {
            return read.get(); // a class path entry that cannot be read: Hibernate's boot will say what is wrong
        }
        Cached<T> cached = load(file, key, code, shape, type);
        if (cached != null) {
            if (cached.restamp()) {
                writeInBackground(() -> store(file, key, code, shape, cached.value(), type));
            }
            return cached.value();
        }
        CompletableFuture.runAsync(code::fingerprint, EntityModelCache::inBackground);
        T fresh = read.get();
        writeInBackground(() -> store(file, key, code, shape, fresh, type));
        return fresh;
    }

    /** A model read from the cache; {@code restamp} when the code was the same but its jars' times were not. */
    private record Cached<T>(T value, boolean restamp) {}

    private synchronized void writeInBackground(Runnable write) {
        if (!closed) {
            writing = CompletableFuture.runAsync(write, EntityModelCache::inBackground);
        }
    }

    private static void inBackground(Runnable task) {
        Thread thread = new Thread(task, "autogen-entity-cache");
        thread.setDaemon(true);
        thread.start();
    }

    private static String keyOrNull(
            EntitySource source, SchemaDialect dialect, DatabaseVersion version, Class<?> type) {
        try {
            return key(source, dialect, version) + "/" + type.getName();
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    /** The cache file of a type inside the cache folder. */
    static String fileName(Class<?> type) {
        return "entity-" + type.getSimpleName() + ".bin";
    }

    private static <T> Cached<T> load(Path file, String key, CodeIdentity code, String shape, Class<T> type) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!in.readUTF().equals(FORMAT) || !in.readUTF().equals(key)) {
                return null;
            }
            String stamp = readText(in);
            String fingerprint = in.readUTF();
            boolean sameStamp = stamp.equals(code.stamp());
            if (!sameStamp && (fingerprint.isEmpty() || !fingerprint.equals(code.fingerprint()))) {
                return null;
            }
            if (!readText(in).equals(shape)) {
                return null;
            }
            return new Cached<>(type.cast(ModelCodec.read(in, type)), !sameStamp);
        } catch (IOException | RuntimeException e) {
            return null; // unreadable or from another version: read the entities again
        }
    }

    private <T> void store(Path file, String key, CodeIdentity code, String shape, T value, Class<T> type) {
        Path temp = null;
        try {
            Files.createDirectories(folder);
            ignoreInVersionControl();
            temp = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
            try (DataOutputStream out =
                    new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
                out.writeUTF(FORMAT);
                out.writeUTF(key);
                writeText(out, code.stamp());
                out.writeUTF(code.fingerprint());
                writeText(out, shape);
                ModelCodec.write(out, value, type);
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // Only a speed-up: the next run reads the entities again.
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }

    /** {@code .autogen/.gitignore}, as the migration compiler writes it, so that the cache is not committed. */
    private void ignoreInVersionControl() throws IOException {
        Path ignore = folder.resolve(".gitignore");
        if (folder.getFileName() != null
                && folder.getFileName().toString().equals(".autogen")
                && !Files.exists(ignore)) {
            Files.writeString(ignore, "# Autogen's compiled migrations; safe to delete\n*\n", StandardCharsets.UTF_8);
        }
    }

    static String key(EntitySource source, SchemaDialect dialect, DatabaseVersion version) throws IOException {
        MessageDigest digest = sha256();
        text(digest, FORMAT);
        text(digest, dialect.name() + " " + version);
        text(digest, String.join(",", source.packages()));
        Map<String, String> properties = new TreeMap<>();
        System.getProperties().forEach((k, v) -> {
            String name = String.valueOf(k);
            if (name.startsWith("hibernate.") || name.startsWith("jakarta.persistence.")) {
                properties.put(name, String.valueOf(v));
            }
        });
        text(digest, properties.toString());
        text(digest, source.hibernateProperties().toString()); // sorted: the settings the entities are read with
        for (Path entry : source.classpathEntries()) {
            Path absolute = entry.toAbsolutePath().normalize();
            text(digest, absolute.toString());
            if (Files.isDirectory(absolute)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(absolute)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    text(digest, absolute.relativize(f).toString());
                    content(digest, f);
                }
            } else if (Files.isRegularFile(absolute)) {
                content(digest, absolute);
            } else {
                throw new IOException(absolute + " does not exist");
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    static Path location(Class<?> type) {
        try {
            var source = type.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The code that reads the entities: its stamp (sizes and modification times, cheap) and, computed once when asked
     * for, its fingerprint (a jar's entry names, sizes and CRCs; a class folder's file names and content), empty when
     * it cannot be read.
     */
    private static final class CodeIdentity {

        private final List<Path> locations;
        private final String stamp;
        private String fingerprint; // guarded by this

        CodeIdentity(List<Path> locations) {
            this.locations = locations;
            StringBuilder text = new StringBuilder();
            for (Path location : locations) {
                text.append(location).append('@');
                try {
                    if (Files.isRegularFile(location)) {
                        text.append(Files.size(location))
                                .append('@')
                                .append(Files.getLastModifiedTime(location).toMillis());
                    } else {
                        try (Stream<Path> walk = Files.walk(location)) {
                            for (Path f :
                                    walk.filter(Files::isRegularFile).sorted().toList()) {
                                text.append(location.relativize(f))
                                        .append('@')
                                        .append(Files.size(f))
                                        .append('@')
                                        .append(Files.getLastModifiedTime(f).toMillis())
                                        .append(';');
                            }
                        }
                    }
                } catch (IOException | UncheckedIOException e) {
                    text.append('?');
                }
                text.append('\n');
            }
            this.stamp = text.toString();
        }

        String stamp() {
            return stamp;
        }

        synchronized String fingerprint() {
            if (fingerprint == null) {
                try {
                    MessageDigest digest = sha256();
                    for (Path location : locations) {
                        text(digest, location.toString());
                        if (Files.isRegularFile(location)) {
                            try (ZipFile jar = new ZipFile(location.toFile())) {
                                for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
                                    ZipEntry entry = e.nextElement();
                                    text(digest, entry.getName() + "@" + entry.getSize() + "@" + entry.getCrc());
                                }
                            }
                        } else {
                            try (Stream<Path> walk = Files.walk(location)) {
                                for (Path f : walk.filter(Files::isRegularFile)
                                        .sorted()
                                        .toList()) {
                                    text(digest, location.relativize(f).toString());
                                    content(digest, f);
                                }
                            }
                        }
                    }
                    fingerprint = HexFormat.of().formatHex(digest.digest());
                } catch (IOException | UncheckedIOException e) {
                    fingerprint = "";
                }
            }
            return fingerprint;
        }
    }

    private static void content(MessageDigest digest, Path file) throws IOException {
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        digest.update((byte) 0);
    }

    private static void text(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
