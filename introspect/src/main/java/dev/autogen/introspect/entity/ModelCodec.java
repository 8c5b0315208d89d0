package dev.autogen.introspect.entity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes and reads a tree of records (the core schema model) in a compact binary form, by reflection over the record
 * components, so that it follows the model as it changes. Supported component types: records, enums, {@code String},
 * the primitive and boxed {@code int}, {@code long} and {@code boolean}, and {@code List}s of those. {@link #signature}
 * describes the shape, so that data written for another shape of the model is never read as this one.
 */
final class ModelCodec {

    /** What the codec needs of a record class, looked up once: reflection on records is slow to repeat. */
    private record Shape(Method[] accessors, Type[] types, Constructor<?> constructor) {}

    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private ModelCodec() {}

    /** The shape of {@code type}: its components' names and types, recursively. */
    static String signature(Class<?> type) {
        StringBuilder out = new StringBuilder();
        signature(type, out, new ArrayList<>());
        return out.toString();
    }

    private static void signature(Type type, StringBuilder out, List<Class<?>> seen) {
        if (type instanceof ParameterizedType p) {
            out.append("List<");
            signature(p.getActualTypeArguments()[0], out, seen);
            out.append('>');
            return;
        }
        Class<?> c = (Class<?>) type;
        out.append(c.getName());
        if (c.isEnum()) {
            out.append('{');
            for (Object constant : c.getEnumConstants()) {
                out.append(((Enum<?>) constant).name()).append(',');
            }
            out.append('}');
        } else if (c.isRecord() && !seen.contains(c)) {
            seen.add(c);
            out.append('(');
            for (RecordComponent rc : c.getRecordComponents()) {
                out.append(rc.getName()).append(':');
                signature(rc.getGenericType(), out, seen);
                out.append(';');
            }
            out.append(')');
        }
    }

    static void write(DataOutputStream out, Object value, Type type) throws IOException {
        if (type instanceof ParameterizedType p) {
            List<?> list = (List<?>) value;
            if (nullMarker(out, list)) {
                out.writeInt(list.size());
                for (Object element : list) {
                    write(out, element, p.getActualTypeArguments()[0]);
                }
            }
            return;
        }
        Class<?> c = (Class<?>) type;
        if (c == int.class) {
            out.writeInt((Integer) value);
        } else if (c == long.class) {
            out.writeLong((Long) value);
        } else if (c == boolean.class) {
            out.writeBoolean((Boolean) value);
        } else if (!nullMarker(out, value)) {
            return;
        } else if (c == String.class) {
            byte[] bytes = ((String) value).getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        } else if (c == Integer.class) {
            out.writeInt((Integer) value);
        } else if (c == Long.class) {
            out.writeLong((Long) value);
        } else if (c == Boolean.class) {
            out.writeBoolean((Boolean) value);
        } else if (c.isEnum()) {
            out.writeUTF(((Enum<?>) value).name());
        } else if (c.isRecord()) {
            Shape shape = shape(c);
            for (int i = 0; i < shape.accessors().length; i++) {
                write(out, get(shape.accessors()[i], value), shape.types()[i]);
            }
        } else {
            throw new IllegalArgumentException("cannot write a " + c.getName());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object read(DataInputStream in, Type type) throws IOException {
        if (type instanceof ParameterizedType p) {
            if (!in.readBoolean()) {
                return null;
            }
            int size = in.readInt();
            List<Object> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(read(in, p.getActualTypeArguments()[0]));
            }
            return list;
        }
        Class<?> c = (Class<?>) type;
        if (c == int.class) {
            return in.readInt();
        } else if (c == long.class) {
            return in.readLong();
        } else if (c == boolean.class) {
            return in.readBoolean();
        } else if (!in.readBoolean()) {
            return null;
        } else if (c == String.class) {
            byte[] bytes = new byte[in.readInt()];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } else if (c == Integer.class) {
            return in.readInt();
        } else if (c == Long.class) {
            return in.readLong();
        } else if (c == Boolean.class) {
            return in.readBoolean();
        } else if (c.isEnum()) {
            return Enum.valueOf((Class) c, in.readUTF());
        } else if (c.isRecord()) {
            Shape shape = shape(c);
            Object[] args = new Object[shape.types().length];
            for (int i = 0; i < args.length; i++) {
                args[i] = read(in, shape.types()[i]);
            }
            try {
                return shape.constructor().newInstance(args);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IOException("cannot rebuild a " + c.getName() + ": " + e.getMessage(), e);
            }
        }
        throw new IllegalArgumentException("cannot read a " + c.getName());
    }

    /** Writes whether {@code value} is present; true when it is. */
    private static boolean nullMarker(DataOutputStream out, Object value) throws IOException {
        out.writeBoolean(value != null);
        return value != null;
    }

    private static Object get(Method accessor, Object record) throws IOException {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IOException("cannot read " + accessor + ": " + e.getMessage(), e);
        }
    }

    private static Shape shape(Class<?> type) {
        return SHAPES.computeIfAbsent(type, t -> {
            RecordComponent[] components = t.getRecordComponents();
            Method[] accessors = new Method[components.length];
            Type[] types = new Type[components.length];
            Class<?>[] raw = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                types[i] = components[i].getGenericType();
                raw[i] = components[i].getType();
            }
            try {
                return new Shape(accessors, types, t.getDeclaredConstructor(raw));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("record " + t.getName() + " has no canonical constructor", e);
            }
        });
    }
}
