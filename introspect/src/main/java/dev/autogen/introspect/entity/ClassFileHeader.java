package dev.autogen.introspect.entity;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a class file says about its class without loading it: its name and the descriptors of its class-level
 * annotations ({@code RuntimeVisibleAnnotations}), for example {@code Ljakarta/persistence/Entity;}. Reading the class
 * file this way is how the entity classes are found: far cheaper than loading every class of the class path.
 *
 * @param className the binary name, {@code com.example.Order$Line}
 * @param annotations the class-level annotation type descriptors
 */
record ClassFileHeader(String className, List<String> annotations) {

    private static final int MAGIC = 0xCAFEBABE;

    ClassFileHeader {
        annotations = List.copyOf(annotations);
    }

    /** Parses a class file; throws {@link IOException} when it is not one. */
    static ClassFileHeader read(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNameIndex = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNameIndex[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.skipBytes(2); // String, MethodType, Module, Package
                case 15 -> in.skipBytes(3); // MethodHandle
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8); // Long, Double take two slots
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        in.readUnsignedShort(); // access flags
        String name = utf8[classNameIndex[in.readUnsignedShort()]].replace('/', '.');
        in.readUnsignedShort(); // super class
        in.skipBytes(2 * in.readUnsignedShort()); // interfaces
        skipMembers(in); // fields
        skipMembers(in); // methods
        List<String> annotations = new ArrayList<>();
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            String attribute = utf8[in.readUnsignedShort()];
            int length = in.readInt();
            if ("RuntimeVisibleAnnotations".equals(attribute)) {
                byte[] body = new byte[length];
                in.readFully(body);
                DataInputStream annotationsIn = new DataInputStream(new ByteArrayInputStream(body));
                int n = annotationsIn.readUnsignedShort();
                for (int k = 0; k < n; k++) {
                    annotations.add(utf8[annotationsIn.readUnsignedShort()]);
                    skipElementValuePairs(annotationsIn);
                }
            } else {
                in.skipBytes(length);
            }
        }
        return new ClassFileHeader(name, annotations);
    }

    private static void skipMembers(DataInputStream in) throws IOException {
        int members = in.readUnsignedShort();
        for (int m = 0; m < members; m++) {
            in.skipBytes(6); // access, name, descriptor
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                in.skipBytes(2);
                in.skipBytes(in.readInt());
            }
        }
    }

    private static void skipElementValuePairs(DataInputStream in) throws IOException {
        int pairs = in.readUnsignedShort();
        for (int p = 0; p < pairs; p++) {
            in.skipBytes(2);
            skipElementValue(in);
        }
    }

    private static void skipElementValue(DataInputStream in) throws IOException {
        int tag = in.readUnsignedByte();
        switch (tag) {
            case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 's', 'c' -> in.skipBytes(2);
            case 'e' -> in.skipBytes(4);
            case '@' -> {
                in.skipBytes(2);
                skipElementValuePairs(in);
            }
            case '[' -> {
                int values = in.readUnsignedShort();
                for (int v = 0; v < values; v++) {
                    skipElementValue(in);
                }
            }
            default -> throw new IOException("unknown annotation element tag " + (char) tag);
        }
    }
}
