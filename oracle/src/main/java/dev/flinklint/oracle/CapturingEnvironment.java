package dev.flinklint.oracle;

import java.util.ArrayList;
import java.util.List;

import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.dag.Transformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;

/**
 * The environment a job's {@code main} gets while the oracle plans it. Like
 * flink-clients' StreamPlanEnvironment, it lets the job build its pipeline
 * and stops it at {@code execute}: the stream graph is generated exactly as
 * for a submission, kept, and {@link Captured} unwinds {@code main}. It also
 * keeps the transformations the job created, which the stream graph no longer
 * names (sink V2 expands into writer and committer nodes).
 */
final class CapturingEnvironment extends StreamExecutionEnvironment {

    /** Thrown from execute once the graph is captured; never a job failure. */
    static final class Captured extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Captured() {
            super("pipeline captured", null, false, false);
        }
    }

    /** The environments created since the last {@link #install}, in order. */
    static final List<CapturingEnvironment> CREATED = new ArrayList<>();

    private List<Transformation<?>> userTransformations = List.of();
    private java.util.Map<String, String> codeConfiguration = java.util.Map.of();
    private Object legacyStateBackend;
    private StreamGraph graph;

    private CapturingEnvironment(Configuration configuration) {
        super(configuration);
    }

    /**
     * Makes every {@code getExecutionEnvironment(conf)} of this thread return a
     * capturing environment over {@code base} plus the job's own configuration.
     */
    static void install(Configuration base) {
        CREATED.clear();
        initializeContextEnvironment(
                jobConf -> {
                    Configuration merged = new Configuration(base);
                    merged.addAll(jobConf);
                    CapturingEnvironment env = new CapturingEnvironment(merged);
                    CREATED.add(env);
                    return env;
                });
    }

    static void uninstall() {
        resetContextEnvironment();
    }

    /** The transformations the job created, as they were at execute. */
    List<Transformation<?>> userTransformations() {
        return userTransformations;
    }

    /** The stream graph execute would have submitted; null before execute. */
    StreamGraph graph() {
        return graph;
    }

    /** The configuration the job gave this environment, code settings included. */
    Configuration configuration() {
        return (Configuration) getConfiguration();
    }

    /**
     * The configuration as the job's code left it, taken at execute before
     * graph generation adds what Flink derives (batch mode sets its own
     * state backend and buffer timeout).
     */
    java.util.Map<String, String> codeConfiguration() {
        return codeConfiguration;
    }

    /** The state backend set with setStateBackend (Flink 1.x), or null. */
    Object legacyStateBackend() {
        return legacyStateBackend;
    }

    private void keepTransformations() {
        if (transformations.isEmpty()) {
            return;
        }
        userTransformations = new ArrayList<>(transformations);
        codeConfiguration = new java.util.TreeMap<>(configuration().toMap());
        try {
            legacyStateBackend = StreamExecutionEnvironment.class.getMethod("getStateBackend").invoke(this);
        } catch (NoSuchMethodException e) {
            legacyStateBackend = null; // Flink 2.x: state backends come from the configuration
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public JobExecutionResult execute(String jobName) throws Exception {
        keepTransformations();
        return super.execute(jobName);
    }

    @Override
    public JobClient executeAsync(String jobName) throws Exception {
        keepTransformations();
        return super.executeAsync(jobName);
    }

    @Override
    public StreamGraph getStreamGraph(boolean clearTransformations) {
        keepTransformations();
        return super.getStreamGraph(clearTransformations);
    }

    @Override
    public JobExecutionResult execute(StreamGraph streamGraph) {
        graph = streamGraph;
        throw new Captured();
    }

    @Override
    public JobClient executeAsync(StreamGraph streamGraph) {
        graph = streamGraph;
        throw new Captured();
    }
}
