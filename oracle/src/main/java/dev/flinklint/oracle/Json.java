package dev.flinklint.oracle;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes the oracle's documents as JSON, indented by one space per level
 * like the golden files, keys in the order the maps give them. A hand-written
 * writer for the six value kinds the oracle emits: a JSON library would have
 * to agree with the Jackson versions Flink's connectors pull in, for no gain.
 */
final class Json {
    private Json() {}

    static String write(Object value) {
        StringBuilder b = new StringBuilder();
        write(b, value, 0);
        return b.append('\n').toString();
    }

    private static void write(StringBuilder b, Object v, int depth) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof String s) {
            string(b, s);
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            b.append(v);
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                b.append("{}");
                return;
            }
            b.append('{');
            Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                newline(b, depth + 1);
                string(b, String.valueOf(e.getKey()));
                b.append(": ");
                write(b, e.getValue(), depth + 1);
                if (it.hasNext()) {
                    b.append(',');
                }
            }
            newline(b, depth);
            b.append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                b.append("[]");
                return;
            }
            boolean flat = l.stream().allMatch(x -> x instanceof Integer || x instanceof Long);
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (flat) {
                    if (i > 0) {
                        b.append(", ");
                    }
                } else {
                    newline(b, depth + 1);
                }
                write(b, l.get(i), depth + 1);
                if (!flat && i < l.size() - 1) {
                    b.append(',');
                }
            }
            if (!flat) {
                newline(b, depth);
            }
            b.append(']');
        } else {
            throw new IllegalArgumentException("cannot write " + v.getClass() + " as JSON");
        }
    }

    private static void newline(StringBuilder b, int depth) {
        b.append('\n');
        b.append(" ".repeat(depth));
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
