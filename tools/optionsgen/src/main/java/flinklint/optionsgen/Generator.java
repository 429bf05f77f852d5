package flinklint.optionsgen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Builds the dataset (schema_version 1, the shape analysis/config/dataset.go
 * reads) from the options the Scanner reads for every version.
 */
final class Generator {
    /** The class names Flink's docs generator makes tables of. */
    private static final Pattern DOCS_CLASS = Pattern.compile("[a-zA-Z]*(?:Options|Config|Parameters)");
    /** Keys Flink writes for itself. */
    private static final Pattern INTERNAL_KEY = Pattern.compile("^(\\$internal\\.|internal\\.|__)|\\.internal\\.");
    /** First key segments of the table ecosystem's own configuration. */
    private static final Set<String> TABLE_NAMESPACES =
            Set.of("table", "sql-gateway", "sql-client", "materialized-table", "workflow-scheduler");
    private static final String REPORTER_PREFIX = "metrics.reporter.<name>.";

    /**
     * Prefixes the file system plugins mirror into their Hadoop or Presto
     * configuration (their FLINK_CONFIG_PREFIXES). The plugins are shaded jars
     * of 30 to 90 MB per version that Maven does not serve here for every
     * release; the prefixes have not changed since 1.15. Not read from jars.
     */
    private static final String[][] FILESYSTEM_PREFIXES = {
        {"s3.*", "flink-s3-fs-hadoop, flink-s3-fs-presto"},
        {"s3a.*", "flink-s3-fs-hadoop"},
        {"fs.s3a.*", "flink-s3-fs-hadoop"},
        {"presto.s3.*", "flink-s3-fs-presto"},
        {"fs.azure.*", "flink-azure-fs-hadoop"},
        {"azure.*", "flink-azure-fs-hadoop"},
        {"fs.oss.*", "flink-oss-fs-hadoop"},
        {"gs.*", "flink-gs-fs-hadoop"},
        {"fs.gs.*", "flink-gs-fs-hadoop"},
    };

    private final Path jarsDir;
    private final Map<String, List<String>> versions;
    private final Map<String, Object> legacy;
    final List<String> warnings = new ArrayList<>();

    Generator(Path jarsDir, Map<String, List<String>> versions, Map<String, Object> legacy) {
        this.jarsDir = jarsDir;
        this.versions = versions;
        this.legacy = legacy;
    }

    Map<String, Object> generate() throws Exception {
        Map<String, Object> out = new TreeMap<>();
        out.put("schema_version", 1);
        out.put("documentation", "tools/optionsgen/README.md");
        Map<String, Object> srcVersions = new TreeMap<>();
        Map<String, Object> vs = new TreeMap<>();
        Map<String, Object> previous = null;
        String previousMinor = null;
        for (Map.Entry<String, List<String>> e : versions.entrySet()) {
            String minor = e.getKey();
            Path dir = jarsDir.resolve(minor);
            if (!Files.isRegularFile(dir.resolve("RELEASES"))) {
                throw new IllegalStateException("no jars for Flink " + minor + " in " + dir + ": run resolve.sh");
            }
            Map<String, Object> v;
            Map<String, Object> src = new TreeMap<>();
            try (Scanner s = new Scanner(minor, dir)) {
                s.scan();
                v = version(minor, s);
                src.put("releases_tried", e.getValue());
                src.put("artifacts", new TreeMap<>(s.releases));
            }
            if (previous != null) {
                v.put("changes_since_previous", changes(previousMinor, previous, v));
            }
            vs.put(minor, v);
            srcVersions.put(minor, src);
            previous = v;
            previousMinor = minor;
        }
        Map<String, Object> source = new TreeMap<>();
        Map<String, Object> flink = new TreeMap<>();
        flink.put("how", "the ConfigOption fields of the jars of org.apache.flink artifacts, read by reflection"
                + " (tools/optionsgen); each artifact at the first release of releases_tried that Maven serves");
        flink.put("versions", srcVersions);
        source.put("flink", flink);
        source.put("operator", Main.asMap(legacy.get("operator_source")));
        out.put("source", source);
        out.put("versions", vs);
        out.put("operator", legacy.get("operator"));
        return out;
    }

    /** A key and every field that defines it. */
    private static final class Key {
        final String key;
        final List<Scanner.Opt> defs = new ArrayList<>();

        Key(String key) {
            this.key = key;
        }

        Scanner.Opt primary() {
            return defs.get(0);
        }

        boolean deprecated() {
            return defs.stream().allMatch(o -> o.deprecated);
        }
    }

    private static boolean documentable(Scanner.Opt o) {
        String simple = o.className.substring(o.className.lastIndexOf('.') + 1);
        simple = simple.substring(simple.lastIndexOf('$') + 1);
        // The docs generator reads public fields (Class.getFields) only.
        return o.publicField && !o.deprecated && !o.excluded && !o.scala && !o.template
                && DOCS_CLASS.matcher(simple).matches() && !INTERNAL_KEY.matcher(o.key).find();
    }

    private static String fullKey(Scanner.Opt o) {
        return o.suffixOf == null ? o.key : o.suffixOf + "." + o.key;
    }

    private static boolean templated(String key) {
        for (String seg : key.split("\\.", -1)) {
            if (placeholder(seg)) {
                return true;
            }
        }
        return false;
    }

    private static boolean placeholder(String seg) {
        return seg.equals("#") || (seg.length() > 2 && seg.startsWith("<") && seg.endsWith(">"));
    }

    /** The regex of a templated key: a placeholder is one segment, or the rest of the key when it is last. */
    static String regex(String key) {
        String[] segs = key.split("\\.", -1);
        StringBuilder b = new StringBuilder("^");
        for (int i = 0; i < segs.length; i++) {
            if (i > 0) {
                b.append("\\.");
            }
            if (placeholder(segs[i])) {
                b.append(i == segs.length - 1 ? ".+" : "[^.]+");
            } else {
                for (char c : segs[i].toCharArray()) {
                    if ("\\^$.|?*+()[]{}-".indexOf(c) >= 0) {
                        b.append('\\');
                    }
                    b.append(c);
                }
            }
        }
        return b.append('$').toString();
    }

    private static boolean connector(String artifact) {
        return artifact.startsWith("flink-connector-") || artifact.startsWith("flink-formats");
    }

    private static boolean tableArtifact(String artifact) {
        return artifact.startsWith("flink-table-") || artifact.startsWith("flink-sql-");
    }

    private static boolean reporterArtifact(String artifact) {
        return artifact.startsWith("flink-metrics-") && !artifact.equals("flink-metrics-core");
    }

    private static String first(String key) {
        int i = key.indexOf('.');
        return i < 0 ? key : key.substring(0, i);
    }

    private Map<String, Object> version(String minor, Scanner s) {
        // Group the definitions by key; the primary definition of a key is a
        // documented, then live, then public one, then the first by source.
        Map<String, Key> keys = new TreeMap<>();
        for (Scanner.Opt o : s.options) {
            keys.computeIfAbsent(fullKey(o), Key::new).defs.add(o);
        }
        Comparator<Scanner.Opt> best = Comparator.<Scanner.Opt, Boolean>comparing(o -> !documentable(o))
                .thenComparing(o -> o.deprecated).thenComparing(o -> !o.publicField)
                .thenComparing(Scanner.Opt::source);
        keys.values().forEach(k -> k.defs.sort(best));

        // The namespaces of documented keys outside the table ecosystem:
        // a table module's key outside them (and the table namespaces) is a
        // DDL or hint option, not a configuration key.
        Set<String> docNamespaces = new TreeSet<>();
        for (Key k : keys.values()) {
            Scanner.Opt p = k.primary();
            if (documentable(p) && !tableArtifact(p.artifact) && !connector(p.artifact)
                    && !reporterArtifact(p.artifact) && !p.artifact.equals("flink-state-processor-api")
                    && k.key.contains(".") && !templated(k.key)) {
                docNamespaces.add(first(k.key));
            }
        }

        Map<String, Object> options = new TreeMap<>();
        Map<String, Object> undocumented = new TreeMap<>();
        Map<String, Object> templatedOpts = new TreeMap<>();
        Map<String, Object> nonConfig = new TreeMap<>();
        Map<String, Object> relative = new TreeMap<>();
        List<Key> config = new ArrayList<>();
        for (Key k : keys.values()) {
            Scanner.Opt p = k.primary();
            Map<String, Object> ent = entry(k);
            if (connector(p.artifact)) {
                ent.put("kind", "connector");
                nonConfig.put(k.key, ent);
            } else if (INTERNAL_KEY.matcher(k.key).find()) {
                ent.put("internal", true);
                undocumented.put(k.key, ent);
                config.add(k);
            } else if (reporterArtifact(p.artifact) && (!k.key.contains(".") || !docNamespaces.contains(first(k.key)))) {
                // A reporter's own options, relative to its metrics.reporter.<name>.
                ent.put("module", p.artifact);
                Main.asMap(relative.computeIfAbsent(REPORTER_PREFIX, x -> new TreeMap<String, Object>())).put(k.key, ent);
            } else if (p.artifact.equals("flink-state-processor-api")
                    || (tableArtifact(p.artifact) && (!k.key.contains(".")
                            || !docNamespaces.contains(first(k.key)) && !TABLE_NAMESPACES.contains(first(k.key))))
                    || (!k.key.contains(".") && !(p.className.startsWith("org.apache.flink.configuration.")
                            && documentable(p)))) {
                // Table DDL, hint and savepoint-connector options, and relative
                // keys: a dotless key is a configuration key only where Flink's
                // own options classes document it (high-availability,
                // restart-strategy), not a reporter's deprecated "class".
                ent.put("kind", "non_config");
                nonConfig.put(k.key, ent);
            } else if (templated(k.key) || p.template) {
                ent.put("regex", regex(k.key));
                templatedOpts.put(k.key, ent);
                config.add(k);
            } else if (k.defs.stream().anyMatch(Generator::documentable)) {
                options.put(k.key, ent);
                config.add(k);
            } else {
                undocumented.put(k.key, ent);
                config.add(k);
            }
        }

        // Keys of artifacts Maven serves at no release of this minor: from the
        // dataset before this tool, where it had them (legacy.json).
        List<String> missing = new ArrayList<>();
        s.releases.forEach((a, r) -> {
            if (r.equals("-")) {
                missing.add(a);
            }
        });
        List<String> filled = new ArrayList<>();
        Map<String, Object> gapFill = Main.asMap(Main.asMap(legacy.get("gaps")).get(minor));
        Map<String, List<String>> legacyDeprecated = new TreeMap<>();
        Map<String, List<String>> legacyFallback = new TreeMap<>();
        for (String a : missing) {
            Map<String, Object> g = Main.asMap(gapFill.get(a));
            if (g.isEmpty()) {
                warnings.add("Flink " + minor + ": " + a + " is served at no release and legacy.json has nothing for it");
                continue;
            }
            for (String section : List.of("options", "undocumented_options")) {
                Map<String, Object> target = section.equals("options") ? options : undocumented;
                Main.asMap(g.get(section)).forEach((key, val) -> {
                    if (!keys.containsKey(key)) {
                        Map<String, Object> ent = new TreeMap<>(Main.asMap(val));
                        ent.put("from_old_dataset", true);
                        target.put(key, ent);
                        filled.add(key);
                    }
                });
            }
            Main.asMap(g.get("deprecated")).forEach((old, cur) ->
                    legacyDeprecated.computeIfAbsent(old, x -> new ArrayList<>()).add((String) cur));
            Main.asMap(g.get("fallback")).forEach((fb, opts) -> {
                for (Object o : (List<?>) opts) {
                    legacyFallback.computeIfAbsent(fb, x -> new ArrayList<>()).add((String) o);
                }
            });
        }

        // Deprecated and fallback keys of the configuration options.
        Map<String, TreeSet<String>> deprecatedBy = new TreeMap<>();
        Map<String, TreeSet<String>> fallbackBy = new TreeMap<>();
        List<String> selfDeprecated = new ArrayList<>();
        List<String> deprecatedOptions = new ArrayList<>();
        for (Key k : config) {
            for (Scanner.Opt o : k.defs) {
                for (String d : o.deprecatedKeys) {
                    if (d.equals(k.key)) {
                        selfDeprecated.add(d);
                    } else {
                        deprecatedBy.computeIfAbsent(d, x -> new TreeSet<>()).add(k.key);
                    }
                }
                for (String f : o.fallbackKeys) {
                    if (!f.equals(k.key)) {
                        fallbackBy.computeIfAbsent(f, x -> new TreeSet<>()).add(k.key);
                    }
                }
            }
            if (k.deprecated()) {
                deprecatedOptions.add(k.key);
            }
        }
        legacyDeprecated.forEach((old, curs) -> deprecatedBy.computeIfAbsent(old, x -> new TreeSet<>()).addAll(curs));
        legacyFallback.forEach((fb, opts) -> fallbackBy.computeIfAbsent(fb, x -> new TreeSet<>()).addAll(opts));
        Map<String, Object> deprecated = new TreeMap<>();
        Map<String, Object> deprecatedMulti = new TreeMap<>();
        deprecatedBy.forEach((old, curs) -> {
            deprecated.put(old, curs.first());
            if (curs.size() > 1) {
                deprecatedMulti.put(old, new ArrayList<>(curs));
            }
        });
        Map<String, Object> fallback = new TreeMap<>();
        fallbackBy.forEach((fb, opts) -> fallback.put(fb, new ArrayList<>(opts)));

        // Open prefix families.
        Map<String, Object> prefixDetails = new TreeMap<>();
        for (String t : templatedOpts.keySet()) {
            String[] segs = t.split("\\.");
            if (segs.length > 1 && placeholder(segs[segs.length - 1]) && !segs[segs.length - 1].equals("#")) {
                String fam = t.substring(0, t.lastIndexOf('.')) + ".*";
                Map<String, Object> d = Main.asMap(prefixDetails.computeIfAbsent(fam, x -> family("")));
                d.put("how", ((String) d.get("how")).isEmpty()
                        ? "templated key(s) ending in a placeholder: " + t : d.get("how") + ", " + t);
            }
        }
        for (Map<String, Object> sec : List.of(options, undocumented)) {
            sec.forEach((key, val) -> {
                if ("Map".equals(Main.asMap(val).get("type"))) {
                    Map<String, Object> d = family("Map-typed option: Flink also accepts '<key>.<mapkey>: <value>'"
                            + " (ConfigurationUtils.canBePrefixMap)");
                    d.put("map_option", key);
                    prefixDetails.put(key + ".*", d);
                }
            });
        }
        for (String[] pc : Scanner.PREFIX_CONSTANTS) {
            String value = s.constants.get(pc[0] + "#" + pc[1]);
            if (value != null) {
                Map<String, Object> d = family("prefix constant " + pc[1] + ": " + pc[3]);
                d.put("evidence", pc[0]);
                prefixDetails.put(value + pc[2], d);
            }
        }
        for (String[] fp : FILESYSTEM_PREFIXES) {
            Map<String, Object> d = family("FLINK_CONFIG_PREFIXES of the file system plugin (" + fp[1]
                    + "): mirrored into its Hadoop or Presto configuration; not read from jars");
            prefixDetails.put(fp[0], d);
        }
        prefixDetails.put("$internal.*", family("keys Flink writes for itself; not user-facing"));

        Map<String, Object> v = new TreeMap<>();
        v.put("options", options);
        v.put("undocumented_options", undocumented);
        v.put("templated_options", templatedOpts);
        v.put("relative_options", relative);
        v.put("non_config_options", nonConfig);
        v.put("deprecated", deprecated);
        v.put("deprecated_multi", deprecatedMulti);
        v.put("fallback", fallback);
        v.put("deprecated_options", deprecatedOptions);
        v.put("prefixes", new ArrayList<>(prefixDetails.keySet()));
        v.put("prefix_details", prefixDetails);
        Map<String, Object> counts = new TreeMap<>();
        counts.put("documented_options", options.size());
        counts.put("undocumented_options", undocumented.size());
        counts.put("templated_options", templatedOpts.size());
        counts.put("non_config_options", nonConfig.size());
        counts.put("deprecated_keys", deprecated.size());
        counts.put("fallback_keys", fallback.size());
        counts.put("deprecated_options", deprecatedOptions.size());
        counts.put("prefixes", prefixDetails.size());
        counts.put("option_definitions", s.options.size());
        v.put("counts", counts);
        Map<String, Object> gaps = new TreeMap<>();
        gaps.put("artifacts_served_at_no_release", missing);
        gaps.put("keys_from_old_dataset", filled);
        gaps.put("unreadable", new TreeMap<>(s.unreadable));
        gaps.put("self_deprecated_keys", selfDeprecated);
        v.put("doc_namespaces", new ArrayList<>(docNamespaces));
        v.put("extraction_gaps", gaps);
        return v;
    }

    private static Map<String, Object> family(String how) {
        Map<String, Object> d = new TreeMap<>();
        d.put("open", true);
        d.put("how", how);
        return d;
    }

    private static Map<String, Object> entry(Key k) {
        Scanner.Opt p = k.primary();
        Map<String, Object> e = new TreeMap<>();
        e.put("type", p.type);
        e.put("default", p.defaultText);
        if (p.enumValues != null) {
            e.put("enum", p.enumValues);
        }
        TreeSet<String> dep = new TreeSet<>();
        TreeSet<String> fb = new TreeSet<>();
        TreeSet<String> sections = new TreeSet<>();
        for (Scanner.Opt o : k.defs) {
            dep.addAll(o.deprecatedKeys);
            fb.addAll(o.fallbackKeys);
            sections.addAll(o.sections);
        }
        dep.remove(k.key);
        fb.remove(k.key);
        if (!dep.isEmpty()) {
            e.put("deprecated_keys", new ArrayList<>(dep));
        }
        if (!fb.isEmpty()) {
            e.put("fallback_keys", new ArrayList<>(fb));
        }
        if (!sections.isEmpty()) {
            e.put("sections", new ArrayList<>(sections));
        }
        if (k.deprecated()) {
            e.put("deprecated", true);
        }
        if (k.defs.stream().allMatch(o -> o.excluded)) {
            e.put("excluded_from_docs", true);
        }
        if (p.suffixOf != null) {
            e.put("suffix_option", p.suffixOf);
        }
        if (p.scala) {
            e.put("scala", true);
        }
        e.put("source", p.source());
        if (k.defs.size() > 1) {
            List<String> all = new ArrayList<>();
            k.defs.forEach(o -> all.add(o.source()));
            e.put("sources", all);
        }
        return e;
    }

    /** Keys a version knows in any way, for changes_since_previous. */
    private static Set<String> known(Map<String, Object> v) {
        Set<String> s = new TreeSet<>();
        for (String sec : List.of("options", "undocumented_options", "templated_options", "deprecated", "fallback")) {
            s.addAll(Main.asMap(v.get(sec)).keySet());
        }
        return s;
    }

    private static Set<String> optionKeys(Map<String, Object> v) {
        Set<String> s = new TreeSet<>();
        for (String sec : List.of("options", "undocumented_options", "templated_options")) {
            s.addAll(Main.asMap(v.get(sec)).keySet());
        }
        return s;
    }

    private static Map<String, Object> changes(String prevMinor, Map<String, Object> prev, Map<String, Object> cur) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("previous", prevMinor);
        Set<String> pk = known(prev), ck = known(cur);
        Set<String> po = optionKeys(prev), co = optionKeys(cur);
        c.put("added_options", minus(co, po));
        c.put("removed", minus(pk, ck));
        c.put("newly_deprecated_keys", minus(Main.asMap(cur.get("deprecated")).keySet(),
                Main.asMap(prev.get("deprecated")).keySet()));
        @SuppressWarnings("unchecked")
        List<String> pd = (List<String>) prev.get("deprecated_options");
        @SuppressWarnings("unchecked")
        List<String> cd = (List<String>) cur.get("deprecated_options");
        c.put("newly_deprecated_options", minus(new TreeSet<>(cd), new TreeSet<>(pd)));
        return c;
    }

    private static List<String> minus(Set<String> a, Set<String> b) {
        List<String> out = new ArrayList<>();
        for (String x : a) {
            if (!b.contains(x)) {
                out.add(x);
            }
        }
        return out;
    }
}
