package rules

// The catalog of Flink Java APIs that a Flink version deprecates or removes,
// read by API001 (removed-api) and API002 (deprecated-api). Names are the
// ones jobgraph records (jobgraph.APIUse) and apiClassFacts computes: a
// method as "Class.method" (with the overload where it matters), a class by
// its simple name. Sources: research/flink-rules.md §2 and §6.13 and the
// Flink release notes (docs/content/release-notes/flink-1.19.md, -1.20.md,
// -2.0.md "List of breaking change programming APIs"). Flink 2.1, 2.2 and
// 2.3 deprecate and remove none of these APIs and add no deprecation to the
// classes they belong to: the public methods and @Deprecated annotations of
// StreamExecutionEnvironment, CheckpointConfig, ExecutionConfig,
// Configuration, DataStream, KeyedStream, WindowedStream, AllWindowedStream
// and SingleOutputStreamOperator were compared in the 2.1.3, 2.2.1 and 2.3.0
// jars (2.2 and 2.3 only add methods).

import (
	"strings"

	"github.com/flinklint/flinklint/analysis/jobgraph"
)

// apiEntry is what the catalog knows of one API.
type apiEntry struct {
	// Deprecated is the first version that deprecates the API ("1.19"),
	// "" when it is removed without a deprecation flinklint knows of.
	Deprecated string
	// Before marks APIs deprecated long before Flink 1.15 (the oldest version
	// flinklint targets): Deprecated is then "1.15" and messages say
	// "deprecated before Flink 1.15".
	Before bool
	// Removed is the first version without the API ("2.0"); "" while it
	// still exists.
	Removed string
	// Replacement says what to use instead.
	Replacement string
	// Source cites where the versions come from.
	Source string
	// CoveredBy names the rule that already reports the API; the API rules
	// stay silent on it.
	CoveredBy string
}

// Replacements shared by several entries.
const (
	replStateBackend = "set state.backend.type (StateBackendOptions.STATE_BACKEND: hashmap or rocksdb) in a Configuration passed to StreamExecutionEnvironment.getExecutionEnvironment(conf), or in the cluster configuration"
	replRestart      = "set restart-strategy.type (RestartStrategyOptions.RESTART_STRATEGY, e.g. exponential-delay) and its restart-strategy.* options in a Configuration or the cluster configuration"
	replRetries      = "set restart-strategy.type: fixed-delay with restart-strategy.fixed-delay.attempts"
	replSource       = "implement the FLIP-27 org.apache.flink.api.connector.source.Source (or use a connector's, e.g. KafkaSource) and read it with env.fromSource(...)"
	replSink         = "implement org.apache.flink.api.connector.sink2.Sink (or use a connector's, e.g. KafkaSink) and write with sinkTo(...)"
	replConfSetter   = "use set(ConfigOption, value) (setString(String, String) remains)"
	replKeyBy        = "use keyBy(KeySelector), e.g. keyBy(value -> value.userId)"
)

// apiCatalog maps API names to their lifecycle.
var apiCatalog = map[string]apiEntry{
	// §2.4; FLINK-33581 (FLIP-381) deprecated it in 1.19, 2.0 removed it.
	"StreamExecutionEnvironment.setStateBackend": {Deprecated: "1.19", Removed: "2.0", Replacement: replStateBackend, Source: "§2.4; flink-1.19.md FLINK-33581; flink-2.0.md"},
	// §2.4: the legacy backends are STATE002's.
	"FsStateBackend":      {Deprecated: "1.13", Removed: "2.0", Source: "§2.4", CoveredBy: "STATE002"},
	"MemoryStateBackend":  {Deprecated: "1.13", Removed: "2.0", Source: "§2.4", CoveredBy: "STATE002"},
	"RocksDBStateBackend": {Deprecated: "1.13", Removed: "2.0", Source: "§2.4", CoveredBy: "STATE002"},

	// §2.11: RestartStrategies and its setters, FLIP-381.
	"StreamExecutionEnvironment.setRestartStrategy": {Deprecated: "1.19", Removed: "2.0", Replacement: replRestart, Source: "§2.11; flink-1.19.md FLINK-33581; flink-2.0.md"},
	"ExecutionConfig.setRestartStrategy":            {Deprecated: "1.19", Removed: "2.0", Replacement: replRestart, Source: "§2.11; flink-1.19.md FLINK-33581; flink-2.0.md"},
	"RestartStrategies":                             {Deprecated: "1.19", Removed: "2.0", Replacement: replRestart, Source: "§2.11; flink-2.0.md removed classes"},
	// §2.11; FLINK-19034.
	"StreamExecutionEnvironment.setNumberOfExecutionRetries": {Deprecated: "1.15", Before: true, Removed: "2.0", Replacement: replRetries, Source: "§2.11; flink-2.0.md"},
	"ExecutionConfig.setNumberOfExecutionRetries":            {Deprecated: "1.15", Before: true, Removed: "2.0", Replacement: replRetries, Source: "§2.11; flink-2.0.md"},

	// §2.8 retention.
	"CheckpointConfig.enableExternalizedCheckpoints": {Deprecated: "1.15", Removed: "2.0",
		Replacement: "set execution.checkpointing.externalized-checkpoint-retention (setExternalizedCheckpointCleanup before Flink 1.20, setExternalizedCheckpointRetention from 1.20)",
		Source:      "§2.8; apache/flink#18939; flink-2.0.md"},
	"CheckpointConfig.setExternalizedCheckpointCleanup": {Deprecated: "1.20", Removed: "2.0",
		Replacement: "use setExternalizedCheckpointRetention(ExternalizedCheckpointRetention) or set execution.checkpointing.externalized-checkpoint-retention",
		Source:      "§2.8; flink-2.0.md"},
	// §2.6 storage.
	"CheckpointConfig.setCheckpointStorage": {Deprecated: "1.19", Removed: "2.0",
		Replacement: "set execution.checkpointing.dir (state.checkpoints.dir before 1.20) and, if needed, execution.checkpointing.storage in the configuration",
		Source:      "§2.6; flink-1.19.md FLINK-33581; flink-2.0.md"},
	// §2.5 checkpointing.
	"CheckpointConfig.setFailOnCheckpointingErrors": {Deprecated: "1.15", Before: true, Removed: "2.0",
		Replacement: "use setTolerableCheckpointFailureNumber (execution.checkpointing.tolerable-failed-checkpoints)", Source: "§2.5; flink-2.0.md"},
	"CheckpointConfig.setAlignmentTimeout": {Deprecated: "1.15", Before: true, Removed: "2.0",
		Replacement: "use setAlignedCheckpointTimeout (execution.checkpointing.aligned-checkpoint-timeout)", Source: "§2.5; flink-2.0.md"},
	"CheckpointConfig.setForceCheckpointing": {Deprecated: "1.15", Before: true, Removed: "2.0",
		Replacement: "remove the call (it only concerned iterations, which 2.0 removed too)", Source: "§2.5; flink-2.0.md"},
	"CheckpointConfig.setCheckpointingMode": {Deprecated: "1.20",
		Replacement: "use setCheckpointingConsistencyMode(org.apache.flink.core.execution.CheckpointingMode) or set execution.checkpointing.mode", Source: "§2.5"},
	"StreamExecutionEnvironment.enableCheckpointing()": {Deprecated: "1.15", Before: true, Removed: "2.0",
		Replacement: "use enableCheckpointing(interval) with an explicit interval", Source: "§2.5; flink-2.0.md"},
	"StreamExecutionEnvironment.enableCheckpointing(long, CheckpointingMode, boolean)": {Deprecated: "1.15", Before: true, Removed: "2.0",
		Replacement: "use enableCheckpointing(interval, mode); forcing checkpoints is gone", Source: "§2.5; flink-2.0.md"},
	"StreamExecutionEnvironment.enableCheckpointing(long, org.apache.flink.streaming.api.CheckpointingMode)": {Deprecated: "1.20",
		Replacement: "pass org.apache.flink.core.execution.CheckpointingMode instead", Source: "§2.5 (CheckpointingMode moved to flink-core in 1.20)"},
	"ExecutionCheckpointingOptions": {Deprecated: "1.20", Removed: "2.0",
		Replacement: "use the matching option of org.apache.flink.configuration.CheckpointingOptions (Flink 1.20+)", Source: "§2.5; FLINK-34456; flink-2.0.md removed classes"},

	// §2.19 untyped Configuration setters, FLINK-34079.
	"Configuration.setInteger":              {Deprecated: "1.19", Removed: "2.0", Replacement: replConfSetter, Source: "§2.19; flink-1.19.md FLINK-34079; flink-2.0.md"},
	"Configuration.setLong":                 {Deprecated: "1.19", Removed: "2.0", Replacement: replConfSetter, Source: "§2.19; flink-1.19.md FLINK-34079; flink-2.0.md"},
	"Configuration.setBoolean":              {Deprecated: "1.19", Removed: "2.0", Replacement: replConfSetter, Source: "§2.19; flink-1.19.md FLINK-34079; flink-2.0.md"},
	"Configuration.setFloat":                {Deprecated: "1.19", Removed: "2.0", Replacement: replConfSetter, Source: "§2.19; flink-1.19.md FLINK-34079; flink-2.0.md"},
	"Configuration.setDouble":               {Deprecated: "1.19", Removed: "2.0", Replacement: replConfSetter, Source: "§2.19; flink-1.19.md FLINK-34079; flink-2.0.md"},
	"Configuration.setBytes":                {Deprecated: "1.19", Removed: "2.0", Replacement: replConfSetter, Source: "§2.19; flink-1.19.md FLINK-34079; flink-2.0.md"},
	"Configuration.setClass":                {Deprecated: "1.19", Removed: "2.0", Replacement: replConfSetter, Source: "§2.19; flink-1.19.md FLINK-34079; flink-2.0.md"},
	"Configuration.setString(ConfigOption)": {Deprecated: "1.19", Removed: "2.0", Replacement: "use set(ConfigOption, value)", Source: "§2.19; flink-1.19.md FLINK-34079; flink-2.0.md"},

	// §4.1, §6.13: legacy sources and sinks.
	"StreamExecutionEnvironment.addSource": {Deprecated: "1.18", Removed: "2.0", Replacement: "use env.fromSource(...) with a FLIP-27 Source (KafkaSource, FileSource, DataGeneratorSource, ...)", Source: "§4.1; FLINK-28046/FLINK-32713; flink-2.0.md"},
	"DataStream.addSink":                   {Deprecated: "1.20", Removed: "2.0", Replacement: "use sinkTo(...) with a Sink V2 (KafkaSink, FileSink, ...)", Source: "§4.1; flink-1.20.md FLINK-35378; flink-2.0.md"},
	"SourceFunction":                       {Deprecated: "1.18", Removed: "2.0", Replacement: replSource, Source: "§6.13; FLINK-28046; flink-2.0.md removed classes"},
	"ParallelSourceFunction":               {Deprecated: "1.18", Removed: "2.0", Replacement: replSource, Source: "§6.13; FLINK-32670; flink-2.0.md removed classes"},
	"RichSourceFunction":                   {Deprecated: "1.18", Removed: "2.0", Replacement: replSource, Source: "§6.13; FLINK-32670; flink-2.0.md removed classes"},
	"RichParallelSourceFunction":           {Deprecated: "1.18", Removed: "2.0", Replacement: replSource, Source: "§6.13; FLINK-32670; flink-2.0.md removed classes"},
	"SinkFunction":                         {Deprecated: "1.20", Removed: "2.0", Replacement: replSink, Source: "§6.13; flink-1.20.md FLINK-35378; flink-2.0.md removed classes"},
	"RichSinkFunction":                     {Deprecated: "1.20", Removed: "2.0", Replacement: replSink, Source: "§6.13; flink-1.20.md FLINK-35378; flink-2.0.md removed classes"},
	"TwoPhaseCommitSinkFunction":           {Deprecated: "1.20", Removed: "2.0", Replacement: replSink, Source: "§6.13; flink-1.20.md FLINK-35378; flink-2.0.md removed classes"},

	// §4.2, §6.13; FLINK-32978.
	"RichFunction.open(Configuration)": {Deprecated: "1.19", Removed: "2.0", Replacement: "override open(OpenContext) instead (Flink 1.19+)", Source: "§4.2; flink-1.19.md FLINK-32978; flink-2.0.md"},
	// §6.13; FLINK-32570: window, TTL and restart methods taking Flink's Time.
	"Time": {Deprecated: "1.19", Removed: "2.0", Replacement: "use java.time.Duration (the Duration overloads exist since Flink 1.19)", Source: "§6.13; flink-1.19.md FLINK-32570; flink-2.0.md removed classes"},
	// §6.13; FLINK-33144 deprecated iterations in 1.19, FLINK-36355 removed them.
	"DataStream.iterate": {Deprecated: "1.19", Removed: "2.0", Replacement: "restructure the job without a feedback edge (or use Flink ML iterations)", Source: "§6.13; FLINK-33144; flink-2.0.md"},
	// §6.13: positional and field-expression keys.
	"DataStream.keyBy(String)": {Deprecated: "1.15", Before: true, Removed: "2.0", Replacement: replKeyBy, Source: "§6.13; flink-2.0.md"},
	"DataStream.keyBy(int)":    {Deprecated: "1.15", Before: true, Removed: "2.0", Replacement: replKeyBy, Source: "§6.13; flink-2.0.md"},
	// Deprecated in 1.12 (FLINK-19318, FLINK-19319), removed in 2.0.
	"KeyedStream.timeWindow":   {Deprecated: "1.12", Removed: "2.0", Replacement: "use window(...) with an explicit assigner, e.g. TumblingEventTimeWindows.of(Duration.ofMinutes(5))", Source: "flink-1.12 release notes FLINK-19318; flink-2.0.md"},
	"DataStream.timeWindowAll": {Deprecated: "1.12", Removed: "2.0", Replacement: "use windowAll(...) with an explicit assigner, e.g. TumblingEventTimeWindows.of(Duration.ofMinutes(5))", Source: "flink-1.12 release notes FLINK-19318; flink-2.0.md"},
	"StreamExecutionEnvironment.setStreamTimeCharacteristic": {Deprecated: "1.12", Removed: "2.0",
		Replacement: "remove the call: event time is the default since 1.12; choose event- or processing-time window assigners explicitly", Source: "flink-1.12 release notes FLINK-19319; flink-2.0.md"},
}

// lookupAPI finds the catalog entry of a recorded use: the name itself,
// or for a static member of a class ("RestartStrategies.noRestart") the
// class.
func lookupAPI(name, kind string) (apiEntry, bool) {
	if e, ok := apiCatalog[name]; ok {
		return e, true
	}
	if i := strings.IndexByte(name, '.'); i > 0 && kind == jobgraph.APIClass {
		e, ok := apiCatalog[name[:i]]
		return e, ok
	}
	return apiEntry{}, false
}

// deprecatedPhrase says when an entry was deprecated: "since Flink 1.19",
// "before Flink 1.15".
func (e apiEntry) deprecatedPhrase() string {
	if e.Before {
		return "before Flink " + e.Deprecated
	}
	return "since Flink " + e.Deprecated
}
