package flinklint.optionsgen;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Reads every ConfigOption of one Flink version from its jars: the static
 * ConfigOption fields of every class under org/apache/flink (public or not:
 * Flink reads the key either way), the ConfigOption fields of Scala objects
 * (the planner's), and the options that public static factory methods
 * taking one String build (fs.&lt;scheme&gt;.limit.total). Each is read by
 * reflection through Flink's own ConfigOption class, in a class loader that
 * holds only this version's jars.
 */
final class Scanner implements AutoCloseable {
    static final String CONFIG_OPTION = "org.apache.flink.configuration.ConfigOption";
    private static final String CO_DESC = "L" + CONFIG_OPTION.replace('.', '/') + ";";
    private static final String DOCS = "org.apache.flink.annotation.docs.Documentation$";

    /** One option as one field (or factory method) defines it. */
    static final class Opt {
        String key;
        String artifact;
        String className; // binary name
        String member; // FIELD, or method() for factory methods
        String type;
        List<String> enumValues;
        String defaultText; // the docs' default text
        boolean hasDefault;
        List<String> deprecatedKeys = new ArrayList<>();
        List<String> fallbackKeys = new ArrayList<>();
        boolean deprecated; // the field is @Deprecated
        boolean excluded; // @Documentation.ExcludeFromDocumentation
        boolean scala;
        boolean publicField;
        String suffixOf; // @Documentation.SuffixOption value, the key's prefix
        List<String> sections = new ArrayList<>(); // @Documentation.Section
        boolean template; // built by a factory method with a placeholder argument

        String source() {
            return artifact + ":" + className + "#" + member;
        }
    }

    final String minor;
    final Map<String, String> releases; // artifact → release ("-": not served)
    final List<Opt> options = new ArrayList<>();
    /** Classes with ConfigOption fields that could not be read, and why. */
    final Map<String, String> unreadable = new TreeMap<>();
    /** Prefix constants read from the jars: field → value. */
    final Map<String, String> constants = new TreeMap<>();

    private final URLClassLoader loader;
    private final List<Path> jars = new ArrayList<>();
    private final Map<Path, String> artifactOf = new LinkedHashMap<>();

    Scanner(String minor, Path dir) throws IOException {
        this.minor = minor;
        this.releases = new TreeMap<>();
        for (String line : Files.readAllLines(dir.resolve("RELEASES"))) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 2) {
                releases.put(f[0], f[1]);
            }
        }
        try (var s = Files.list(dir)) {
            s.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(jars::add);
        }
        List<URL> urls = new ArrayList<>();
        for (Path j : jars) {
            urls.add(j.toUri().toURL());
            String name = j.getFileName().toString();
            for (String a : releases.keySet()) {
                String rel = releases.get(a);
                if (name.equals("org.apache.flink." + a + "-" + rel + ".jar")) {
                    artifactOf.put(j, a);
                }
            }
        }
        // The platform loader as parent: nothing of this tool or of another
        // Flink version is visible to Flink's classes.
        loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }

    void scan() throws IOException {
        TreeSet<String> seen = new TreeSet<>();
        for (Path jar : jars) {
            String artifact = artifactOf.get(jar);
            if (artifact == null) {
                continue; // a dependency, loaded but not scanned
            }
            List<ClassFile> candidates = new ArrayList<>();
            try (JarFile jf = new JarFile(jar.toFile())) {
                Enumeration<JarEntry> en = jf.entries();
                while (en.hasMoreElements()) {
                    JarEntry e = en.nextElement();
                    String n = e.getName();
                    if (!n.startsWith("org/apache/flink/") || !n.endsWith(".class") || n.contains("-")) {
                        continue;
                    }
                    byte[] bytes;
                    try (InputStream in = jf.getInputStream(e)) {
                        bytes = in.readAllBytes();
                    }
                    ClassFile cf = ClassFile.parse(bytes);
                    if (interesting(cf) && seen.add(cf.name)) {
                        candidates.add(cf);
                    }
                }
            }
            candidates.sort((a, b) -> a.name.compareTo(b.name));
            for (ClassFile cf : candidates) {
                read(artifact, cf);
            }
        }
        readConstants();
    }

    private static boolean interesting(ClassFile cf) {
        for (ClassFile.Member f : cf.fields) {
            if (f.descriptor().equals(CO_DESC)) {
                return true;
            }
        }
        for (ClassFile.Member m : cf.methods) {
            if (factory(m)) {
                return true;
            }
        }
        return false;
    }

    private static boolean factory(ClassFile.Member m) {
        return m.is(ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC)
                && m.descriptor().equals("(Ljava/lang/String;)" + CO_DESC);
    }

    private void read(String artifact, ClassFile cf) {
        Class<?> c;
        try {
            c = Class.forName(cf.name, true, loader);
        } catch (Throwable t) {
            unreadable.put(cf.name, why(t));
            return;
        }
        boolean scalaObject = cf.name.endsWith("$") && cf.fields.stream()
                .anyMatch(f -> f.name().equals("MODULE$") && f.is(ClassFile.ACC_STATIC));
        for (ClassFile.Member f : cf.fields) {
            if (!f.descriptor().equals(CO_DESC)) {
                continue;
            }
            boolean isStatic = f.is(ClassFile.ACC_STATIC);
            if (!isStatic && !scalaObject) {
                continue;
            }
            try {
                Field field = c.getDeclaredField(f.name());
                field.setAccessible(true);
                Object target = isStatic ? null : moduleOf(c);
                Object option = field.get(target);
                if (option == null) {
                    continue;
                }
                Opt o = describe(option);
                o.artifact = artifact;
                o.className = cf.name;
                o.member = f.name();
                o.scala = scalaObject;
                o.publicField = Modifier.isPublic(field.getModifiers()) && Modifier.isPublic(c.getModifiers());
                annotations(o, field);
                options.add(o);
            } catch (Throwable t) {
                unreadable.put(cf.name + "#" + f.name(), why(t));
            }
        }
        // Factory methods of options classes only: generic helpers such as
        // ConfigurationUtils.getBooleanConfigOption(key) take the whole key.
        String simple = cf.name.substring(cf.name.lastIndexOf('.') + 1);
        boolean optionsClass = simple.matches("[a-zA-Z]*(?:Options|Config|Parameters)");
        for (ClassFile.Member m : cf.methods) {
            if (!factory(m) || scalaObject || !optionsClass) {
                continue;
            }
            try {
                Method method = c.getDeclaredMethod(m.name(), String.class);
                String placeholder = "<" + (method.getParameters()[0].isNamePresent()
                        ? method.getParameters()[0].getName()
                        : FACTORY_PLACEHOLDERS.getOrDefault(cf.name, "name")) + ">";
                Object option = method.invoke(null, placeholder);
                Opt o = describe(option);
                if (!o.key.contains("." + placeholder + ".")) {
                    continue; // the argument is not a segment inside the key
                }
                o.artifact = artifact;
                o.className = cf.name;
                o.member = m.name() + "()";
                o.template = true;
                options.add(o);
            } catch (Throwable t) {
                unreadable.put(cf.name + "#" + m.name() + "()", why(t));
            }
        }
    }

    /**
     * What the argument of a class's key factory methods is, for the
     * placeholder in the templated key: Flink is compiled without parameter
     * names. CoreOptions.fileSystemConnectionLimit(scheme) gives
     * fs.&lt;scheme&gt;.limit.total, as Flink's file system docs write it.
     */
    private static final Map<String, String> FACTORY_PLACEHOLDERS =
            Map.of("org.apache.flink.configuration.CoreOptions", "scheme");

    private static Object moduleOf(Class<?> c) throws ReflectiveOperationException {
        Field f = c.getDeclaredField("MODULE$");
        f.setAccessible(true);
        return f.get(null);
    }

    private static String why(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m.replace('/', '.'));
    }

    /** Reads a ConfigOption through its own (partly package-private) API. */
    private Opt describe(Object option) throws ReflectiveOperationException {
        Class<?> co = option.getClass();
        Opt o = new Opt();
        o.key = (String) call(co, option, "key");
        Class<?> clazz = (Class<?>) call(co, option, "getClazz");
        boolean list = (Boolean) call(co, option, "isList");
        String simple = clazz.isEnum() ? "Enum" : clazz.getSimpleName();
        o.type = list ? "List<" + simple + ">" : simple;
        if (clazz.isEnum()) {
            o.enumValues = new ArrayList<>();
            for (Object e : clazz.getEnumConstants()) {
                o.enumValues.add(e.toString());
            }
        }
        o.hasDefault = (Boolean) call(co, option, "hasDefaultValue");
        o.defaultText = o.hasDefault ? docsDefault(call(co, option, "defaultValue")) : "(none)";
        for (Object fk : (Iterable<?>) call(co, option, "fallbackKeys")) {
            String k = (String) call(fk.getClass(), fk, "getKey");
            boolean dep = (Boolean) call(fk.getClass(), fk, "isDeprecated");
            (dep ? o.deprecatedKeys : o.fallbackKeys).add(k);
        }
        return o;
    }

    private static Object call(Class<?> c, Object target, String name) throws ReflectiveOperationException {
        Method m = c.getDeclaredMethod(name);
        m.setAccessible(true);
        return m.invoke(target);
    }

    /**
     * The default as Flink's generated docs print it
     * (ConfigOptionsDocGenerator.stringifyObject): strings quoted ("(none)"
     * when empty), durations in their highest unit, lists joined with ';',
     * maps as k:v joined with ','.
     */
    private String docsDefault(Object v) throws ReflectiveOperationException {
        if (v == null) {
            return "(none)";
        }
        if (v instanceof String s) {
            return s.isEmpty() ? "(none)" : "\"" + s + "\"";
        }
        if (v instanceof java.time.Duration d) {
            Class<?> tu = Class.forName("org.apache.flink.util.TimeUtils", true, loader);
            return (String) tu.getMethod("formatWithHighestUnit", java.time.Duration.class).invoke(null, d);
        }
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            for (Object x : l) {
                parts.add(docsDefault(x));
            }
            return String.join(";", parts);
        }
        if (v instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                parts.add(e.getKey() + ":" + e.getValue());
            }
            return String.join(",", parts);
        }
        return v.toString();
    }

    private static void annotations(Opt o, Field f) throws ReflectiveOperationException {
        for (Annotation a : f.getAnnotations()) {
            String n = a.annotationType().getName();
            if (n.equals("java.lang.Deprecated")) {
                o.deprecated = true;
            } else if (n.equals(DOCS + "ExcludeFromDocumentation")) {
                o.excluded = true;
            } else if (n.equals(DOCS + "SuffixOption")) {
                o.suffixOf = (String) a.annotationType().getMethod("value").invoke(a);
            } else if (n.equals(DOCS + "Section")) {
                for (String s : (String[]) a.annotationType().getMethod("value").invoke(a)) {
                    o.sections.add(s);
                }
            } else if (n.equals(DOCS + "OverrideDefault")) {
                o.defaultText = (String) a.annotationType().getMethod("value").invoke(a);
            }
        }
    }

    /**
     * Prefix constants: keys below them are read (or passed on) by Flink
     * whatever follows. The table names where each lives; the values are
     * read from this version's jars, and a constant a version lacks adds
     * nothing.
     */
    static final String[][] PREFIX_CONSTANTS = {
        // class, field, what follows the value
        {"org.apache.flink.configuration.ResourceManagerOptions", "CONTAINERIZED_MASTER_ENV_PREFIX", "*",
            "every key under it becomes an environment variable of the JobManager container (YARN, Kubernetes)"},
        {"org.apache.flink.configuration.ResourceManagerOptions", "CONTAINERIZED_TASK_MANAGER_ENV_PREFIX", "*",
            "every key under it becomes an environment variable of the TaskManager containers"},
        {"org.apache.flink.core.security.token.DelegationTokenProvider", "CONFIG_PREFIX", ".<serviceName>.*",
            "each delegation token provider reads the keys under its own prefix"},
        {"org.apache.flink.table.gateway.api.endpoint.SqlGatewayEndpointFactoryUtils", "GATEWAY_ENDPOINT_PREFIX",
            ".<identifier>.*", "each SQL gateway endpoint reads the keys under its own prefix"},
        {"org.apache.flink.table.catalog.CommonCatalogOptions", "TABLE_CATALOG_STORE_OPTION_PREFIX", "<identifier>.*",
            "the catalog store's factory reads the keys under table.catalog-store.<kind>."},
    };

    private void readConstants() {
        for (String[] pc : PREFIX_CONSTANTS) {
            try {
                Class<?> c = Class.forName(pc[0], true, loader);
                Field f = c.getDeclaredField(pc[1]);
                f.setAccessible(true);
                constants.put(pc[0] + "#" + pc[1], (String) f.get(null));
            } catch (Throwable t) {
                // not in this version
            }
        }
    }
}
