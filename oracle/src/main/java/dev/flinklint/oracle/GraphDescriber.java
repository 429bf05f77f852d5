package dev.flinklint.oracle;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.flink.api.dag.Transformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobgraph.JobVertex;
import org.apache.flink.runtime.jobgraph.OperatorID;
import org.apache.flink.runtime.OperatorIDPair;
import org.apache.flink.streaming.api.environment.CheckpointConfig;
import org.apache.flink.streaming.api.graph.StreamEdge;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.streaming.api.graph.StreamGraphHasherV2;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.apache.flink.streaming.api.operators.StreamOperatorFactory;
import org.apache.flink.util.StringUtils;

/**
 * Describes one captured pipeline as Flink sees it: the user-level
 * operators (one per transformation that became stream nodes, in creation
 * order), every stream node with its operator ID, the edges and their
 * partitioners, the chains of the job graph, and the job's checkpoint and
 * configuration settings.
 *
 * <p>Stream node ids come from a JVM-wide counter, so they are renumbered 1…n
 * in id order (creation order); operator IDs do not depend on the absolute
 * ids, only on their order, so they are Flink's own.
 */
final class GraphDescriber {

    private final CapturingEnvironment env;
    private final Configuration base;
    private final StreamGraph graph;
    /** stream node id → rank (1-based, in id order). */
    private final Map<Integer, Integer> rank = new HashMap<>();
    /** stream node id → operator ID hash Flink generates. */
    private final Map<Integer, byte[]> hashes;
    /** stream node id → effective operator ID (setUidHash wins), hex. */
    private final Map<Integer, String> operatorIds = new HashMap<>();
    /** stream node id → chain index. */
    private final Map<Integer, Integer> chainOf = new HashMap<>();
    private final List<List<Integer>> chains = new ArrayList<>();
    private final Map<Integer, String> iterationNames = new HashMap<>();
    private static final java.util.regex.Pattern ITERATION =
            java.util.regex.Pattern.compile("(IterationSource|IterationSink)-(\\d+)");

    GraphDescriber(CapturingEnvironment env, Configuration base) {
        this.env = env;
        this.base = base;
        this.graph = env.graph();
        List<Integer> ids = graph.getStreamNodes().stream().map(StreamNode::getId).sorted().toList();
        for (int i = 0; i < ids.size(); i++) {
            rank.put(ids.get(i), i + 1);
        }
        this.hashes = new StreamGraphHasherV2().traverseStreamGraphAndGenerateHashes(graph);
        // Iteration heads and tails are named after a JVM-wide counter
        // ("IterationSource-139"): number them within the job instead.
        Map<String, Integer> loops = new TreeMap<>();
        for (Integer id : ids) {
            String name = graph.getStreamNode(id).getOperatorName();
            java.util.regex.Matcher m = ITERATION.matcher(name);
            if (m.matches()) {
                loops.putIfAbsent(m.group(2), loops.size() + 1);
                iterationNames.put(id, m.group(1) + "-" + loops.get(m.group(2)));
            }
        }
        buildChains();
    }

    /** The effective operator ID of a stream node, as hex. */
    String operatorId(int nodeId) {
        return operatorIds.get(nodeId);
    }

    /** The operator ID Flink generates for a stream node, as hex: checkpoints store state under it. */
    String generatedOperatorId(int nodeId) {
        return StringUtils.byteToHexString(hashes.get(nodeId));
    }

    /** The stream nodes, by rank, with their ids. */
    Map<Integer, StreamNode> nodesByRank() {
        Map<Integer, StreamNode> m = new TreeMap<>();
        for (StreamNode n : graph.getStreamNodes()) {
            m.put(rank.get(n.getId()), n);
        }
        return m;
    }

    int rankOf(int nodeId) {
        return rank.get(nodeId);
    }

    private void buildChains() {
        Map<OperatorID, Integer> byGenerated = new HashMap<>();
        for (StreamNode n : graph.getStreamNodes()) {
            byte[] h = hashes.get(n.getId());
            if (h != null) {
                byGenerated.put(new OperatorID(h), n.getId());
            }
        }
        JobGraph jobGraph = graph.getJobGraph();
        List<List<Integer>> found = new ArrayList<>();
        for (JobVertex v : jobGraph.getVertices()) {
            List<Integer> members = new ArrayList<>();
            for (OperatorIDPair pair : v.getOperatorIDs()) {
                Integer node = byGenerated.get(pair.getGeneratedOperatorID());
                if (node == null) {
                    throw new IllegalStateException("job vertex " + v.getName() + " holds an operator no stream node hashes to");
                }
                members.add(node);
                OperatorID effective = pair.getUserDefinedOperatorID().orElse(pair.getGeneratedOperatorID());
                operatorIds.put(node, effective.toHexString());
            }
            members.sort(Comparator.comparing(rank::get));
            found.add(members);
        }
        found.sort(Comparator.comparing(c -> rank.get(c.get(0))));
        for (List<Integer> c : found) {
            for (Integer n : c) {
                chainOf.put(n, chains.size() + 1);
            }
            chains.add(c);
        }
    }

    Map<String, Object> describe() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("jobName", graph.getJobName());
        doc.put("settings", settings());
        doc.put("configuration", configuration());
        doc.put("operators", operators());
        List<Object> nodes = new ArrayList<>();
        for (Map.Entry<Integer, StreamNode> e : nodesByRank().entrySet()) {
            nodes.add(node(e.getKey(), e.getValue()));
        }
        doc.put("nodes", nodes);
        doc.put("edges", edges());
        List<Object> cs = new ArrayList<>();
        for (List<Integer> c : chains) {
            cs.add(c.stream().map(rank::get).toList());
        }
        doc.put("chains", cs);
        return doc;
    }

    /**
     * One entry per transformation the job created that became stream nodes,
     * in creation order: what a user sees as one operator (a sink V2 is one
     * operator with writer and committer nodes).
     */
    private List<Object> operators() {
        TreeMap<Integer, Transformation<?>> all = new TreeMap<>();
        // Inputs, not getTransitivePredecessors: a broadcast state
        // transformation's predecessors leave out its broadcast input.
        java.util.ArrayDeque<Transformation<?>> todo = new java.util.ArrayDeque<>(env.userTransformations());
        while (!todo.isEmpty()) {
            Transformation<?> t = todo.pop();
            if (all.put(t.getId(), t) == null) {
                todo.addAll(t.getInputs());
                todo.addAll(t.getTransitivePredecessors());
            }
        }
        Map<Integer, Integer> claimed = new HashMap<>();
        Map<Integer, List<Integer>> nodesOf = new TreeMap<>();
        for (Transformation<?> t : all.values()) {
            if (graph.getStreamNode(t.getId()) != null) {
                nodesOf.computeIfAbsent(t.getId(), k -> new ArrayList<>()).add(t.getId());
                claimed.put(t.getId(), t.getId());
            }
        }
        // Nodes no transformation of the job has: the expansion of a sink V2
        // (writer, committer, global committer, pre/post topologies) and
        // iteration heads and tails. They go to the transformation whose name
        // they extend ("<sink name>: Writer"), the longest name first.
        List<Transformation<?>> byNameLength = new ArrayList<>(all.values());
        byNameLength.sort(Comparator.comparing((Transformation<?> t) -> -t.getName().length()).thenComparing(Transformation::getId));
        List<Integer> orphans = new ArrayList<>();
        for (StreamNode n : graph.getStreamNodes()) {
            if (claimed.containsKey(n.getId())) {
                continue;
            }
            Transformation<?> owner = null;
            for (Transformation<?> t : byNameLength) {
                if (graph.getStreamNode(t.getId()) == null && n.getOperatorName().startsWith(t.getName() + ": ")) {
                    owner = t;
                    break;
                }
            }
            if (owner == null) {
                orphans.add(n.getId());
            } else {
                nodesOf.computeIfAbsent(owner.getId(), k -> new ArrayList<>()).add(n.getId());
            }
        }
        List<Object> out = new ArrayList<>();
        int seq = 0;
        for (Map.Entry<Integer, List<Integer>> e : nodesOf.entrySet()) {
            Transformation<?> t = all.get(e.getKey());
            Map<String, Object> op = new LinkedHashMap<>();
            op.put("seq", ++seq);
            op.put("transformation", t.getClass().getSimpleName());
            op.put("name", t.getName());
            op.put("uid", t.getUid());
            op.put("userHash", t.getUserProvidedNodeHash());
            op.put("parallelism", t.getParallelism());
            op.put("maxParallelism", t.getMaxParallelism());
            op.put("nodes", e.getValue().stream().map(rank::get).sorted().toList());
            out.add(op);
        }
        for (Integer n : orphans) {
            String name = graph.getStreamNode(n).getOperatorName();
            if (!name.startsWith("IterationSource") && !name.startsWith("IterationSink")) {
                throw new IllegalStateException("stream node " + name + " belongs to no transformation of the job");
            }
        }
        if (!orphans.isEmpty()) {
            Map<String, Object> op = new LinkedHashMap<>();
            op.put("seq", 0);
            op.put("transformation", "(nodes of no user transformation)");
            op.put("nodes", orphans.stream().map(rank::get).sorted().toList());
            out.add(op);
        }
        return out;
    }

    private Map<String, Object> node(int r, StreamNode n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r);
        m.put("name", iterationNames.getOrDefault(n.getId(), n.getOperatorName()));
        StreamOperatorFactory<?> factory = n.getOperatorFactory();
        m.put("operator", factory == null ? null : operatorClass(factory));
        m.put("function", userClass(factory));
        m.put("uid", n.getTransformationUID());
        m.put("userHash", n.getUserHash());
        m.put("operatorId", operatorIds.get(n.getId()));
        m.put("generatedOperatorId", StringUtils.byteToHexString(hashes.get(n.getId())));
        m.put("parallelism", n.getParallelism());
        m.put("maxParallelism", intGetter(n, "getMaxParallelism"));
        m.put("slotSharingGroup", n.getSlotSharingGroup());
        m.put("chainingStrategy", factory == null ? null : String.valueOf(factory.getChainingStrategy()));
        m.put("keyed", n.getStatePartitioners() != null && n.getStatePartitioners().length > 0);
        m.put("chain", chainOf.get(n.getId()));
        return m;
    }

    private List<Object> edges() {
        List<Object> out = new ArrayList<>();
        for (StreamEdge e : insertionOrder()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", rank.get(e.getSourceId()));
            m.put("to", rank.get(e.getTargetId()));
            m.put("input", e.getTypeNumber());
            m.put("partitioner", e.getPartitioner().toString());
            m.put("sideOutput", e.getOutputTag() == null ? null : e.getOutputTag().getId());
            m.put("chained", Objects.equals(chainOf.get(e.getSourceId()), chainOf.get(e.getTargetId())));
            out.add(m);
        }
        return out;
    }

    /**
     * The edges in an order Flink could have added them: every node's output
     * edges and input edges keep the order Flink keeps them in, which the
     * hasher depends on (outputs are walked, inputs mixed in, in that order).
     * Flink adds an edge to its source's outputs and its target's inputs at
     * once, so such an order exists; of those, the one that takes the
     * lowest (source, target) first.
     */
    private List<StreamEdge> insertionOrder() {
        List<StreamEdge> all = new ArrayList<>();
        Map<StreamEdge, List<StreamEdge>> after = new HashMap<>();
        Map<StreamEdge, Integer> waiting = new HashMap<>();
        for (StreamNode n : graph.getStreamNodes()) {
            all.addAll(n.getOutEdges());
        }
        for (StreamEdge e : all) {
            after.put(e, new ArrayList<>());
            waiting.put(e, 0);
        }
        for (StreamNode n : graph.getStreamNodes()) {
            for (List<StreamEdge> seq : List.of(n.getOutEdges(), n.getInEdges())) {
                for (int i = 1; i < seq.size(); i++) {
                    after.get(seq.get(i - 1)).add(seq.get(i));
                    waiting.merge(seq.get(i), 1, Integer::sum);
                }
            }
        }
        Comparator<StreamEdge> lowest = Comparator.comparing((StreamEdge e) -> rank.get(e.getSourceId()))
                .thenComparing(e -> rank.get(e.getTargetId()))
                .thenComparing(StreamEdge::getTypeNumber)
                .thenComparing(e -> String.valueOf(e.getOutputTag()));
        java.util.PriorityQueue<StreamEdge> ready = new java.util.PriorityQueue<>(lowest);
        for (StreamEdge e : all) {
            if (waiting.get(e) == 0) {
                ready.add(e);
            }
        }
        List<StreamEdge> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            StreamEdge e = ready.poll();
            order.add(e);
            for (StreamEdge next : after.get(e)) {
                if (waiting.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        if (order.size() != all.size()) {
            throw new IllegalStateException("the edges' orders contradict each other");
        }
        return order;
    }

    /** The settings the rules care about, as the graph has them (defaults included). */
    private Map<String, Object> settings() {
        Map<String, Object> s = new LinkedHashMap<>();
        CheckpointConfig cc = graph.getCheckpointConfig();
        s.put("checkpointingEnabled", cc.isCheckpointingEnabled());
        s.put("checkpointInterval", cc.getCheckpointInterval());
        s.put("checkpointingMode", String.valueOf(cc.getCheckpointingConsistencyMode()));
        s.put("externalizedCheckpointRetention", String.valueOf(cc.getExternalizedCheckpointRetention()));
        s.put("minPauseBetweenCheckpoints", cc.getMinPauseBetweenCheckpoints());
        s.put("checkpointTimeout", cc.getCheckpointTimeout());
        s.put("maxConcurrentCheckpoints", cc.getMaxConcurrentCheckpoints());
        s.put("unalignedCheckpoints", cc.isUnalignedCheckpointsEnabled());
        s.put("parallelism", graph.getExecutionConfig().getParallelism());
        s.put("maxParallelism", graph.getExecutionConfig().getMaxParallelism());
        s.put("chaining", graph.isChainingEnabled());
        s.put("runtimeMode", env.codeConfiguration().getOrDefault("execution.runtime-mode", "STREAMING"));
        // Flink 1.x keeps these in objects, not in the configuration; 2.x
        // removed the methods that set them.
        Object backend = env.legacyStateBackend();
        s.put("stateBackend", backend == null ? null : backend.getClass().getName());
        Object incremental = backend == null ? null : call(backend, "isIncrementalCheckpointsEnabled");
        s.put("incrementalCheckpoints", incremental);
        Object storage = call(cc, "getCheckpointStorage");
        if (storage == null && backend != null && call(backend, "getCheckpointPath") != null) {
            storage = backend; // FsStateBackend is its own checkpoint storage
        }
        s.put("checkpointStorage", storage == null ? null : storage.getClass().getName());
        Object dir = storage == null ? null : call(storage, "getCheckpointPath");
        s.put("checkpointDirectory", dir == null ? null : dir.toString());
        Object restart = call(graph.getExecutionConfig(), "getRestartStrategy");
        s.put("restartStrategy", restart == null ? null : restart.getClass().getSimpleName());
        return s;
    }

    /** o.name() when o has that public method; null when it has not. */
    private static Object call(Object o, String name) {
        try {
            return o.getClass().getMethod(name).invoke(o);
        } catch (NoSuchMethodException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The environment's configuration less what the oracle itself set. */
    private Map<String, String> configuration() {
        Map<String, String> baseMap = base.toMap();
        TreeMap<String, String> out = new TreeMap<>();
        for (Map.Entry<String, String> e : env.codeConfiguration().entrySet()) {
            if (!Objects.equals(baseMap.get(e.getKey()), e.getValue())) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    private static String operatorClass(StreamOperatorFactory<?> factory) {
        try {
            Method m = factory.getClass().getMethod("getOperator");
            Object op = m.invoke(factory);
            if (op != null) {
                return stableName(op.getClass());
            }
        } catch (ReflectiveOperationException ignored) {
            // not a SimpleOperatorFactory
        }
        try {
            Method m = factory.getClass().getMethod("getStreamOperatorClass", ClassLoader.class);
            Object c = m.invoke(factory, GraphDescriber.class.getClassLoader());
            if (c instanceof Class<?> cls) {
                return stableName(cls);
            }
        } catch (ReflectiveOperationException | RuntimeException ignored) {
            // some factories cannot name their operator class
        }
        return stableName(factory.getClass());
    }

    /** The user's function, source or sink class behind an operator factory. */
    static String userClass(StreamOperatorFactory<?> factory) {
        if (factory == null) {
            return null;
        }
        try {
            Method m = factory.getClass().getMethod("getUserFunction");
            Object f = m.invoke(factory);
            if (f != null) {
                return stableName(f.getClass());
            }
        } catch (ReflectiveOperationException ignored) {
            // not a UDF factory
        }
        Object found = field(factory, "source", "sink", "userFunction");
        if (found == null) {
            try {
                Object op = factory.getClass().getMethod("getOperator").invoke(factory);
                if (op != null) {
                    found = field(op, "userFunction", "sink", "source");
                }
            } catch (ReflectiveOperationException ignored) {
                // no operator instance
            }
        }
        return found == null ? null : stableName(found.getClass());
    }

    private static Object field(Object owner, String... names) {
        for (String name : names) {
            for (Class<?> c = owner.getClass(); c != null; c = c.getSuperclass()) {
                try {
                    Field f = c.getDeclaredField(name);
                    f.setAccessible(true);
                    Object v = f.get(owner);
                    if (v != null) {
                        return v;
                    }
                } catch (NoSuchFieldException ignored) {
                    // look in the superclass
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** A class name that is the same on every run: lambdas are just "lambda". */
    static String stableName(Class<?> c) {
        if (c.isSynthetic() || c.isHidden() || c.getName().contains("$$Lambda")) {
            return "lambda";
        }
        return c.getName();
    }

    private static Object intGetter(Object o, String name) {
        for (Class<?> c = o.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Method m = c.getDeclaredMethod(name);
                m.setAccessible(true);
                return m.invoke(o);
            } catch (NoSuchMethodException ignored) {
                // look in the superclass
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    /** Sorted set helper for callers that list state names. */
    static List<String> sorted(Iterable<String> names) {
        TreeSet<String> s = new TreeSet<>();
        names.forEach(s::add);
        return new ArrayList<>(s);
    }
}
