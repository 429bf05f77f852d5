package dev.flinklint.oracle;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.checkpoint.Checkpoints;
import org.apache.flink.runtime.checkpoint.OperatorState;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.checkpoint.metadata.CheckpointMetadata;
import org.apache.flink.runtime.execution.ExecutionState;
import org.apache.flink.runtime.executiongraph.AccessExecutionGraph;
import org.apache.flink.runtime.executiongraph.AccessExecutionVertex;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.runtime.state.OperatorStateHandle;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.streaming.api.graph.StreamNode;

/**
 * Flink's own answer to "is this operator stateful": runs a job on a
 * MiniCluster until every task runs and records have flowed, takes a
 * canonical savepoint, cancels the job, and reads which operator IDs the
 * savepoint holds state for (keyed, operator list/union/broadcast, raw, or
 * an operator coordinator's).
 */
final class SavepointProbe implements AutoCloseable {

    /** How long records flow before the savepoint (the jobs' sources are rate limited). */
    static final Duration RUN_FOR = Duration.ofMillis(2500);
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private MiniCluster cluster;
    private Path scratch;

    private MiniCluster cluster() throws Exception {
        if (cluster == null) {
            Configuration conf = new Configuration();
            conf.set(TaskManagerOptions.NUM_TASK_SLOTS, 16);
            conf.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.parse("256m"));
            conf.set(TaskManagerOptions.NETWORK_MEMORY_MIN, MemorySize.parse("128m"));
            conf.set(TaskManagerOptions.NETWORK_MEMORY_MAX, MemorySize.parse("128m"));
            conf.set(RestOptions.BIND_PORT, "0");
            conf.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
            conf.set(RestOptions.ADDRESS, "127.0.0.1");
            cluster = new MiniCluster(new MiniClusterConfiguration.Builder()
                    .setConfiguration(conf)
                    .setNumTaskManagers(1)
                    .setNumSlotsPerTaskManager(16)
                    .build());
            cluster.start();
            scratch = Files.createTempDirectory("flinklint-oracle-");
        }
        return cluster;
    }

    Map<String, Object> probe(StreamGraph graph, GraphDescriber described) throws Exception {
        MiniCluster mc = cluster();
        JobGraph jobGraph = graph.getJobGraph();
        JobID id = jobGraph.getJobID();
        mc.submitJob(jobGraph).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        String path;
        try {
            awaitRunning(mc, id);
            Thread.sleep(RUN_FOR.toMillis());
            JobStatus status = mc.getJobStatus(id).get();
            if (status != JobStatus.RUNNING) {
                throw new IllegalStateException("job is " + status + " before the savepoint: its sources must not end");
            }
            path = mc.triggerSavepoint(id, scratch.resolve(id.toHexString()).toUri().toString(), false, SavepointFormatType.CANONICAL)
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            cancel(mc, id);
        }
        CheckpointMetadata meta = load(path);
        Map<String, OperatorState> byId = new TreeMap<>();
        for (OperatorState s : meta.getOperatorStates()) {
            byId.put(s.getOperatorID().toHexString(), s);
        }
        List<Object> operators = new ArrayList<>();
        List<Integer> stateful = new ArrayList<>();
        for (Map.Entry<Integer, StreamNode> e : described.nodesByRank().entrySet()) {
            String opId = described.operatorId(e.getValue().getId());
            // A checkpoint stores state under the generated ID; a setUidHash
            // only tells a restore which stored ID to read.
            OperatorState s = byId.remove(described.generatedOperatorId(e.getValue().getId()));
            OperatorState sAlso = byId.remove(opId);
            if (s == null) {
                s = sAlso;
            }
            Map<String, Object> m = describeState(s);
            m.put("node", e.getKey());
            m.put("operatorId", opId);
            boolean holds = (boolean) m.get("holdsState");
            if (holds) {
                stateful.add(e.getKey());
            }
            operators.add(m);
        }
        if (!byId.isEmpty()) {
            StringBuilder known = new StringBuilder();
            for (Map.Entry<Integer, StreamNode> e : described.nodesByRank().entrySet()) {
                known.append(' ').append(e.getKey()).append('=').append(described.operatorId(e.getValue().getId()));
            }
            throw new IllegalStateException("savepoint holds operator IDs no stream node has: " + byId.keySet() + "; nodes:" + known);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("statefulNodes", stateful);
        out.put("operators", operators);
        deleteTree(Path.of(java.net.URI.create(path)));
        return out;
    }

    private static Map<String, Object> describeState(OperatorState s) {
        boolean keyed = false;
        boolean raw = false;
        TreeSet<String> operatorState = new TreeSet<>();
        boolean coordinator = false;
        if (s != null) {
            coordinator = s.getCoordinatorState() != null;
            for (OperatorSubtaskState st : s.getStates()) {
                keyed |= st.getManagedKeyedState().hasState();
                raw |= st.getRawKeyedState().hasState() || st.getRawOperatorState().hasState();
                for (OperatorStateHandle h : st.getManagedOperatorState()) {
                    operatorState.addAll(h.getStateNameToPartitionOffsets().keySet());
                }
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("holdsState", keyed || raw || coordinator || !operatorState.isEmpty());
        m.put("keyedState", keyed);
        m.put("operatorState", new ArrayList<>(operatorState));
        m.put("rawState", raw);
        m.put("coordinatorState", coordinator);
        return m;
    }

    private static void awaitRunning(MiniCluster mc, JobID id) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JobStatus status = mc.getJobStatus(id).get();
            if (status.isTerminalState()) {
                Throwable cause = mc.requestJobResult(id).get().getSerializedThrowable()
                        .map(t -> (Throwable) t).orElse(null);
                throw new IllegalStateException("job ended as " + status + " before the savepoint", cause);
            }
            if (status == JobStatus.RUNNING && allTasksRunning(mc.getExecutionGraph(id).get())) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("job did not start within " + TIMEOUT);
    }

    private static boolean allTasksRunning(AccessExecutionGraph eg) {
        for (AccessExecutionVertex v : eg.getAllExecutionVertices()) {
            if (v.getExecutionState() != ExecutionState.RUNNING) {
                return false;
            }
        }
        return true;
    }

    private static void cancel(MiniCluster mc, JobID id) throws Exception {
        if (!mc.getJobStatus(id).get().isGloballyTerminalState()) {
            mc.cancelJob(id).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
        mc.requestJobResult(id).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static CheckpointMetadata load(String pointer) throws IOException {
        Path dir = Path.of(java.net.URI.create(pointer));
        try (InputStream in = Files.newInputStream(dir.resolve("_metadata"));
                DataInputStream data = new DataInputStream(in)) {
            return Checkpoints.loadCheckpointMetadata(data, SavepointProbe.class.getClassLoader(), pointer);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    @Override
    public void close() throws Exception {
        if (cluster != null) {
            cluster.close();
            deleteTree(scratch);
        }
    }
}
