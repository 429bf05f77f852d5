package flinklint.optionsgen;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The few facts of a class file the scan needs before loading anything: the
 * class name and the name, access flags and descriptor of each field and
 * method. Reading the bytes rather than reflecting finds a class's
 * ConfigOption fields even when other fields name types that are not on the
 * class path, and keeps every class but the option holders unloaded.
 */
final class ClassFile {
    static final int ACC_PUBLIC = 0x0001;
    static final int ACC_STATIC = 0x0008;
    static final int ACC_FINAL = 0x0010;

    record Member(int access, String name, String descriptor) {
        boolean is(int flags) {
            return (access & flags) == flags;
        }
    }

    final String name; // binary name, dotted: a.b.Outer$Inner
    final List<Member> fields = new ArrayList<>();
    final List<Member> methods = new ArrayList<>();

    private ClassFile(String name) {
        this.name = name;
    }

    static ClassFile parse(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int n = in.readUnsignedShort();
        String[] utf8 = new String[n];
        int[] classIndex = new int[n];
        for (int i = 1; i < n; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classIndex[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 5, 6 -> {
                    in.readLong();
                    i++; // 8-byte constants take two slots
                }
                default -> throw new IOException("constant pool tag " + tag);
            }
        }
        in.readUnsignedShort(); // access
        int thisClass = in.readUnsignedShort();
        ClassFile cf = new ClassFile(utf8[classIndex[thisClass]].replace('/', '.'));
        in.readUnsignedShort(); // super
        int interfaces = in.readUnsignedShort();
        for (int i = 0; i < interfaces; i++) {
            in.readUnsignedShort();
        }
        for (List<Member> list : List.of(cf.fields, cf.methods)) {
            int count = in.readUnsignedShort();
            for (int i = 0; i < count; i++) {
                int access = in.readUnsignedShort();
                String name = utf8[in.readUnsignedShort()];
                String desc = utf8[in.readUnsignedShort()];
                int attrs = in.readUnsignedShort();
                for (int a = 0; a < attrs; a++) {
                    in.readUnsignedShort();
                    in.skipNBytes(in.readInt() & 0xFFFFFFFFL);
                }
                list.add(new Member(access, name, desc));
            }
        }
        return cf;
    }
}
