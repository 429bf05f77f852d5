package flinklint.optionsgen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Which keys changed between two datasets, per version, as markdown. */
final class Diff {
    private Diff() {}

    private static final List<String> OPTION_SECTIONS = List.of("options", "undocumented_options", "templated_options");

    static String markdown(Map<String, Object> oldDs, Map<String, Object> newDs) {
        Map<String, Object> ov = Main.asMap(oldDs.get("versions"));
        Map<String, Object> nv = Main.asMap(newDs.get("versions"));
        Set<String> minors = new TreeSet<>((a, b) -> compareMinor(a, b));
        minors.addAll(ov.keySet());
        minors.addAll(nv.keySet());
        StringBuilder b = new StringBuilder();
        StringBuilder table = new StringBuilder();
        table.append("| version | options added | options removed | type changed | default changed"
                + " | deprecated keys added | deprecated keys removed | known keys added | known keys removed |\n");
        table.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (String m : minors) {
            Map<String, Object> o = Main.asMap(ov.get(m));
            Map<String, Object> n = Main.asMap(nv.get(m));
            Map<String, Map<String, Object>> oo = options(o), no = options(n);
            List<String> added = minus(no.keySet(), oo.keySet());
            List<String> removed = minus(oo.keySet(), no.keySet());
            List<String> typeChanged = new ArrayList<>();
            List<String> defaultChanged = new ArrayList<>();
            for (String k : oo.keySet()) {
                if (!no.containsKey(k)) {
                    continue;
                }
                Object ot = oo.get(k).get("type"), nt = no.get(k).get("type");
                if (!Objects.equals(ot, nt)) {
                    typeChanged.add(k + ": " + ot + " → " + nt);
                }
                // The old dataset has defaults for documented options only.
                Object od = oo.get(k).get("default"), nd = no.get(k).get("default");
                if (od != null && nd != null && !Objects.equals(od, nd)) {
                    defaultChanged.add(k + ": " + od + " → " + nd);
                }
            }
            Set<String> od = Main.asMap(o.get("deprecated")).keySet(), nd = Main.asMap(n.get("deprecated")).keySet();
            List<String> depAdded = minus(nd, od), depRemoved = minus(od, nd);
            Set<String> ok = known(o), nk = known(n);
            List<String> knownAdded = minus(nk, ok), knownRemoved = minus(ok, nk);
            table.append(String.format("| %s | %d | %d | %d | %d | %d | %d | %d | %d |\n", m, added.size(),
                    removed.size(), typeChanged.size(), defaultChanged.size(), depAdded.size(), depRemoved.size(),
                    knownAdded.size(), knownRemoved.size()));
            b.append("\n## Flink ").append(m).append("\n");
            if (o.isEmpty()) {
                b.append("\nNew in the dataset: ").append(no.size()).append(" options, ")
                        .append(nd.size()).append(" deprecated keys.\n");
                continue;
            }
            section(b, "Options added", added);
            section(b, "Options removed", removed);
            section(b, "Type changed", typeChanged);
            section(b, "Default changed", defaultChanged);
            section(b, "Deprecated keys added", depAdded);
            section(b, "Deprecated keys removed", depRemoved);
            section(b, "Known keys removed (no longer an option, deprecated or fallback key)", knownRemoved);
        }
        return "## Counts\n\n" + table + b;
    }

    private static void section(StringBuilder b, String title, List<String> items) {
        b.append("\n### ").append(title).append(" (").append(items.size()).append(")\n");
        if (items.isEmpty()) {
            return;
        }
        b.append('\n');
        for (String s : items) {
            b.append("- `").append(s.replace("`", "'")).append("`\n");
        }
    }

    private static Map<String, Map<String, Object>> options(Map<String, Object> v) {
        Map<String, Map<String, Object>> out = new java.util.TreeMap<>();
        for (String sec : OPTION_SECTIONS) {
            Main.asMap(v.get(sec)).forEach((k, e) -> out.putIfAbsent(k, Main.asMap(e)));
        }
        return out;
    }

    private static Set<String> known(Map<String, Object> v) {
        Set<String> s = new TreeSet<>(options(v).keySet());
        s.addAll(Main.asMap(v.get("deprecated")).keySet());
        s.addAll(Main.asMap(v.get("fallback")).keySet());
        return s;
    }

    private static List<String> minus(Set<String> a, Set<String> b) {
        List<String> out = new ArrayList<>();
        for (String x : new TreeSet<>(a)) {
            if (!b.contains(x)) {
                out.add(x);
            }
        }
        return out;
    }

    static int compareMinor(String a, String b) {
        String[] x = a.split("\\."), y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
