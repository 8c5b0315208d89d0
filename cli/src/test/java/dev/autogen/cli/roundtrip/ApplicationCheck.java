package dev.autogen.cli.roundtrip;

import dev.autogen.testing.TestDatabases.Db;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.persistence.metamodel.Type;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * The application side of a migrated database: Hibernate, booted for the entities against the database with no schema
 * management of its own ({@code hbm2ddl none}), persists one instance of every concrete entity class and reads it back.
 * A schema that {@code check} calls clean but that the application cannot use (a sequence table without its row, a
 * check that refuses the values Hibernate writes, a column Hibernate cannot read) fails here.
 *
 * <p>Each instance gets a plausible value for every basic attribute (by Java type, unique per instance, within the
 * column's length; assigned identifiers from 1,000,000 up), its embeddables filled the same way, one element in each
 * collection of basic values, and, for each owning to-one association, an instance of the target entity, built the
 * same way and persisted with it. Each class runs in its own transaction, which is rolled back, so the database's
 * rows are as before; identifiers and sequence values it used stay used (a table generator may also have added its
 * segment's row, as Hibernate does on first use).
 */
public final class ApplicationCheck {

    private ApplicationCheck() {}

    /**
     * Persists and reads back an instance of every entity class compiled into {@code classes}, on {@code db}.
     *
     * @throws AssertionError naming each class that failed and why
     */
    public static void persistEveryEntity(Db db, Path classes) throws IOException {
        persistEveryEntity(db, classes, "");
    }

    /** As {@link #persistEveryEntity(Db, Path)}, for the entity classes of one package (and those below it) only. */
    public static void persistEveryEntity(Db db, Path classes, String packageName) throws IOException {
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {classes.toUri().toURL()}, ApplicationCheck.class.getClassLoader())) {
            List<Class<?>> entities = entityClasses(classes, loader, packageName);
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(loader);
            try (SessionFactory factory = boot(db, loader, entities)) {
                List<String> failures = new ArrayList<>();
                for (EntityType<?> type : sorted(factory.getMetamodel().getEntities())) {
                    if (Modifier.isAbstract(type.getJavaType().getModifiers())) {
                        continue;
                    }
                    String failure = persistAndRead(factory, type);
                    if (failure != null) {
                        failures.add(type.getJavaType().getSimpleName() + ": " + failure);
                    }
                }
                if (!failures.isEmpty()) {
                    throw new AssertionError("the application cannot use the migrated " + db.kind() + " schema:\n  "
                            + String.join("\n  ", failures));
                }
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
        }
    }

    /**
     * Persists {@code count} new instances of the entity class {@code simpleName} (one of those compiled into
     * {@code classes} under {@code packageName}) and commits them, so that their rows stay.
     *
     * @return the identifiers they got, in order
     */
    public static List<Object> persistAndKeep(Db db, Path classes, String packageName, String simpleName, int count)
            throws IOException {
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {classes.toUri().toURL()}, ApplicationCheck.class.getClassLoader())) {
            List<Class<?>> entities = entityClasses(classes, loader, packageName);
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(loader);
            try (SessionFactory factory = boot(db, loader, entities)) {
                EntityType<?> type = factory.getMetamodel().getEntities().stream()
                        .filter(e -> e.getJavaType().getSimpleName().equals(simpleName))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no entity class " + simpleName));
                List<Object> ids = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    try (Session session = factory.openSession()) {
                        Transaction tx = session.beginTransaction();
                        Values values = new Values(session);
                        Object entity = values.built(type, new HashSet<>());
                        values.persistAll();
                        tx.commit();
                        ids.add(session.getIdentifier(entity));
                    }
                }
                return ids;
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
        }
    }

    private static List<EntityType<?>> sorted(Set<EntityType<?>> types) {
        return types.stream().sorted(Comparator.comparing(EntityType::getName)).toList();
    }

    private static List<Class<?>> entityClasses(Path classes, ClassLoader loader, String packageName)
            throws IOException {
        String prefix = packageName.isEmpty() ? "" : packageName + ".";
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace(java.io.File.separatorChar, '.');
                name = name.substring(0, name.length() - ".class".length());
                if (!name.startsWith(prefix)) {
                    continue;
                }
                try {
                    Class<?> type = Class.forName(name, false, loader);
                    if (type.isAnnotationPresent(Entity.class)
                            || type.isAnnotationPresent(jakarta.persistence.Embeddable.class)
                            || type.isAnnotationPresent(jakarta.persistence.MappedSuperclass.class)) {
                        out.add(type);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }

    private static SessionFactory boot(Db db, ClassLoader loader, List<Class<?>> entities) {
        BootstrapServiceRegistry bootstrap =
                new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        StandardServiceRegistryBuilder settings = new StandardServiceRegistryBuilder(bootstrap)
                .applySetting("hibernate.connection.url", db.url())
                .applySetting("hibernate.connection.pool_size", "4")
                .applySetting("hibernate.hbm2ddl.auto", "none")
                .applySetting("jakarta.persistence.schema-generation.database.action", "none")
                .applySetting("hibernate.show_sql", "false")
                // Byte[] and Character[] as the offline model maps them (arrays where the database has them); the zoo
                // has both
                .applySetting("hibernate.type.wrapper_array_handling", "ALLOW")
                // the application check must leave the schema as it found it: no tables of Hibernate's own
                .applySetting("hibernate.query.mutation_strategy.global_temporary.create_tables", "false")
                .applySetting("hibernate.query.mutation_strategy.persistent.create_tables", "false");
        if (db.kind().equals("sqlite")) {
            settings.applySetting("hibernate.dialect", "org.hibernate.community.dialect.SQLiteDialect");
        }
        StandardServiceRegistry registry = settings.build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            return sources.buildMetadata().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    /** Null when an instance persists and reads back; otherwise what went wrong. */
    private static String persistAndRead(SessionFactory factory, EntityType<?> type) {
        try (Session session = factory.openSession()) {
            Transaction tx = session.beginTransaction();
            try {
                Values values = new Values(session);
                Object entity = values.built(type, new HashSet<>());
                values.persistAll();
                session.flush();
                Object id = session.getIdentifier(entity);
                Map<String, Object> written = values.basicValues(type, entity);
                session.clear();
                Object read = session.find(type.getJavaType(), id);
                if (read == null) {
                    return "persisted with id " + id + " but not found again";
                }
                Map<String, Object> back = values.basicValues(type, read);
                for (Map.Entry<String, Object> e : written.entrySet()) {
                    if (!sameValue(e.getValue(), back.get(e.getKey()))) {
                        return "attribute " + e.getKey() + " written as " + e.getValue() + ", read back as "
                                + back.get(e.getKey());
                    }
                }
                return null;
            } catch (RuntimeException e) {
                return describe(e);
            } finally {
                if (tx.isActive()) {
                    tx.rollback();
                }
            }
        }
    }

    private static String describe(Throwable e) {
        StringBuilder out = new StringBuilder(e.toString());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            out.append(" <- ").append(cause);
        }
        return out.toString();
    }

    private static boolean sameValue(Object written, Object read) {
        if (written instanceof BigDecimal a && read instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        if (written instanceof byte[] a && read instanceof byte[] b) {
            return Arrays.equals(a, b);
        }
        if (written instanceof Instant
                || written instanceof OffsetDateTime
                || written instanceof ZonedDateTime
                || written instanceof java.util.Date
                || written instanceof Double
                || written instanceof Float) {
            return read != null; // time zones and binary floating point read back in another form
        }
        return Objects.equals(written, read);
    }

    /** Makes instances with plausible, distinct values. */
    private static final class Values {
        private final Session session;
        /** The instances built, each after those it references. */
        private final List<Object> built = new ArrayList<>();

        private int counter = 1;
        /** Assigned identifiers, far from the few rows the round-trip tests insert by hand. */
        private int assignedId = 1_000_000;

        Values(Session session) {
            this.session = session;
        }

        /** A new instance of {@code type} with an instance of each associated entity (built first), not yet persisted. */
        Object built(EntityType<?> type, Set<Class<?>> building) {
            Class<?> javaType = type.getJavaType();
            Object entity = instantiate(javaType);
            building.add(javaType);
            fill(type, entity, building);
            building.remove(javaType);
            built.add(entity);
            return entity;
        }

        /**
         * Persists what was built: first the entities whose identifier comes before the insert (a sequence, or a table
         * that Hibernate updates in a transaction of its own), then those whose identifier the insert generates. On
         * SQLite, a generator's own transaction waits for the database lock that an earlier insert of this
         * transaction holds, so no insert may come before the last such generator runs.
         */
        void persistAll() {
            for (Object entity : built) {
                if (!generatedByInsert(entity)) {
                    session.persist(entity);
                }
            }
            for (Object entity : built) {
                if (generatedByInsert(entity)) {
                    session.persist(entity);
                }
            }
        }

        private boolean generatedByInsert(Object entity) {
            var generator = ((org.hibernate.engine.spi.SessionFactoryImplementor) session.getSessionFactory())
                    .getMappingMetamodel()
                    .getEntityDescriptor(entity.getClass())
                    .getGenerator();
            return generator != null && generator.generatedOnExecution();
        }

        private void fill(ManagedType<?> type, Object target, Set<Class<?>> building) {
            for (Attribute<?, ?> attribute : type.getAttributes()) {
                Member member = attribute.getJavaMember();
                if (!(member instanceof Field field)) {
                    continue;
                }
                field.setAccessible(true);
                Object value = valueFor(attribute, field, building);
                if (value != null) {
                    set(field, target, value);
                }
            }
        }

        private Object valueFor(Attribute<?, ?> attribute, Field field, Set<Class<?>> building) {
            if (attribute instanceof SingularAttribute<?, ?> singular) {
                if (singular.isVersion()) {
                    return null;
                }
                if (singular.isId() && field.isAnnotationPresent(GeneratedValue.class)) {
                    return null;
                }
                if (singular.isId()
                        && singular.getPersistentAttributeType() == Attribute.PersistentAttributeType.BASIC) {
                    Object id = basic(field.getType(), length(field));
                    return id instanceof Number ? convertNumber(field.getType(), assignedId++) : id;
                }
                return switch (attribute.getPersistentAttributeType()) {
                    case BASIC -> basic(field.getType(), length(field));
                    case EMBEDDED -> embedded(singular.getType(), building);
                    case MANY_TO_ONE, ONE_TO_ONE -> owning(field) ? associated(singular.getType(), building) : null;
                    default -> null;
                };
            }
            if (attribute instanceof PluralAttribute<?, ?, ?> plural
                    && attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.ELEMENT_COLLECTION) {
                Type<?> element = plural.getElementType();
                Object one = element.getPersistenceType() == Type.PersistenceType.BASIC
                        ? basic(element.getJavaType(), length(field))
                        : element instanceof ManagedType<?> managed ? embeddable(managed, building) : null;
                if (one == null) {
                    return null;
                }
                Collection<Object> collection =
                        Set.class.isAssignableFrom(field.getType()) ? new HashSet<>() : new ArrayList<>();
                collection.add(one);
                return collection;
            }
            return null;
        }

        private static boolean owning(Field field) {
            OneToOne oneToOne = field.getAnnotation(OneToOne.class);
            return field.isAnnotationPresent(ManyToOne.class)
                    || (oneToOne != null && oneToOne.mappedBy().isEmpty());
        }

        private Object embedded(Type<?> type, Set<Class<?>> building) {
            return type instanceof ManagedType<?> managed ? embeddable(managed, building) : null;
        }

        private Object embeddable(ManagedType<?> managed, Set<Class<?>> building) {
            Object value = instantiate(managed.getJavaType());
            fill(managed, value, building);
            return value;
        }

        private Object associated(Type<?> type, Set<Class<?>> building) {
            if (!(type instanceof EntityType<?> target) || building.contains(target.getJavaType())) {
                return null;
            }
            EntityType<?> concrete = target;
            if (Modifier.isAbstract(target.getJavaType().getModifiers())) {
                concrete = session.getMetamodel().getEntities().stream()
                        .filter(e -> target.getJavaType().isAssignableFrom(e.getJavaType())
                                && !Modifier.isAbstract(e.getJavaType().getModifiers()))
                        .sorted(Comparator.comparing(EntityType::getName))
                        .findFirst()
                        .orElse(null);
            }
            return concrete == null ? null : built(concrete, building);
        }

        /** A plausible value of a basic Java type, distinct from the others this makes; null for a type not known here. */
        private Object basic(Class<?> type, int length) {
            int n = counter++;
            if (type == String.class) {
                String text = "v" + n + "abcdefgh";
                return text.substring(0, Math.min(text.length(), Math.max(1, length)));
            }
            if (type == Long.class || type == long.class) {
                return (long) n;
            }
            if (type == Integer.class || type == int.class) {
                return n;
            }
            if (type == Short.class || type == short.class) {
                return (short) n;
            }
            if (type == Byte.class || type == byte.class) {
                return (byte) n;
            }
            if (type == Boolean.class || type == boolean.class) {
                return true;
            }
            if (type == Character.class || type == char.class) {
                return 'x';
            }
            if (type == Double.class || type == double.class) {
                return n + 0.5;
            }
            if (type == Float.class || type == float.class) {
                return n + 0.5f;
            }
            if (type == BigDecimal.class) {
                return new BigDecimal(n + ".25");
            }
            if (type == BigInteger.class) {
                return BigInteger.valueOf(n);
            }
            if (type == LocalDate.class) {
                return LocalDate.of(2024, 1, 1).plusDays(n);
            }
            if (type == LocalDateTime.class) {
                return LocalDateTime.of(2024, 1, 1, 12, 0).plusMinutes(n);
            }
            if (type == LocalTime.class) {
                return LocalTime.of(12, 0).plusMinutes(n);
            }
            if (type == Instant.class) {
                return Instant.parse("2024-01-01T12:00:00Z").plusSeconds(n);
            }
            if (type == OffsetDateTime.class) {
                return OffsetDateTime.of(2024, 1, 1, 12, 0, n % 60, 0, ZoneOffset.UTC);
            }
            if (type == ZonedDateTime.class) {
                return ZonedDateTime.of(2024, 1, 1, 12, 0, n % 60, 0, ZoneOffset.UTC);
            }
            if (type == java.util.Date.class) {
                return new java.util.Date(1_700_000_000_000L + n * 1000L);
            }
            if (type == Duration.class) {
                return Duration.ofSeconds(n);
            }
            if (type == UUID.class) {
                return new UUID(0, n);
            }
            if (type == byte[].class) {
                return new byte[] {(byte) n, 2, 3};
            }
            if (type.isEnum()) {
                Object[] constants = type.getEnumConstants();
                return constants[n % constants.length];
            }
            return null;
        }

        private static Object convertNumber(Class<?> type, int value) {
            if (type == Long.class || type == long.class) {
                return (long) value;
            }
            if (type == Integer.class || type == int.class) {
                return value;
            }
            if (type == BigInteger.class) {
                return BigInteger.valueOf(value);
            }
            if (type == BigDecimal.class) {
                return BigDecimal.valueOf(value);
            }
            return value;
        }

        /** The column length a string must keep within: {@code @Column(length)}, 255 when not given. */
        private static int length(Field field) {
            Column column = field.getAnnotation(Column.class);
            return column == null ? 255 : column.length();
        }

        /** The basic attributes' values (embedded ones as {@code address.city}), as Java holds them. */
        Map<String, Object> basicValues(ManagedType<?> type, Object instance) {
            Map<String, Object> out = new LinkedHashMap<>();
            collect(type, instance, "", out);
            return out;
        }

        private void collect(ManagedType<?> type, Object instance, String prefix, Map<String, Object> out) {
            for (Attribute<?, ?> attribute : type.getAttributes()) {
                if (!(attribute.getJavaMember() instanceof Field field)
                        || !(attribute instanceof SingularAttribute<?, ?> s)) {
                    continue;
                }
                field.setAccessible(true);
                Object value = get(field, instance);
                if (s.getPersistentAttributeType() == Attribute.PersistentAttributeType.BASIC
                        && !s.isVersion()
                        && !(s.isId() && field.isAnnotationPresent(GeneratedValue.class))
                        && isWritten(field)) {
                    out.put(prefix + attribute.getName(), value);
                } else if (s.getPersistentAttributeType() == Attribute.PersistentAttributeType.EMBEDDED
                        && value != null
                        && s.getType() instanceof ManagedType<?> managed) {
                    collect(managed, value, prefix + attribute.getName() + ".", out);
                }
            }
        }

        /** Whether Hibernate writes the attribute (a computed column is only read). */
        private static boolean isWritten(Field field) {
            Column column = field.getAnnotation(Column.class);
            return (column == null || column.insertable())
                    && !field.isAnnotationPresent(org.hibernate.annotations.GeneratedColumn.class)
                    && !field.isAnnotationPresent(org.hibernate.annotations.Generated.class)
                    && !field.isAnnotationPresent(org.hibernate.annotations.Formula.class);
        }

        private static Object instantiate(Class<?> type) {
            try {
                var constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                return constructor.newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot instantiate " + type.getName() + ": " + e, e);
            }
        }

        private static void set(Field field, Object target, Object value) {
            try {
                field.set(target, value);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        private static Object get(Field field, Object target) {
            try {
                return field.get(target);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
