package dev.autogen.runtime.internal.migration.load;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The {@code @Revision} headers already read from the migrations' source text, kept in one file
 * ({@code .autogen/headers}) so that the commands that only read the revision graph ({@code heads}, {@code history},
 * {@code current}) need not parse a thousand files again. An entry holds for a file of the same name, size and
 * modification time (to the nanosecond where the file system keeps it), and only when that time is before the index
 * was written: a file changed within the same clock tick as the index is read again, never trusted (as Git does with
 * its index). Any problem with the index (missing, unreadable, another version) makes it empty; it is only a cache.
 */
final class HeaderIndex {

    private static final int MAGIC = 0x41474849; // "AGHI"
    private static final int VERSION = 2;
    /** {@link DataOutputStream#writeUTF} takes at most 65,535 bytes, three per char at worst. */
    private static final int MAX_CHARS = 65_535 / 3;

    /**
     * A file's size and modification time, as recorded with its header. (Its {@code equals} and {@code hashCode} are
     * written out, as {@link Entry}'s are: a record's own are linked on their first call, a cost a command that
     * compares a thousand of them in a new JVM notices.)
     */
    record Stamp(long size, long modifiedNanos) {

        /** The stamp of a file with these attributes. */
        static Stamp of(BasicFileAttributes attributes) {
            return new Stamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Stamp that && size == that.size && modifiedNanos == that.modifiedNanos;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(size) * 31 + Long.hashCode(modifiedNanos);
        }
    }

    /** One file's header and the stamp of the file it was read from. */
    record Entry(Stamp stamp, RevisionHeader header) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Entry that && stamp.equals(that.stamp) && header.equals(that.header);
        }

        @Override
        public int hashCode() {
            return stamp.hashCode() * 31 + header.hashCode();
        }
    }

    private final Map<String, Entry> entries;

    private HeaderIndex(Map<String, Entry> entries) {
        this.entries = entries;
    }

    static HeaderIndex empty() {
        return new HeaderIndex(Map.of());
    }

    /** The entries of {@code file} that can be trusted; empty when there is no usable index. */
    static HeaderIndex read(Path file) {
        try {
            long written = Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
            Map<String, Entry> entries = new HashMap<>();
            try (InputStream in = Files.newInputStream(file);
                    DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16))) {
                if (data.readInt() != MAGIC || data.readInt() != VERSION) {
                    return empty();
                }
                int count = data.readInt();
                for (int k = 0; k < count; k++) {
                    String name = data.readUTF();
                    Stamp stamp = new Stamp(data.readLong(), data.readLong());
                    RevisionHeader header = new RevisionHeader(
                            data.readUTF(),
                            data.readUTF(),
                            strings(data),
                            strings(data),
                            strings(data),
                            data.readUTF(),
                            data.readUTF(),
                            strings(data));
                    if (stamp.modifiedNanos() < written) {
                        entries.put(name, new Entry(stamp, header));
                    }
                }
            }
            return new HeaderIndex(entries);
        } catch (NoSuchFileException e) {
            return empty();
        } catch (IOException | RuntimeException e) {
            return empty();
        }
    }

    /** The header recorded for a file of this name and stamp, or null. */
    RevisionHeader lookup(String name, Stamp stamp) {
        Entry entry = entries.get(name);
        return entry != null && entry.stamp().equals(stamp) ? entry.header() : null;
    }

    /** Whether the index holds exactly these entries (then it need not be written again). */
    boolean holdsExactly(Map<String, Entry> wanted) {
        return entries.equals(wanted);
    }

    /**
     * Writes the entries to {@code file}, replacing it in one move so that a concurrent reader sees the old index or
     * the new one. Fails silently: a folder that cannot be written only means no cache.
     */
    static void write(Path file, Map<String, Entry> entries) {
        Path temp = null;
        try {
            Files.createDirectories(file.getParent());
            temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (OutputStream out = Files.newOutputStream(temp);
                    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16))) {
                List<Map.Entry<String, Entry>> kept = new ArrayList<>();
                for (Map.Entry<String, Entry> entry : entries.entrySet()) {
                    if (fits(entry.getKey(), entry.getValue().header())) {
                        kept.add(entry);
                    }
                }
                data.writeInt(MAGIC);
                data.writeInt(VERSION);
                data.writeInt(kept.size());
                for (Map.Entry<String, Entry> entry : kept) {
                    Stamp stamp = entry.getValue().stamp();
                    RevisionHeader header = entry.getValue().header();
                    data.writeUTF(entry.getKey());
                    data.writeLong(stamp.size());
                    data.writeLong(stamp.modifiedNanos());
                    data.writeUTF(header.className());
                    data.writeUTF(header.id());
                    strings(data, header.revises());
                    strings(data, header.dependsOn());
                    strings(data, header.branchLabels());
                    data.writeUTF(header.message());
                    data.writeUTF(header.created());
                    strings(data, header.replaces());
                }
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException | RuntimeException e) {
            // only a cache
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // only a cache
                }
            }
        }
    }

    private static boolean fits(String name, RevisionHeader header) {
        List<String> all =
                new ArrayList<>(List.of(name, header.className(), header.id(), header.message(), header.created()));
        all.addAll(header.revises());
        all.addAll(header.dependsOn());
        all.addAll(header.replaces());
        all.addAll(header.branchLabels());
        return all.stream().allMatch(s -> s.length() <= MAX_CHARS);
    }

    private static List<String> strings(DataInputStream data) throws IOException {
        int count = data.readInt();
        if (count < 0 || count > 1 << 16) {
            throw new IOException("bad count " + count);
        }
        List<String> values = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            values.add(data.readUTF());
        }
        return values;
    }

    private static void strings(DataOutputStream data, List<String> values) throws IOException {
        data.writeInt(values.size());
        for (String value : values) {
            data.writeUTF(value);
        }
    }
}
