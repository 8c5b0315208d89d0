package dev.autogen.introspect.entity;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Set;

/**
 * The class loader over the entity class path. It differs from a plain {@link URLClassLoader} in one thing: a package
 * of the entity class path that has no {@code package-info} class gets an empty one, made on the first request.
 *
 * <p>Hibernate looks up the {@code package-info} of an entity's package several times for every entity (for
 * package-level {@code @SoftDelete}, {@code @Audited}, generators, ...), and remembers only the lookups that found a
 * class. A lookup that finds nothing costs a walk over every class loader it knows and a handful of exceptions with
 * their stack traces, which at 2,000 entities was a fifth of Hibernate's boot. An empty {@code package-info}, as javac
 * writes one for a {@code package-info.java} without annotations, means the same to Hibernate (no package-level
 * annotations) and is found once and remembered.
 */
final class EntityClassLoader extends URLClassLoader {

    static {
        registerAsParallelCapable();
    }

    private static final String PACKAGE_INFO = ".package-info";
    private static final int ACC_INTERFACE = 0x0200;
    private static final int ACC_ABSTRACT = 0x0400;
    private static final int ACC_SYNTHETIC = 0x1000;

    private final Set<String> packages;

    /**
     * @param packages the packages that have classes on the entity class path: only those get an empty
     *     {@code package-info}
     */
    EntityClassLoader(URL[] urls, ClassLoader parent, Set<String> packages) {
        super(urls, parent);
        this.packages = Set.copyOf(packages);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        try {
            return super.findClass(name);
        } catch (ClassNotFoundException e) {
            if (!name.endsWith(PACKAGE_INFO)) {
                throw e;
            }
            String pkg = name.substring(0, name.length() - PACKAGE_INFO.length());
            if (!packages.contains(pkg)) {
                throw e;
            }
            byte[] bytes = emptyPackageInfo(name);
            try {
                return defineClass(name, bytes, 0, bytes.length);
            } catch (SecurityException signedPackage) {
                throw e; // the package's classes are signed: an unsigned class may not join them
            }
        }
    }

    /** The class file javac writes for a {@code package-info.java} without annotations (an empty synthetic interface). */
    static byte[] emptyPackageInfo(String binaryName) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(0xCAFEBABE);
            out.writeShort(0); // minor
            out.writeShort(52); // major: Java 8, which every supported runtime reads
            out.writeShort(5); // constant pool count: four entries
            out.writeByte(1); // #1 Utf8: this class
            out.writeUTF(binaryName.replace('.', '/'));
            out.writeByte(7); // #2 Class #1
            out.writeShort(1);
            out.writeByte(1); // #3 Utf8: the super class
            out.writeUTF("java/lang/Object");
            out.writeByte(7); // #4 Class #3
            out.writeShort(3);
            out.writeShort(ACC_INTERFACE | ACC_ABSTRACT | ACC_SYNTHETIC);
            out.writeShort(2); // this class
            out.writeShort(4); // super class
            out.writeShort(0); // interfaces
            out.writeShort(0); // fields
            out.writeShort(0); // methods
            out.writeShort(0); // attributes
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        }
        return bytes.toByteArray();
    }
}
