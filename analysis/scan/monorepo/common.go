package monorepo

import (
	"fmt"
	"strings"
)

// commonModule writes the shared Flink module: abstract stateful bases
// that job modules extend, Kafka connectors, watermarks, the environment
// factory (only when a job uses it: unused, it would be a job of its own)
// and the uid constants jobs refer to; then ordinary classes and tests.
func (g *gen) commonModule(m *module) {
	pkg := commonPkg
	js := &job{g: g, m: m, v: 20, common: true, refs: map[*javaFile]map[string]bool{}, locals: map[string]bool{}}
	writers := []struct {
		name  string
		write func(j *javaFile)
		want  bool
	}{
		{"AbstractDedupFunction", func(j *javaFile) { g.commonDedup(js, j) }, true},
		{"AbstractTimedStateFunction", func(j *javaFile) { g.commonTimed(js, j) }, true},
		{"KafkaConnectors", g.commonKafka, true},
		{"JsonDeserializationSchema", g.commonJSON, true},
		{"FlinkEnvironments", g.commonEnv, g.envFactoryUse > 0},
		{"Uids", g.commonUids, len(g.uidConsts) > 0},
		{"Watermarks", g.commonWatermarks, true},
	}
	for _, w := range writers {
		if !w.want || m.budget == 0 {
			continue
		}
		j := newJava(pkg)
		w.write(j)
		g.used[pkg+"."+w.name] = true
		m.classes = append(m.classes, classRef{pkg: pkg, name: w.name, kind: pkUtil})
		g.writeJava(m, false, j, w.name)
	}
	g.fill(m, libraryKinds, libraryWeights, 25)
}

func (g *gen) commonDedup(js *job, j *javaFile) {
	j.imp("org.apache.flink.api.common.functions.RichFlatMapFunction", "org.apache.flink.api.common.state.StateTtlConfig",
		"org.apache.flink.api.common.state.ValueState", "org.apache.flink.api.common.state.ValueStateDescriptor",
		"org.apache.flink.api.common.typeinfo.Types", "org.apache.flink.util.Collector", "java.time.Duration")
	j.l("/**")
	j.l(" * Drops repeated records per key with keyed {@link ValueState}. Subclasses in job modules")
	j.l(" * choose how long a key is remembered; the state is declared here, so operators running a")
	j.l(" * subclass are stateful and need a stable uid.")
	j.l(" */")
	j.open("public abstract class AbstractDedupFunction<T> extends RichFlatMapFunction<T, T>")
	j.l("private static final long serialVersionUID = 1L;")
	j.l("")
	j.l("private transient ValueState<Boolean> seen;")
	j.l("")
	j.l("/** How long a key is remembered. */")
	j.l("protected abstract Duration retention();")
	j.l("")
	j.l("/** The id of a record, for logging. */")
	j.open("protected String idOf(T value)")
	j.l("return String.valueOf(value);")
	j.close("")
	j.l("")
	j.l("@Override")
	j.open(js.openMethod(j))
	j.l("ValueStateDescriptor<Boolean> descriptor = new ValueStateDescriptor<>(\"seen\", Types.BOOLEAN);")
	j.l("descriptor.enableTimeToLive(StateTtlConfig.newBuilder(retention())")
	j.l("        .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)")
	j.l("        .cleanupFullSnapshot()")
	j.l("        .build());")
	j.l("seen = getRuntimeContext().getState(descriptor);")
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public void flatMap(T value, Collector<T> out) throws Exception")
	j.open("if (seen.value() == null)")
	j.l("seen.update(Boolean.TRUE);")
	j.l("out.collect(value);")
	j.close("")
	j.close("")
	j.close("")
}

func (g *gen) commonTimed(js *job, j *javaFile) {
	j.imp("org.apache.flink.streaming.api.functions.KeyedProcessFunction", "org.apache.flink.api.common.state.MapState",
		"org.apache.flink.api.common.state.MapStateDescriptor", "org.apache.flink.api.common.state.ValueState",
		"org.apache.flink.api.common.state.ValueStateDescriptor", "org.apache.flink.api.common.typeinfo.Types",
		"org.apache.flink.util.Collector", "java.time.Duration", "java.util.HashMap", "java.util.Map")
	j.l("/**")
	j.l(" * Counts events per bucket and key until a gap of inactivity, then emits one result: keyed")
	j.l(" * {@link MapState} and an event-time timer that subclasses inherit.")
	j.l(" */")
	j.open("public abstract class AbstractTimedStateFunction<K, I, O> extends KeyedProcessFunction<K, I, O>")
	j.l("private static final long serialVersionUID = 1L;")
	j.l("")
	j.l("private final long gapMs;")
	j.l("private transient MapState<String, Long> counts;")
	j.l("private transient ValueState<Long> deadline;")
	j.l("")
	j.open("protected AbstractTimedStateFunction(Duration gap)")
	j.l("this.gapMs = gap.toMillis();")
	j.close("")
	j.l("")
	j.l("protected abstract String bucketOf(I event);")
	j.l("")
	j.l("protected abstract O emit(K key, Map<String, Long> counts, long end);")
	j.l("")
	j.l("@Override")
	j.open(js.openMethod(j))
	j.l("counts = getRuntimeContext().getMapState(new MapStateDescriptor<>(\"counts\", Types.STRING, Types.LONG));")
	j.l("deadline = getRuntimeContext().getState(new ValueStateDescriptor<>(\"deadline\", Types.LONG));")
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public void processElement(I event, Context ctx, Collector<O> out) throws Exception")
	j.l("String bucket = bucketOf(event);")
	j.l("Long n = counts.get(bucket);")
	j.l("counts.put(bucket, n == null ? 1L : n + 1);")
	j.l("Long previous = deadline.value();")
	j.open("if (previous != null)")
	j.l("ctx.timerService().deleteEventTimeTimer(previous);")
	j.close("")
	j.l("long next = ctx.timestamp() + gapMs;")
	j.l("ctx.timerService().registerEventTimeTimer(next);")
	j.l("deadline.update(next);")
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public void onTimer(long timestamp, OnTimerContext ctx, Collector<O> out) throws Exception")
	j.l("Map<String, Long> snapshot = new HashMap<>();")
	j.open("for (Map.Entry<String, Long> e : counts.entries())")
	j.l("snapshot.put(e.getKey(), e.getValue());")
	j.close("")
	j.l("out.collect(emit(ctx.getCurrentKey(), snapshot, timestamp));")
	j.l("counts.clear();")
	j.l("deadline.clear();")
	j.close("")
	j.close("")
}

func (g *gen) commonKafka(j *javaFile) {
	j.imp("org.apache.flink.connector.kafka.source.KafkaSource", "org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer",
		"org.apache.flink.connector.kafka.sink.KafkaSink", "org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema",
		"org.apache.flink.connector.base.DeliveryGuarantee", "org.apache.flink.formats.json.JsonSerializationSchema",
		"org.apache.kafka.clients.consumer.OffsetResetStrategy")
	j.l("/** Kafka sources and sinks with the platform's defaults (bootstrap servers, offsets, JSON). */")
	j.open("public final class KafkaConnectors")
	j.l("private static final String BOOTSTRAP = System.getenv().getOrDefault(\"KAFKA_BOOTSTRAP\", \"kafka.streaming.svc:9092\");")
	j.l("")
	j.open("private KafkaConnectors()")
	j.close("")
	j.l("")
	j.open("public static <T> KafkaSource<T> source(String topic, String groupId, Class<T> type)")
	j.l("return KafkaSource.<T>builder()")
	j.l("        .setBootstrapServers(BOOTSTRAP)")
	j.l("        .setTopics(topic)")
	j.l("        .setGroupId(groupId)")
	j.l("        .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))")
	j.l("        .setValueOnlyDeserializer(new JsonDeserializationSchema<>(type))")
	j.l("        .build();")
	j.close("")
	j.l("")
	j.open("public static <T> KafkaSink<T> sink(String topic, Class<T> type)")
	j.l("return KafkaSink.<T>builder()")
	j.l("        .setBootstrapServers(BOOTSTRAP)")
	j.l("        .setRecordSerializer(KafkaRecordSerializationSchema.<T>builder()")
	j.l("                .setTopic(topic)")
	j.l("                .setValueSerializationSchema(new JsonSerializationSchema<T>())")
	j.l("                .build())")
	j.l("        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)")
	j.l("        .build();")
	j.close("")
	j.close("")
}

func (g *gen) commonJSON(j *javaFile) {
	j.imp("org.apache.flink.api.common.serialization.DeserializationSchema", "org.apache.flink.api.common.typeinfo.TypeInformation",
		"com.fasterxml.jackson.databind.DeserializationFeature", "com.fasterxml.jackson.databind.ObjectMapper",
		"com.fasterxml.jackson.datatype.jsr310.JavaTimeModule", "java.io.IOException")
	j.l("/** Reads JSON records into {@code T}, ignoring unknown properties. */")
	j.open("public class JsonDeserializationSchema<T> implements DeserializationSchema<T>")
	j.l("private static final long serialVersionUID = 1L;")
	j.l("")
	j.l("private final Class<T> type;")
	j.l("private transient ObjectMapper mapper;")
	j.l("")
	j.open("public JsonDeserializationSchema(Class<T> type)")
	j.l("this.type = type;")
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public void open(InitializationContext context)")
	j.l("mapper = new ObjectMapper()")
	j.l("        .registerModule(new JavaTimeModule())")
	j.l("        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);")
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public T deserialize(byte[] message) throws IOException")
	j.l("return mapper.readValue(message, type);")
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public boolean isEndOfStream(T next)")
	j.l("return false;")
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public TypeInformation<T> getProducedType()")
	j.l("return TypeInformation.of(type);")
	j.close("")
	j.close("")
}

func (g *gen) commonEnv(j *javaFile) {
	j.imp("org.apache.flink.streaming.api.environment.StreamExecutionEnvironment", "org.apache.flink.configuration.ExternalizedCheckpointRetention",
		"org.apache.flink.contrib.streaming.state.EmbeddedRocksDBStateBackend", "java.time.Duration")
	j.l("/** The platform's environment: checkpointing, retention, RocksDB and max parallelism set once. */")
	j.open("public final class FlinkEnvironments")
	j.l("")
	j.open("private FlinkEnvironments()")
	j.close("")
	j.l("")
	j.open("public static StreamExecutionEnvironment create(String jobName)")
	j.l("StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();")
	j.l("env.setMaxParallelism(720);")
	j.l("env.enableCheckpointing(Duration.ofMinutes(1).toMillis());")
	j.l("env.getCheckpointConfig().setMinPauseBetweenCheckpoints(Duration.ofSeconds(30).toMillis());")
	j.l("env.getCheckpointConfig().setCheckpointTimeout(Duration.ofMinutes(10).toMillis());")
	j.l("env.getCheckpointConfig().setExternalizedCheckpointRetention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);")
	j.l("env.getCheckpointConfig().setCheckpointStorage(\"s3://acme-flink/checkpoints/\" + jobName);")
	j.l("env.setStateBackend(new EmbeddedRocksDBStateBackend(true));")
	j.l("return env;")
	j.close("")
	j.close("")
}

func (g *gen) commonUids(j *javaFile) {
	j.l("/** Operator uids of the platform's jobs. Never change a value: savepoints map state by uid. */")
	j.open("public final class Uids")
	j.l("")
	j.open("private Uids()")
	j.close("")
	j.l("")
	seen := map[string]bool{}
	for _, c := range g.uidConsts {
		name := c[:strings.IndexByte(c, ' ')]
		if seen[name] {
			continue
		}
		seen[name] = true
		j.l("public static final String %s;", c)
	}
	j.close("")
}

func (g *gen) commonWatermarks(j *javaFile) {
	j.imp("org.apache.flink.api.common.eventtime.SerializableTimestampAssigner", "org.apache.flink.api.common.eventtime.WatermarkStrategy",
		"java.time.Duration")
	j.l("/** Watermark strategies used across jobs. */")
	j.open("public final class Watermarks")
	j.l("")
	j.open("private Watermarks()")
	j.close("")
	j.l("")
	j.open("public static <T> WatermarkStrategy<T> bounded(Duration lateness, SerializableTimestampAssigner<T> timestamps)")
	j.l("return WatermarkStrategy.<T>forBoundedOutOfOrderness(lateness)")
	j.l("        .withTimestampAssigner(timestamps)")
	j.l("        .withIdleness(Duration.ofMinutes(1));")
	j.close("")
	j.close("")
}

// flinkSerde writes a Kafka record serialization schema for the module's
// events.
func (g *gen) flinkSerde(m *module) {
	pkg := m.pkg + ".serde"
	ev := camel(m.domain) + "Event"
	name := g.className(m, pkg, camel(m.domain)+pick(g, nouns)+"RecordSchema")
	j := newJava(pkg)
	if fqn, ok := m.shared[ev]; ok {
		j.imp(fqn)
	}
	j.imp("org.apache.flink.api.common.serialization.SerializationSchema", "org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema",
		"org.apache.kafka.clients.producer.ProducerRecord", "com.fasterxml.jackson.core.JsonProcessingException",
		"com.fasterxml.jackson.databind.ObjectMapper", "java.nio.charset.StandardCharsets")
	g.javadoc(j)
	j.open("public class %s implements KafkaRecordSerializationSchema<%s>", name, ev)
	j.l("private static final long serialVersionUID = 1L;")
	logger(j, name)
	j.l("private final String topic;")
	j.l("private transient ObjectMapper mapper;")
	j.l("")
	j.open("public %s(String topic)", name)
	j.l("this.topic = topic;")
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public void open(SerializationSchema.InitializationContext context, KafkaSinkContext sinkContext)")
	j.l("mapper = new ObjectMapper();")
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public ProducerRecord<byte[], byte[]> serialize(%s element, KafkaSinkContext context, Long timestamp)", ev)
	j.open("try")
	j.l("byte[] key = element.getId().getBytes(StandardCharsets.UTF_8);")
	j.l("return new ProducerRecord<>(topic, null, timestamp, key, mapper.writeValueAsBytes(element));")
	j.ind--
	j.open("} catch (JsonProcessingException e)")
	j.l("throw new IllegalArgumentException(\"cannot serialize \" + element.getId(), e);")
	j.close("")
	j.close("")
	target := g.size(2600)
	for j.len() < target {
		j.l("")
		g.method(j, ev, true)
	}
	j.close("")
	m.classes = append(m.classes, classRef{pkg: pkg, name: name, kind: pkUtil})
	g.writeJava(m, false, j, name)
}

// flinkParams writes a job options class built on Flink's ConfigOptions and
// ParameterTool.
func (g *gen) flinkParams(m *module) {
	pkg := m.pkg + ".config"
	name := g.className(m, pkg, camel(m.domain)+pick(g, []string{"JobOptions", "JobParameters", "Settings"}))
	j := newJava(pkg)
	j.imp("org.apache.flink.api.java.utils.ParameterTool", "org.apache.flink.configuration.ConfigOption",
		"org.apache.flink.configuration.ConfigOptions", "java.io.Serializable", "java.time.Duration")
	g.javadoc(j)
	j.open("public final class %s implements Serializable", name)
	j.l("private static final long serialVersionUID = 1L;")
	j.l("")
	opts := []struct{ field, key, typ, def string }{
		{"INPUT_TOPIC", "input-topic", "stringType()", "\"" + m.domain + "-events\""},
		{"OUTPUT_TOPIC", "output-topic", "stringType()", "\"" + m.domain + "-results\""},
		{"WINDOW", "window", "durationType()", "Duration.ofMinutes(5)"},
		{"LOOKUP_TIMEOUT", "lookup.timeout", "durationType()", "Duration.ofSeconds(2)"},
		{"MAX_LATENESS", "max-lateness", "durationType()", "Duration.ofSeconds(30)"},
		{"PARALLELISM", "parallelism", "intType()", "4"},
	}
	for _, o := range opts {
		t := map[string]string{"stringType()": "String", "durationType()": "Duration", "intType()": "Integer"}[o.typ]
		j.l("public static final ConfigOption<%s> %s = ConfigOptions.key(\"%s.%s\")", t, o.field, m.domain, o.key)
		j.l("        .%s", o.typ)
		j.l("        .defaultValue(%s)", o.def)
		j.l("        .withDescription(\"%s\");", strings.TrimSuffix(g.sentence(g.between(4, 9)), "."))
		j.l("")
	}
	j.l("private final ParameterTool params;")
	j.l("")
	j.open("private %s(ParameterTool params)", name)
	j.l("this.params = params;")
	j.close("")
	j.l("")
	j.open("public static %s fromArgs(String[] args)", name)
	j.l("return new %s(ParameterTool.fromArgs(args));", name)
	j.close("")
	j.l("")
	j.open("public String inputTopic()")
	j.l("return params.get(INPUT_TOPIC.key(), INPUT_TOPIC.defaultValue());")
	j.close("")
	j.l("")
	j.open("public int parallelism()")
	j.l("return params.getInt(PARALLELISM.key(), PARALLELISM.defaultValue());")
	j.close("")
	j.close("")
	m.classes = append(m.classes, classRef{pkg: pkg, name: name, kind: pkUtil})
	g.writeJava(m, false, j, name)
}

// flinkTest writes a Flink test under src/test/java: an operator harness
// test, or a MiniCluster test running a small pipeline (test code: a scan
// that skips tests does not see these jobs).
func (g *gen) flinkTest(m *module) {
	pkg := m.pkg
	d := camel(m.domain)
	name := g.className(m, pkg, d+pick(g, []string{"Pipeline", "Function", "Operator", "State"})+"Test")
	j := newJava(pkg)
	j.imp("org.junit.jupiter.api.Test", "org.apache.flink.api.common.typeinfo.Types")
	j.impStatic("org.assertj.core.api.Assertions.assertThat")
	target := g.size(4000)
	mini := g.pct(40)
	j.open("class %s", name)
	if mini {
		j.imp("org.apache.flink.test.junit5.MiniClusterExtension", "org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration",
			"org.junit.jupiter.api.extension.RegisterExtension", "org.apache.flink.streaming.api.environment.StreamExecutionEnvironment",
			"org.apache.flink.util.CloseableIterator", "java.util.ArrayList", "java.util.List")
		j.l("")
		j.l("@RegisterExtension")
		j.l("static final MiniClusterExtension MINI_CLUSTER = new MiniClusterExtension(")
		j.l("        new MiniClusterResourceConfiguration.Builder()")
		j.l("                .setNumberTaskManagers(1)")
		j.l("                .setNumberSlotsPerTaskManager(2)")
		j.l("                .build());")
	} else {
		j.imp("org.apache.flink.streaming.api.functions.KeyedProcessFunction", "org.apache.flink.streaming.api.operators.KeyedProcessOperator",
			"org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness", "org.apache.flink.api.common.state.ValueState",
			"org.apache.flink.api.common.state.ValueStateDescriptor", "org.apache.flink.util.Collector", "org.apache.flink.api.common.functions.OpenContext")
		j.l("")
		j.l("/** Counts elements per key in keyed state. */")
		j.open("static class Counting extends KeyedProcessFunction<String, String, Long>")
		j.l("private transient ValueState<Long> count;")
		j.l("")
		j.l("@Override")
		j.open("public void open(OpenContext ctx)")
		j.l("count = getRuntimeContext().getState(new ValueStateDescriptor<>(\"count\", Types.LONG));")
		j.close("")
		j.l("")
		j.l("@Override")
		j.open("public void processElement(String value, Context ctx, Collector<Long> out) throws Exception")
		j.l("long n = count.value() == null ? 1 : count.value() + 1;")
		j.l("count.update(n);")
		j.l("out.collect(n);")
		j.close("")
		j.close("")
	}
	for i := 0; j.len() < target || i == 0; i++ {
		j.l("")
		j.l("@Test")
		if mini {
			j.open("void %s() throws Exception", j.unique("sumsPerKey"))
			j.l("StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();")
			j.l("env.setParallelism(1);")
			j.l("List<Long> out = new ArrayList<>();")
			j.open("try (CloseableIterator<Long> it = env.fromData(%dL, %dL, %dL, %dL).keyBy(v -> v %% 2).reduce(Long::sum).executeAndCollect())",
				g.between(1, 9), g.between(1, 9), g.between(1, 9), g.between(1, 9))
			j.l("it.forEachRemaining(out::add);")
			j.close("")
			j.l("assertThat(out).hasSize(4);")
			j.close("")
			continue
		}
		j.open("void %s() throws Exception", j.unique("countsPerKey"))
		j.l("try (KeyedOneInputStreamOperatorTestHarness<String, String, Long> harness =")
		j.l("        new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(new Counting()), v -> v, Types.STRING)) {")
		j.ind++
		j.l("harness.open();")
		keys := []string{"a", "b", "a", "c", "a", "b"}[:g.between(2, 6)]
		for k, key := range keys {
			j.l("harness.processElement(\"%s\", %dL);", key, (k+1)*10)
		}
		var want []string
		counts := map[string]int{}
		for _, key := range keys {
			counts[key]++
			want = append(want, fmt.Sprintf("%dL", counts[key]))
		}
		j.l("assertThat(harness.extractOutputValues()).containsExactly(%s);", strings.Join(want, ", "))
		j.close("")
		j.close("")
	}
	j.close("")
	g.writeJava(m, true, j, name)
}
