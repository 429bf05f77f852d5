package flinklint.optionsgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Extracts from the dataset that was kept before this tool what Flink's jars
 * here cannot give (legacy.json, committed beside the tool):
 * <ul>
 *   <li>the Kubernetes operator section, which came from the operator's
 *       source: Maven does not serve the operator's jars here;</li>
 *   <li>for an artifact that Maven serves at no release of a minor version
 *       (resolve.sh records "-"), the options, deprecated and fallback keys
 *       the old dataset attributed to that module in that version.</li>
 * </ul>
 */
final class Legacy {
    private Legacy() {}

    static Map<String, Object> extract(Map<String, Object> old, Path jars) throws IOException {
        Map<String, Object> out = new TreeMap<>();
        out.put("operator", old.get("operator"));
        out.put("operator_source", Main.asMap(old.get("source")).get("operator"));
        Map<String, Object> gaps = new TreeMap<>();
        Map<String, Object> versions = Main.asMap(old.get("versions"));
        List<Path> dirs = new ArrayList<>();
        try (var s = Files.list(jars)) {
            s.sorted().forEach(dirs::add);
        }
        for (Path dir : dirs) {
            Path rel = dir.resolve("RELEASES");
            if (!Files.isRegularFile(rel)) {
                continue;
            }
            String minor = dir.getFileName().toString();
            Map<String, Object> v = Main.asMap(versions.get(minor));
            for (String line : Files.readAllLines(rel)) {
                String[] f = line.trim().split("\\s+");
                if (f.length != 2 || !f[1].equals("-")) {
                    continue;
                }
                Map<String, Object> g = module(v, f[0]);
                Main.asMap(gaps.computeIfAbsent(minor, x -> new TreeMap<String, Object>())).put(f[0], g);
            }
        }
        out.put("gaps", gaps);
        return out;
    }

    /** The entries of a version whose source lies in module artifact. */
    private static Map<String, Object> module(Map<String, Object> v, String artifact) {
        Map<String, Object> g = new TreeMap<>();
        List<String> keys = new ArrayList<>();
        for (String section : List.of("options", "undocumented_options")) {
            Map<String, Object> sel = new TreeMap<>();
            Main.asMap(v.get(section)).forEach((k, e) -> {
                String src = (String) Main.asMap(e).get("source");
                if (src != null && inModule(src, artifact)) {
                    sel.put(k, e);
                    keys.add(k);
                }
            });
            g.put(section, sel);
        }
        // Options the old dataset found in the docs but not in the source
        // (native-metric options built from enums) have no source: they go
        // with the module whose keys share their first three segments
        // (state.backend.forst.metrics.* with state.backend.forst.*).
        List<String> prefixes = new ArrayList<>();
        for (String k : keys) {
            String[] segs = k.split("\\.");
            if (segs.length > 3) {
                String p = segs[0] + "." + segs[1] + "." + segs[2] + ".";
                if (!prefixes.contains(p)) {
                    prefixes.add(p);
                }
            }
        }
        for (String section : List.of("options", "undocumented_options")) {
            Map<String, Object> sel = Main.asMap(g.get(section));
            Main.asMap(v.get(section)).forEach((k, e) -> {
                if (Main.asMap(e).get("source") == null && prefixes.stream().anyMatch(k::startsWith)) {
                    sel.put(k, e);
                    keys.add(k);
                }
            });
        }
        Map<String, Object> dep = new TreeMap<>();
        Main.asMap(v.get("deprecated")).forEach((old, cur) -> {
            if (keys.contains(cur)) {
                dep.put(old, cur);
            }
        });
        g.put("deprecated", dep);
        Map<String, Object> fb = new TreeMap<>();
        Main.asMap(v.get("fallback")).forEach((k, opts) -> {
            List<Object> sel = new ArrayList<>();
            for (Object o : (List<?>) opts) {
                if (keys.contains(o)) {
                    sel.add(o);
                }
            }
            if (!sel.isEmpty()) {
                fb.put(k, sel);
            }
        });
        g.put("fallback", fb);
        return g;
    }

    private static boolean inModule(String source, String artifact) {
        int i = source.indexOf("/src/");
        if (i < 0) {
            return false;
        }
        String module = source.substring(0, i);
        return module.equals(artifact) || module.endsWith("/" + artifact);
    }
}
