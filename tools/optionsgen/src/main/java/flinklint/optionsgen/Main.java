package flinklint.optionsgen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * optionsgen's command line.
 *
 * <pre>
 * generate --versions versions.txt --jars DIR --legacy legacy.json --out FILE
 *     read DIR/&lt;minor&gt;/*.jar (filled by resolve.sh) for every minor of
 *     versions.txt and write the dataset to FILE
 * legacy --from OLD.json[.gz] --jars DIR --out legacy.json
 *     extract from a dataset what the jars cannot give: the Kubernetes
 *     operator section, and the options of artifacts DIR/&lt;minor&gt;/RELEASES
 *     records as served at no release
 * diff OLD.json[.gz] NEW.json[.gz]
 *     print, as markdown, which keys changed between two datasets
 * </pre>
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        Map<String, String> flags = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                flags.put(args[i].substring(2), args[++i]);
            } else {
                rest.add(args[i]);
            }
        }
        switch (args[0]) {
            case "generate" -> {
                Generator g = new Generator(Path.of(need(flags, "jars")), readVersions(Path.of(need(flags, "versions"))),
                        asMap(Json.parse(read(Path.of(need(flags, "legacy"))))));
                String json = Json.write(g.generate());
                Files.writeString(Path.of(need(flags, "out")), json, StandardCharsets.UTF_8);
                if (!g.warnings.isEmpty()) {
                    g.warnings.forEach(w -> System.err.println("optionsgen: " + w));
                }
            }
            case "legacy" -> {
                Object old = Json.parse(read(Path.of(need(flags, "from"))));
                Map<String, Object> out = Legacy.extract(asMap(old), Path.of(need(flags, "jars")));
                Files.writeString(Path.of(need(flags, "out")), Json.write(out), StandardCharsets.UTF_8);
            }
            case "diff" -> {
                if (rest.size() != 2) {
                    usage();
                }
                System.out.print(Diff.markdown(asMap(Json.parse(read(Path.of(rest.get(0))))),
                        asMap(Json.parse(read(Path.of(rest.get(1)))))));
            }
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("usage: optionsgen generate --versions FILE --jars DIR --legacy FILE --out FILE\n"
                + "       optionsgen legacy --from DATASET --jars DIR --out FILE\n"
                + "       optionsgen diff OLD NEW");
        System.exit(2);
    }

    private static String need(Map<String, String> flags, String name) {
        String v = flags.get(name);
        if (v == null) {
            System.err.println("optionsgen: --" + name + " is required");
            System.exit(2);
        }
        return v;
    }

    /** versions.txt: minor → the releases to read it from, preferred first. */
    static Map<String, List<String>> readVersions(Path p) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(p)) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+");
            out.put(f[0], List.of(f).subList(1, f.length));
        }
        return out;
    }

    /** Reads a file, gunzipping it when its name ends in .gz. */
    static String read(Path p) throws IOException {
        byte[] b = Files.readAllBytes(p);
        if (p.toString().endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(b))) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                in.transferTo(out);
                b = out.toByteArray();
            }
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object o) {
        return o == null ? new TreeMap<>() : (Map<String, Object>) o;
    }
}
