package dev.autogen.introspect.entity;

/** Turns class loading and Hibernate boot failures into one-line {@link EntityReadException}s saying what to do. */
final class BootFailures {

    private BootFailures() {}

    /** A mapped class that failed to load. */
    static EntityReadException classLoading(String className, Throwable failure) {
        String missing = missingClass(failure);
        if (missing != null) {
            return new EntityReadException(
                    "Entity class " + className + " needs class " + missing
                            + ", which is not on the entity classpath: add the jar or directory holding it to --entities",
                    failure);
        }
        if (failure instanceof UnsupportedClassVersionError) {
            return new EntityReadException(
                    "Entity class " + className + " was compiled for a newer Java than this one ("
                            + oneLine(failure.getMessage()) + "): run autogen on that Java version or newer",
                    failure);
        }
        return new EntityReadException(
                "Entity class " + className + " cannot be loaded: " + describe(failure)
                        + ": check that --entities holds a consistent build of the classes",
                failure);
    }

    /** Hibernate failed to build the metamodel. */
    static EntityReadException boot(Throwable failure) {
        if (failure instanceof EntityReadException read) {
            return read;
        }
        String missing = missingClass(failure);
        if (missing != null) {
            return new EntityReadException(
                    "The entities need class " + missing
                            + ", which is not on the entity classpath: add the jar or directory holding it to --entities",
                    failure);
        }
        return new EntityReadException(
                "Hibernate cannot map the entities: " + describe(rootCause(failure))
                        + " (fix the mapping and recompile the entities)",
                failure);
    }

    /** The name of the class a failure says is missing, or null. */
    private static String missingClass(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NoClassDefFoundError || t instanceof ClassNotFoundException) {
                return t.getMessage() == null
                        ? "(unnamed)"
                        : t.getMessage().replace('/', '.').trim();
            }
            if (t instanceof TypeNotPresentException notPresent) {
                return notPresent.typeName();
            }
        }
        return null;
    }

    /** The deepest cause that says something. */
    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                root = t;
            }
        }
        return root;
    }

    private static String describe(Throwable t) {
        String message = oneLine(t.getMessage());
        return message.isEmpty() ? t.getClass().getName() : message;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }
}
