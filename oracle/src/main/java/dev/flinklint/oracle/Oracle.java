package dev.flinklint.oracle;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;


import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.runtime.util.EnvironmentInformation;

/**
 * The oracle: asks Flink what it builds for each oracle job and writes one
 * JSON per job. For every job it runs {@code main} under a
 * {@link CapturingEnvironment} (the way Flink's client plans a program: the
 * pipeline is built, nothing is submitted), describes the stream graph, the
 * chains and the operator IDs ({@link GraphDescriber}); for a job marked
 * {@code // oracle: run} it also runs the job on a MiniCluster, takes a
 * savepoint and records which operator IDs hold state in it
 * ({@link SavepointProbe}).
 *
 * <pre>
 * Oracle --line flink1 --jobs testdata/oracle/jobs --out testdata/oracle/golden/flink1 [--only Class ...]
 * </pre>
 *
 * Jobs are the classes with a {@code public static void main} in the folders
 * {@code common} and {@code <line>} under --jobs. Output is deterministic:
 * node ids are renumbered by creation order, maps are sorted, nothing depends
 * on the time or the JVM.
 */
public final class Oracle {

    /** The default parallelism a job gets when it sets none, as `-p 2` would. */
    static final int DEFAULT_PARALLELISM = 2;

    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
    private static final Pattern MAIN =
            Pattern.compile("public\\s+static\\s+void\\s+main\\s*\\(\\s*(final\\s+)?String");
    private static final Pattern RUN_MARKER = Pattern.compile("(?m)^\\s*//\\s*oracle:\\s*run\\b");

    record Job(String className, Path source, boolean runnable) {}

    public static void main(String[] args) throws Exception {
        String line = null;
        Path jobs = null;
        Path out = null;
        List<String> only = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--line" -> line = args[++i];
                case "--jobs" -> jobs = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--only" -> only.add(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (line == null || jobs == null || out == null) {
            System.err.println("usage: Oracle --line flink1|flink2 --jobs DIR --out DIR [--only CLASS]");
            System.exit(2);
        }
        List<Job> found = discover(jobs, line);
        if (!only.isEmpty()) {
            found.removeIf(j -> !only.contains(simpleName(j.className())));
        }
        Files.createDirectories(out);
        // Jobs print (print sinks run in this JVM): keep stdout and stderr
        // quiet and report on the original stderr.
        java.io.PrintStream log = System.err;
        System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        if (only.isEmpty()) {
            removeStale(out, found);
        }
        int failures = 0;
        try (SavepointProbe probe = new SavepointProbe()) {
            for (Job job : found) {
                try {
                    Map<String, Object> doc = describe(job, line, probe);
                    Path file = out.resolve(simpleName(job.className()) + ".json");
                    String json = Json.write(doc);
                    Files.writeString(file, json, StandardCharsets.UTF_8);
                    log.printf("oracle: %s %s%n", job.className(), job.runnable() ? "planned and run" : "planned");
                } catch (Exception | LinkageError e) {
                    failures++;
                    log.printf("oracle: %s FAILED: %s%n", job.className(), e);
                    e.printStackTrace(log);
                }
            }
        }
        log.printf("oracle: %d jobs, %d failed (Flink %s)%n", found.size(), failures, EnvironmentInformation.getVersion());
        System.exit(failures == 0 ? 0 : 1);
    }

    /** Plans the job, describes its graph, and probes its state when it can run. */
    static Map<String, Object> describe(Job job, String line, SavepointProbe probe) throws Exception {
        Configuration base = new Configuration();
        base.set(CoreOptions.DEFAULT_PARALLELISM, DEFAULT_PARALLELISM);
        CapturingEnvironment.install(base);
        try {
            Class<?> cls = Class.forName(job.className());
            Method main = cls.getMethod("main", String[].class);
            try {
                main.invoke(null, (Object) new String[0]);
                throw new IllegalStateException("main returned without calling execute");
            } catch (InvocationTargetException e) {
                if (!(e.getCause() instanceof CapturingEnvironment.Captured)) {
                    throw e;
                }
            }
            List<CapturingEnvironment> envs = new ArrayList<>(CapturingEnvironment.CREATED);
            envs.removeIf(env -> env.graph() == null);
            if (envs.size() != 1) {
                throw new IllegalStateException("expected one executed environment, got " + envs.size());
            }
            CapturingEnvironment env = envs.get(0);
            GraphDescriber graph = new GraphDescriber(env, base);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("job", job.className());
            doc.put("source", job.source().getFileName().toString());
            doc.put("line", line);
            doc.put("flinkVersion", EnvironmentInformation.getVersion());
            doc.put("defaultParallelism", DEFAULT_PARALLELISM);
            doc.putAll(graph.describe());
            if (job.runnable()) {
                doc.put("savepoint", probe.probe(env.graph(), graph));
            }
            return doc;
        } finally {
            CapturingEnvironment.uninstall();
        }
    }

    /** The job classes under jobs/common and jobs/line, sorted by class name. */
    static List<Job> discover(Path jobs, String line) throws IOException {
        TreeMap<String, Job> byName = new TreeMap<>();
        for (String dir : List.of("common", line)) {
            Path root = jobs.resolve(dir);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    String src = Files.readString(p, StandardCharsets.UTF_8);
                    if (!MAIN.matcher(src).find()) {
                        continue;
                    }
                    Matcher pkg = PACKAGE.matcher(src);
                    String simple = p.getFileName().toString().replaceFirst("\\.java$", "");
                    String name = pkg.find() ? pkg.group(1) + "." + simple : simple;
                    Job prev = byName.put(name, new Job(name, p, RUN_MARKER.matcher(src).find()));
                    if (prev != null) {
                        throw new IllegalStateException(name + " is defined twice: " + prev.source() + " and " + p);
                    }
                }
            }
        }
        return new ArrayList<>(byName.values());
    }

    /** Deletes JSON files of jobs that no longer exist. */
    private static void removeStale(Path out, List<Job> jobs) throws IOException {
        List<String> keep = jobs.stream().map(j -> simpleName(j.className()) + ".json").toList();
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.toList()) {
                if (f.toString().endsWith(".json") && !keep.contains(f.getFileName().toString())) {
                    Files.delete(f);
                }
            }
        }
    }

    static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
