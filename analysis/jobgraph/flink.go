package jobgraph

import (
	"fmt"
	"path"
	"strconv"
	"strings"

	"github.com/flinklint/flinklint/analysis/flinkapi"
	"github.com/flinklint/flinklint/analysis/index"
	"github.com/flinklint/flinklint/parser"
)

// identity calls return their receiver and apply to its head operator.
var identityCalls = map[string]bool{
	"uid": true, "setUidHash": true, "name": true, "setDescription": true,
	"setParallelism": true, "setMaxParallelism": true, "disableChaining": true,
	"startNewChain": true, "slotSharingGroup": true, "returns": true,
	"setBufferTimeout": true, "forceNonParallel": true, "enableAsyncState": true,
	"setResources": true, "setMinResources": true,
}

// partitionings return a stream that is not an operator.
var partitionings = map[string]bool{
	"rebalance": true, "rescale": true, "shuffle": true, "forward": true,
	"global": true, "partitionCustom": true, "union": true, "getSideOutput": true,
}

// sinkCalls add a sink operator.
var sinkCalls = map[string]bool{
	"sinkTo": true, "addSink": true, "print": true, "printToErr": true,
	"writeAsText": true, "writeAsCsv": true, "writeToSocket": true,
	"writeUsingOutputFormat": true,
}

// stateless sources read a bounded collection or a socket and keep no state.
var statelessSources = map[string]string{
	"fromElements": "collection source", "fromCollection": "collection source",
	"fromData": "collection source", "fromSequence": "sequence source",
	"generateSequence": "sequence source", "fromParallelCollection": "collection source",
	"socketTextStream": "socket source", "createInput": "input format source",
}

// transforms run a user function.
var transforms = map[string]bool{
	"map": true, "flatMap": true, "filter": true, "process": true,
	"transform": true, "assignTimestampsAndWatermarks": true, "project": true,
	"keyedProcess": true,
}

var keyedAggregations = map[string]bool{
	"reduce": true, "sum": true, "min": true, "max": true, "minBy": true,
	"maxBy": true, "fold": true,
}

var windowFunctions = map[string]bool{
	"reduce": true, "aggregate": true, "apply": true, "process": true, "sum": true,
	"min": true, "max": true, "minBy": true, "maxBy": true, "fold": true,
}

// objectMethods are java.lang.Object's methods, which add no operators.
var objectMethods = map[string]bool{"toString": true, "hashCode": true, "equals": true, "wait": true, "notify": true, "notifyAll": true}

// flinkCall interprets a method called on a Flink value.
func (e *evaluator) flinkCall(f *frame, recv value, x *parser.Call, args []value, loc parser.Location) value {
	e.apiCall(f, recv, x, args, loc)
	switch r := recv.(type) {
	case *envV:
		return e.envCall(f, r, x, args, loc)
	case *execV:
		e.execConfigCall(r.job, x.Name, args, loc, "env.getConfig()."+x.Name)
		return r
	case *ckptV:
		e.checkpointConfigCall(r.job, x.Name, args, loc)
		return r
	case *confV:
		e.confCall(r, x, args, loc)
		return r
	case *streamV:
		v := e.streamCall(f, r, x, args, loc)
		if v == nil && r.job != nil && !strings.HasPrefix(x.Name, "get") && !strings.HasPrefix(x.Name, "is") &&
			!objectMethods[x.Name] {
			// A stream method flinklint does not model (executeAndCollect,
			// fullWindowPartition, ...): whatever it adds is not seen.
			e.escapeTo(r.job, "."+x.Name, loc)
		}
		return v
	}
	return nil
}

func (e *evaluator) envCall(f *frame, env *envV, x *parser.Call, args []value, loc parser.Location) value {
	j := env.job
	name := x.Name
	switch name {
	case "fromSource":
		return e.op(env.job, name, "source", loc, true, "source keeps split and offset state", nil, "")
	case "addSource":
		desc, ev, _ := e.function(firstArg(args))
		var sv *streamV
		if a, ok := firstArg(args).(*objV); ok && len(ev) == 0 && !e.keepsState(a.cls, statelessSourceSupers) {
			// A project SourceFunction that snapshots nothing: Flink's
			// savepoint holds no state for it.
			sv = e.op(j, name, "source", loc, false, "", nil, desc)
		} else {
			sv = e.op(j, name, "source", loc, true, "source function keeps offset state", ev, desc)
		}
		if a, ok := firstArg(args).(*objV); ok && sv != nil {
			sv.head.SerialSource = !e.parallelSource(a.cls)
		}
		return sv
	case "readTextFile", "readFile":
		// Flink 1.x runs a non-parallel monitoring source (no uid can be
		// set on it) and a parallel split reader, the operator returned.
		if m := internal(j, e.op(j, name, "file source", loc, true, "file monitor keeps the last modification time it saw", nil, "")); m != nil {
			m.head.NonParallel = true
			e.curIns = m.ins
		}
		return e.op(j, name, "file split reader", loc, true, "file split reader keeps the splits it has not read", nil, "")
	case "getConfig":
		return &execV{job: j}
	case "getCheckpointConfig":
		return &ckptV{job: j}
	case "configure":
		if c, ok := firstArg(args).(*confV); ok {
			e.applyConf(j, c)
		}
		return nil
	case "setParallelism", "setMaxParallelism", "setRestartStrategy":
		e.execConfigCall(j, name, args, loc, "env."+name)
		return env
	case "enableCheckpointing":
		if len(args) == 0 {
			e.set(j, KeyInterval, "500 ms", true, loc, "env.enableCheckpointing()")
		} else {
			e.setDuration(j, KeyInterval, args[0], loc, "env.enableCheckpointing")
		}
		if len(args) > 1 {
			e.setAny(j, KeyMode, args[1], loc, "env.enableCheckpointing")
		}
		return env
	case "setStateBackend":
		e.stateBackend(j, firstArg(args), loc)
		return env
	case "setRuntimeMode":
		e.setAny(j, KeyRuntimeMode, firstArg(args), loc, "env.setRuntimeMode")
		return env
	case "setDefaultSavepointDirectory":
		e.setAny(j, KeySavepointDir, firstArg(args), loc, "env.setDefaultSavepointDirectory")
		return env
	case "disableOperatorChaining":
		e.set(j, KeyChaining, "false", true, loc, "env.disableOperatorChaining")
		return env
	case "setBufferTimeout":
		e.setDuration(j, KeyBufferTimeout, firstArg(args), loc, "env.setBufferTimeout")
		return env
	case "getExecutionEnvironment":
		return env
	}
	if kind, ok := statelessSources[name]; ok {
		return e.op(j, name, kind, loc, false, "", nil, "")
	}
	return nil
}

func (e *evaluator) execConfigCall(j *Job, name string, args []value, loc parser.Location, origin string) {
	switch name {
	case "setMaxParallelism":
		e.setAny(j, KeyMaxParallelism, firstArg(args), loc, origin)
	case "setParallelism":
		e.setAny(j, KeyParallelism, firstArg(args), loc, origin)
	case "setAutoWatermarkInterval":
		e.setDuration(j, KeyWatermarkEvery, firstArg(args), loc, origin)
	case "enableObjectReuse":
		e.set(j, KeyObjectReuse, "true", true, loc, origin)
	case "disableObjectReuse":
		e.set(j, KeyObjectReuse, "false", true, loc, origin)
	case "disableAutoGeneratedUIDs":
		e.set(j, KeyAutoUIDs, "false", true, loc, origin)
	case "enableAutoGeneratedUIDs":
		e.set(j, KeyAutoUIDs, "true", true, loc, origin)
	case "setRestartStrategy":
		if r, ok := firstArg(args).(*restartV); ok {
			e.set(j, KeyRestartStrategy, r.kind, true, loc, origin)
		} else {
			e.set(j, KeyRestartStrategy, "", false, loc, origin)
		}
	}
}

func (e *evaluator) checkpointConfigCall(j *Job, name string, args []value, loc parser.Location) {
	origin := "CheckpointConfig." + name
	v := firstArg(args)
	switch name {
	case "setCheckpointInterval":
		e.setDuration(j, KeyInterval, v, loc, origin)
	case "setMinPauseBetweenCheckpoints":
		e.setDuration(j, KeyMinPause, v, loc, origin)
	case "setCheckpointTimeout":
		e.setDuration(j, KeyTimeout, v, loc, origin)
	case "setExternalizedCheckpointCleanup", "enableExternalizedCheckpoints", "setExternalizedCheckpointRetention":
		e.setAny(j, KeyRetention, v, loc, origin)
	case "setCheckpointingMode", "setCheckpointingConsistencyMode":
		e.setAny(j, KeyMode, v, loc, origin)
	case "setMaxConcurrentCheckpoints":
		e.setAny(j, KeyMaxConcurrent, v, loc, origin)
	case "setTolerableCheckpointFailureNumber":
		e.setAny(j, KeyTolerableFailure, v, loc, origin)
	case "enableUnalignedCheckpoints":
		if len(args) == 0 {
			e.set(j, KeyUnaligned, "true", true, loc, origin)
		} else {
			e.setAny(j, KeyUnaligned, v, loc, origin)
		}
	case "setCheckpointStorage":
		switch s := v.(type) {
		case *storageV:
			e.set(j, KeyCheckpointStore, s.kind, true, loc, origin)
			if s.dir != nil {
				e.set(j, KeyCheckpointDir, s.dir.s, s.dir.known, loc, origin)
			}
		case *extV:
			if d := asStr(firstArg(s.args)); d != nil {
				e.set(j, KeyCheckpointStore, "filesystem", true, loc, origin)
				e.set(j, KeyCheckpointDir, d.s, d.known, loc, origin)
			} else {
				e.set(j, KeyCheckpointStore, "", false, loc, origin)
			}
		default:
			if d := asStr(v); d != nil {
				e.set(j, KeyCheckpointStore, "filesystem", true, loc, origin)
				e.set(j, KeyCheckpointDir, d.s, d.known, loc, origin)
			} else {
				// Unknown storage: assume it is deliberate.
				e.set(j, KeyCheckpointStore, "", false, loc, origin)
				e.set(j, KeyCheckpointDir, "", false, loc, origin)
			}
		}
	}
}

func (e *evaluator) confCall(c *confV, x *parser.Call, args []value, loc parser.Location) {
	if len(args) < 2 {
		if x.Name == "addAll" {
			if o, ok := firstArg(args).(*confV); ok {
				c.entries = append(c.entries, o.entries...)
			}
		}
		return
	}
	var key, raw string
	switch k := args[0].(type) {
	case *optionV:
		key = k.key
	case *strV:
		if !k.known {
			return
		}
		key, raw = e.b.keys.Canonical(k.s), k.s
	default:
		return
	}
	switch x.Name {
	case "set", "setString", "setInteger", "setLong", "setBoolean", "setDouble", "setFloat", "setBytes", "setClass":
	default:
		return
	}
	val, known := render(args[1])
	origin := "Configuration." + x.Name + "(" + key + ")"
	c.entries = append(c.entries, Setting{Key: key, RawKey: raw, Value: val, Known: known, Loc: loc, Origin: origin})
	if c.apply != nil && !c.apply.Synthetic {
		c.apply.Settings = append(c.apply.Settings, c.entries[len(c.entries)-1])
	}
}

// applyConf copies a Configuration's entries into the job, as passed to
// getExecutionEnvironment(conf) or env.configure(conf).
func (e *evaluator) applyConf(j *Job, c *confV) {
	for _, u := range c.uses {
		addUse(j, u)
	}
	for _, s := range c.entries {
		j.Settings = append(j.Settings, s)
		if s.Key == KeyStateBackend && s.Known {
			e.noteLegacyName(j, s.Value, s.Loc)
		}
	}
}

func (e *evaluator) noteLegacyName(j *Job, name string, loc parser.Location) {
	switch strings.ToLower(name) {
	case "jobmanager", "filesystem":
		j.LegacyBackends = append(j.LegacyBackends, APIUse{Name: strings.ToLower(name), Loc: loc})
	}
}

// render formats a value the way a Flink config file would write it.
func render(v value) (string, bool) {
	switch v := v.(type) {
	case *intV:
		if v.unstable != "" {
			return "", false
		}
		return strconv.FormatInt(v.n, 10), true
	case *durV:
		return strconv.FormatInt(v.ms, 10) + " ms", true
	case *strV:
		return v.s, v.known
	case *boolV:
		return strconv.FormatBool(v.b), true
	case *enumV:
		return v.name, true
	case *restartV:
		return v.kind, true
	case *backendV:
		return v.name, true
	}
	return "", false
}

// durV is a duration in milliseconds.
type durV struct{ ms int64 }

func (e *evaluator) set(j *Job, key, val string, known bool, loc parser.Location, origin string) {
	if j == nil || j.Synthetic {
		return
	}
	j.Settings = append(j.Settings, Setting{Key: key, Value: val, Known: known, Loc: loc, Origin: origin})
}

func (e *evaluator) setAny(j *Job, key string, v value, loc parser.Location, origin string) {
	val, known := render(v)
	e.set(j, key, val, known, loc, origin)
}

// setDuration records a duration given in milliseconds (a long) or as a
// Duration.
func (e *evaluator) setDuration(j *Job, key string, v value, loc parser.Location, origin string) {
	switch d := v.(type) {
	case *intV:
		e.set(j, key, strconv.FormatInt(d.n, 10)+" ms", true, loc, origin)
		return
	}
	e.setAny(j, key, v, loc, origin)
}

func (e *evaluator) stateBackend(j *Job, v value, loc parser.Location) {
	b, ok := v.(*backendV)
	if !ok {
		e.set(j, KeyStateBackend, "", false, loc, "env.setStateBackend")
		return
	}
	e.set(j, KeyStateBackend, b.name, true, loc, "env.setStateBackend(new "+b.class+")")
	if b.dir != nil {
		e.set(j, KeyCheckpointStore, "filesystem", true, loc, "new "+b.class)
		e.set(j, KeyCheckpointDir, b.dir.s, b.dir.known, loc, "new "+b.class)
	} else if b.class == "MemoryStateBackend" {
		e.set(j, KeyCheckpointStore, "jobmanager", true, loc, "new "+b.class)
	}
	if b.incremental != nil {
		e.set(j, KeyIncremental, strconv.FormatBool(*b.incremental), true, loc, "new "+b.class)
	}
}

// newFlink interprets `new T(args)` for Flink and JDK types the analysis
// models. It returns nil for others.
func (e *evaluator) newFlink(f *frame, fqn, simple string, args []value, loc parser.Location) value {
	j := e.currentJob()
	switch simple {
	case "Properties":
		return newProps(args)
	case "FlinkKafkaProducer", "FlinkKafkaProducer011":
		return newKafkaProducer(args, loc)
	case "Configuration":
		c := &confV{}
		if o, ok := firstArg(args).(*confV); ok {
			c.entries = append(c.entries, o.entries...)
			c.uses = append(c.uses, o.uses...)
		}
		return c
	case "HashMapStateBackend":
		return &backendV{class: simple, name: "hashmap", loc: loc}
	case "EmbeddedRocksDBStateBackend":
		b := &backendV{class: simple, name: "rocksdb", loc: loc}
		if bv, ok := firstArg(args).(*boolV); ok {
			b.incremental = &bv.b
		} else if _, isEnum := firstArg(args).(*enumV); isEnum {
			t := true
			b.incremental = &t
		}
		return b
	case "RocksDBStateBackend", "FsStateBackend", "MemoryStateBackend":
		name := map[string]string{"RocksDBStateBackend": "rocksdb", "FsStateBackend": "filesystem", "MemoryStateBackend": "jobmanager"}[simple]
		b := &backendV{class: simple, name: name, legacy: true, loc: loc}
		if d := asStr(firstArg(args)); d != nil {
			b.dir = d
		} else if x, ok := firstArg(args).(*extV); ok {
			b.dir = asStr(firstArg(x.args))
		}
		if len(args) > 1 {
			if bv, ok := args[1].(*boolV); ok && simple == "RocksDBStateBackend" {
				b.incremental = &bv.b
			}
		}
		if j != nil {
			j.LegacyBackends = append(j.LegacyBackends, APIUse{Name: simple, Loc: loc})
		}
		return b
	case "FileSystemCheckpointStorage":
		s := &storageV{kind: "filesystem", loc: loc}
		if d := asStr(firstArg(args)); d != nil {
			s.dir = d
		} else if x, ok := firstArg(args).(*extV); ok {
			s.dir = asStr(firstArg(x.args))
		}
		if s.dir == nil {
			s.dir = &strV{}
		}
		return s
	case "JobManagerCheckpointStorage":
		return &storageV{kind: "jobmanager", loc: loc}
	case "Random", "SecureRandom":
		return &extV{fqn: "java.util.Random", loc: loc}
	case "Date":
		return &extV{fqn: "java.util.Date", loc: loc}
	case "String", "StringBuilder":
		if s := asStr(firstArg(args)); s != nil {
			return s
		}
	}
	_ = f
	_ = fqn
	return nil
}

// currentJob is the most recently created job of this evaluation.
func (e *evaluator) currentJob() *Job {
	if len(e.jobs) == 0 {
		return nil
	}
	return e.jobs[len(e.jobs)-1]
}

// staticFlink interprets a static call on a class outside the scan.
func (e *evaluator) staticFlink(f *frame, c *classV, x *parser.Call, args []value, loc parser.Location) value {
	simple := flinkapi.Simple(c.fqn)
	e.apiStatic(f, c, x, loc)
	switch {
	case flinkapi.TypeRole(c.fqn) == flinkapi.RoleEnv && flinkapi.EnvCreators[x.Name]:
		return e.newEnv(f, x.Name, args, loc)
	}
	switch simple + "." + x.Name {
	case "List.of", "Arrays.asList", "Collections.singletonList", "ImmutableList.of":
		return &listV{elems: args}
	case "AsyncDataStream.orderedWait", "AsyncDataStream.unorderedWait",
		"AsyncDataStream.orderedWaitWithRetry", "AsyncDataStream.unorderedWaitWithRetry":
		if s, ok := firstArg(args).(*streamV); ok {
			e.curCause, e.curIns = nil, s.ins
			desc, ev, _ := e.function(arg(args, 1))
			return e.op(s.job, x.Name, "async I/O", loc, true, "async I/O keeps in-flight requests in operator state", ev, desc)
		}
	case "StreamTableEnvironment.create", "StreamTableEnvironment.createWithConfig":
		if env, ok := firstArg(args).(*envV); ok {
			// The Table API adds operators of its own to the job.
			e.escape(x, args, loc)
			return &tableEnvV{job: env.job}
		}
	// The builders of sinks with a committer (FileSink's compaction adds
	// operators of its own, see enableCompact); the facts the sink rules read.
	case "KafkaSink.builder":
		return &sinkFactsV{parts: SinkWriterCommitter, facts: &SinkFacts{Connector: ConnectorKafkaSink, Loc: loc, Props: map[string]SinkProp{}}}
	case "FileSink.forRowFormat", "FileSink.forBulkFormat":
		return &sinkFactsV{parts: SinkWriterCommitter, facts: &SinkFacts{Connector: simple, Loc: loc, Props: map[string]SinkProp{}, Commits: true}}
	case "StreamingFileSink.forRowFormat", "StreamingFileSink.forBulkFormat":
		return &sinkFactsV{parts: SinkPartsUnknown, facts: &SinkFacts{Connector: simple, Loc: loc, Props: map[string]SinkProp{}, Commits: true}}
	case "FlinkSink.forRowData", "FlinkSink.forRow", "FlinkSink.builderFor":
		if s, ok := firstArg(args).(*streamV); ok {
			return &sinkBuilderV{stream: s, what: "Iceberg sink"}
		}
	case "DataStreamUtils.reinterpretAsKeyedStream":
		if s, ok := firstArg(args).(*streamV); ok {
			return &streamV{job: s.job, kind: kKeyed, keyed: true, cause: s.with("reinterpretAsKeyedStream treats the stream as keyed", loc), ins: s.ins}
		}
	case "CEP.pattern":
		if s, ok := firstArg(args).(*streamV); ok {
			// A non-keyed stream is keyed by a constant key (CEP's
			// PatternStreamBuilder), so the input is hashed either way.
			return &streamV{job: s.job, kind: kPattern, keyed: s.keyed, cause: s.with("CEP.pattern applies the pattern here", loc), ins: s.inputs("hash")}
		}
	case "CustomSinkOperatorUidHashes.builder":
		return &sinkHashesV{}
	case "Pattern.begin":
		return &patternV{}
	case "RestartStrategies.noRestart":
		return &restartV{kind: "none"}
	case "RestartStrategies.fixedDelayRestart":
		return &restartV{kind: "fixed-delay"}
	case "RestartStrategies.failureRateRestart":
		return &restartV{kind: "failure-rate"}
	case "RestartStrategies.exponentialDelayRestart":
		return &restartV{kind: "exponential-delay"}
	case "RestartStrategies.fallBackRestart":
		return &restartV{kind: "fallback"}
	case "UUID.randomUUID":
		return &strV{unstable: "UUID.randomUUID()"}
	case "System.currentTimeMillis", "System.nanoTime":
		return &intV{unstable: "System." + x.Name + "()"}
	case "Math.random":
		return &intV{unstable: "Math.random()"}
	case "Instant.now", "LocalDateTime.now", "LocalDate.now", "ZonedDateTime.now", "OffsetDateTime.now", "LocalTime.now":
		return &strV{unstable: simple + ".now()"}
	case "ThreadLocalRandom.current":
		return &extV{fqn: "java.util.Random", loc: loc}
	case "Objects.hash", "System.identityHashCode", "Objects.hashCode", "Arrays.hashCode":
		return &intV{unstable: simple + "." + x.Name + "()"}
	case "String.valueOf", "Integer.toString", "Long.toString", "Objects.toString":
		if s := asStr(firstArg(args)); s != nil {
			return s
		}
	case "String.join":
		return joinStrings(args)
	case "String.format":
		return formatString(args)
	case "Integer.parseInt", "Long.parseLong", "Integer.valueOf", "Long.valueOf":
		if s, ok := firstArg(args).(*strV); ok && s.known {
			if n, ok := parseInt(s.s); ok {
				return &intV{n: n}
			}
		}
		if iv, ok := firstArg(args).(*intV); ok {
			return iv
		}
	case "ConfigOptions.key":
		if s, ok := firstArg(args).(*strV); ok && s.known {
			return &optionV{key: e.b.keys.Canonical(s.s)}
		}
	case "Configuration.fromMap":
		return &confV{}
	}
	if d, ok := duration(simple, x.Name, args); ok {
		return d
	}
	return nil
}

func arg(args []value, i int) value {
	if i < len(args) {
		return args[i]
	}
	return nil
}

// duration folds Duration.ofX(n), Time.X(n) and TimeUnit.X.toMillis(n).
func duration(simple, name string, args []value) (value, bool) {
	n, ok := firstArg(args).(*intV)
	if !ok {
		if simple == "Duration" || simple == "Time" {
			return nil, true
		}
		return nil, false
	}
	mult := map[string]int64{
		"Duration.ofMillis": 1, "Duration.ofSeconds": 1000, "Duration.ofMinutes": 60000,
		"Duration.ofHours": 3600000, "Duration.ofDays": 86400000,
		"Time.milliseconds": 1, "Time.seconds": 1000, "Time.minutes": 60000,
		"Time.hours": 3600000, "Time.days": 86400000, "Time.of": 0,
	}[simple+"."+name]
	if mult == 0 {
		return nil, false
	}
	return &durV{ms: n.n * mult}, true
}

func joinStrings(args []value) value {
	if len(args) == 0 {
		return nil
	}
	sep := asStr(args[0])
	if sep == nil || !sep.known {
		return &strV{}
	}
	var parts []string
	for _, a := range args[1:] {
		s := asStr(a)
		if s == nil || !s.known {
			return &strV{}
		}
		parts = append(parts, s.s)
	}
	return &strV{s: strings.Join(parts, sep.s), known: true}
}

func formatString(args []value) value {
	if len(args) == 0 {
		return nil
	}
	format := asStr(args[0])
	if format == nil || !format.known {
		return &strV{}
	}
	var vals []any
	unstable := ""
	for _, a := range args[1:] {
		s := asStr(a)
		if s == nil {
			return &strV{}
		}
		if s.unstable != "" {
			unstable = s.unstable
		}
		if !s.known {
			return &strV{unstable: unstable}
		}
		vals = append(vals, s.s)
	}
	// Java's %d on our string rendering of an int prints the same digits.
	out := fmt.Sprintf(strings.ReplaceAll(format.s, "%d", "%s"), vals...)
	if strings.Contains(out, "%!") {
		return &strV{unstable: unstable}
	}
	return &strV{s: out, known: unstable == "", unstable: unstable}
}

// newEnv creates a job for an environment-creation call.
func (e *evaluator) newEnv(f *frame, method string, args []value, loc parser.Location) value {
	e.b.reached[loc] = true
	n := 0
	for _, j := range e.jobs {
		if !j.Synthetic {
			n++
		}
	}
	id := e.root.cls.FQN + "#" + e.root.m.Name
	if n > 0 {
		id += "#" + strconv.Itoa(n+1)
	}
	j := &Job{ID: id, Class: e.root.cls.FQN, Method: e.root.m.Name, Env: loc, EnvMethod: method}
	e.jobs = append(e.jobs, j)
	e.flushPending(j)
	for _, a := range args {
		if c, ok := a.(*confV); ok {
			e.applyConf(j, c)
		}
	}
	return &envV{job: j}
}

// streamCall interprets a call on a stream value. The operators it
// creates on a keyed stream (a KeyedStream, its windows, an interval join,
// keyed connected streams, a window join or coGroup, whose function runs
// keyed) are marked Keyed.
func (e *evaluator) streamCall(f *frame, s *streamV, x *parser.Call, args []value, loc parser.Location) value {
	j := s.job
	before := 0
	if j != nil {
		before = len(j.Operators)
	}
	v := e.streamOp(f, s, x, args, loc)
	if j != nil && (s.keyed || s.kind == kJoin || s.kind == kCoGroup) {
		for _, o := range j.Operators[before:] {
			o.Keyed = !o.Internal
		}
	}
	return v
}

// streamOp is streamCall without the Keyed marking.
func (e *evaluator) streamOp(f *frame, s *streamV, x *parser.Call, args []value, loc parser.Location) value {
	name := x.Name
	j := s.job
	e.curCause = s.cause
	e.curIns = s.ins
	if identityCalls[name] {
		e.identity(s, x, args, loc)
		return s
	}
	switch s.kind {
	case kWindowed, kAllWindowed:
		switch {
		case windowFunctions[name]:
			desc, ev, _ := e.function(firstArg(args))
			if s.kind == kAllWindowed {
				out := e.op(j, name, "non-keyed window", loc, true, "windowAll holds window contents in operator state", ev, desc)
				if out != nil {
					out.head.NonParallel = true
				}
				return out
			}
			return e.op(j, name, "window aggregation", loc, true, "window aggregation holds keyed state", ev, desc)
		case name == "trigger" || name == "evictor" || name == "allowedLateness" || name == "sideOutputLateData":
			return s
		}
		return nil
	case kJoin, kCoGroup:
		switch name {
		case "apply", "with":
			desc, ev, _ := e.function(firstArg(args))
			// Flink tags each input with a map, unions them and runs the
			// function in a keyed window (CoGroupedStreams.WithWindow.apply).
			cause, arg := e.curCause, e.curArg
			var tagged []Input
			for _, ins := range [][]Input{s.ins, s.other} {
				e.curIns = ins
				if t := internal(j, e.op(j, "map", "join input tagger", loc, false, "", nil, "")); t != nil {
					tagged = append(tagged, t.inputs("hash")...)
				}
			}
			e.curCause, e.curArg, e.curIns = cause, arg, tagged
			if s.kind == kJoin {
				return e.op(j, name, "window join", loc, true, "window join holds both inputs in window state", ev, desc)
			}
			return e.op(j, name, "window coGroup", loc, true, "window coGroup holds both inputs in window state", ev, desc)
		case "where", "equalTo", "window", "trigger", "evictor", "allowedLateness":
			return s
		}
		return nil
	case kIntervalJoin:
		switch name {
		case "process":
			desc, ev, _ := e.function(firstArg(args))
			return e.op(j, name, "interval join", loc, true, "interval join buffers both inputs per key", ev, desc)
		case "between", "lowerBoundExclusive", "upperBoundExclusive", "sideOutputLeftLateData", "sideOutputRightLateData":
			return s
		}
		return nil
	case kPattern:
		switch name {
		case "process", "select", "flatSelect":
			desc, ev, _ := e.function(firstArg(args))
			out := e.op(j, name, "CEP pattern", loc, true, "CEP keeps partial matches (NFA state) per key", ev, desc)
			if out != nil && !s.keyed {
				// PatternStreamBuilder keys a plain stream by a constant
				// and forces the operator non-parallel.
				out.head.NonParallel = true
			}
			return out
		case "inProcessingTime", "inEventTime", "sideOutputLateData":
			return s
		}
		return nil
	case kConnected, kBroadcastConnected:
		switch name {
		case "keyBy":
			return &streamV{job: j, kind: s.kind, keyed: true, cause: s.with("connected streams keyed here", loc), ins: s.inputs("hash")}
		case "process", "map", "flatMap", "transform":
			desc, ev, _ := e.function(firstArg(args))
			switch {
			case name == "transform":
				return e.op(j, name, "custom operator", loc, true, "custom operator (transform) may snapshot state", ev, desc)
			case s.kind == kBroadcastConnected:
				return e.op(j, name, "broadcast process", loc, true, "broadcast state pattern holds broadcast state", ev, desc)
			case s.keyed && name == "process":
				// SPEC §3: process on keyed connected streams holds keyed
				// state and timers; a co-map or co-flatMap is stateful only
				// when its function obtains state.
				return e.op(j, name, "keyed co-process", loc, true, "connected keyed streams hold keyed state", ev, desc)
			}
			return e.op(j, name, "co-"+name, loc, len(ev) > 0, functionReason(desc, ev), ev, desc)
		}
		return nil
	case kSink, kBroadcast:
		return nil
	}
	// DataStream and KeyedStream.
	switch {
	case name == "keyBy":
		return &streamV{job: j, kind: kKeyed, keyed: true, cause: []index.Evidence{{What: "keyBy partitions the stream into keyed state", Loc: loc}}, ins: s.inputs("hash")}
	case partitionings[name]:
		return &streamV{job: j, kind: kStream, ins: partitioned(s, name, args)}
	case name == "iterate":
		if j == nil {
			return &streamV{kind: kStream}
		}
		it := &Iteration{Inputs: s.ins, Loc: loc}
		j.Iterations = append(j.Iterations, it)
		return &streamV{job: j, kind: kStream, ins: append(s.inputs(""), Input{Iteration: it}), iter: it}
	case name == "closeWith" && s.iter != nil:
		if o, ok := firstArg(args).(*streamV); ok {
			s.iter.Feedback = append(s.iter.Feedback, o.ins...)
			return o
		}
		return nil
	case name == "broadcast":
		if len(args) == 0 {
			return &streamV{job: j, kind: kStream, ins: s.inputs("broadcast")}
		}
		return &streamV{job: j, kind: kBroadcast, ins: s.inputs("broadcast")}
	case name == "connect":
		other, _ := firstArg(args).(*streamV)
		var ins []Input
		if other != nil {
			ins = append(sided(s.ins, 1), sided(other.ins, 2)...)
		}
		if other != nil && other.kind == kBroadcast {
			return &streamV{job: j, kind: kBroadcastConnected, keyed: s.keyed, cause: s.with("connected to a broadcast stream here", loc), ins: ins}
		}
		return &streamV{job: j, kind: kConnected, keyed: s.keyed && other != nil && other.keyed, cause: s.with("streams connected here", loc), ins: ins}
	case name == "join" || name == "coGroup":
		var other []Input
		if o, ok := firstArg(args).(*streamV); ok {
			other = o.ins
		}
		kind, what := kJoin, "window join starts here"
		if name == "coGroup" {
			kind, what = kCoGroup, "window coGroup starts here"
		}
		return &streamV{job: j, kind: kind, cause: []index.Evidence{{What: what, Loc: loc}}, ins: s.ins, other: other}
	case name == "windowAll" || name == "countWindowAll" || name == "timeWindowAll":
		// AllWindowedStream keys the stream by a constant key.
		return &streamV{job: j, kind: kAllWindowed, cause: []index.Evidence{{What: name + "(...) collects elements per window", Loc: loc}}, ins: s.inputs("hash")}
	case (name == "window" || name == "countWindow" || name == "timeWindow") && s.keyed:
		return &streamV{job: j, kind: kWindowed, keyed: true, cause: s.with(name+"(...) collects elements per key and window", loc), ins: s.ins}
	case name == "intervalJoin" && s.keyed:
		var ins []Input
		if o, ok := firstArg(args).(*streamV); ok {
			ins = append(sided(s.ins, 1), sided(o.ins, 2)...)
		}
		return &streamV{job: j, kind: kIntervalJoin, keyed: true, cause: s.with("interval join starts here", loc), ins: ins}
	case name == "getExecutionEnvironment":
		if j == nil {
			return nil
		}
		return &envV{job: j}
	case keyedAggregations[name] && s.keyed:
		desc, ev, _ := e.function(firstArg(args))
		if name == "reduce" || name == "fold" {
			return e.op(j, name, "keyed reduce", loc, true, "keyed reduce holds keyed state", ev, desc)
		}
		return e.op(j, name, "keyed aggregation", loc, true, "rolling keyed aggregation holds keyed state", ev, desc)
	case name == "process" && s.keyed:
		desc, ev, _ := e.function(firstArg(args))
		return e.op(j, name, "keyed process", loc, true, "process on a keyed stream holds keyed state and timers", ev, desc)
	case name == "transform":
		desc, ev, _ := e.function(arg(args, 2))
		return e.op(j, name, "custom operator", loc, true, "custom operator (transform) may snapshot state", ev, desc)
	case transforms[name]:
		desc, ev, _ := e.function(firstArg(args))
		return e.op(j, name, name, loc, len(ev) > 0, functionReason(desc, ev), ev, desc)
	case sinkCalls[name]:
		return e.sink(j, name, args, loc)
	}
	return nil
}

// partitioned returns the inputs of a stream that a partitioning call
// (rebalance, union, getSideOutput, ...) on s returns.
func partitioned(s *streamV, name string, args []value) []Input {
	switch name {
	case "union":
		ins := s.inputs("")
		for _, a := range args {
			if o, ok := a.(*streamV); ok {
				ins = append(ins, o.ins...)
			}
		}
		return ins
	case "getSideOutput":
		tag := "?"
		if x, ok := firstArg(args).(*extV); ok {
			if sv := asStr(firstArg(x.args)); sv != nil && sv.known {
				tag = sv.s
			}
		}
		ins := s.inputs("")
		for i := range ins {
			ins[i].SideOutput = tag
		}
		return ins
	case "partitionCustom":
		return s.inputs("custom")
	}
	return s.inputs(name) // rebalance, rescale, shuffle, forward, global
}

// parallelSource reports whether a project source function runs in
// parallel (implements ParallelSourceFunction, directly or through a rich
// base).
func (e *evaluator) parallelSource(c *index.Class) bool {
	for _, n := range e.b.ix.ExternalSupers(c) {
		switch flinkapi.Simple(n) {
		case "ParallelSourceFunction", "RichParallelSourceFunction":
			return true
		}
	}
	return false
}

// connectorSinkParts says which operators Flink runs for a connector's
// Sink V2 (SinkParts values): those with a committer, and those with a
// writer alone. A sink in neither list is SinkPartsUnknown.
var connectorSinkParts = map[string]string{
	"KafkaSink": SinkWriterCommitter, "FileSink": SinkWriterCommitter, "PulsarSink": SinkWriterCommitter,
	"DiscardingSink": SinkWriter, "PrintSink": SinkWriter, "ElasticsearchSink": SinkWriter,
	"OpensearchSink": SinkWriter, "KinesisStreamsSink": SinkWriter, "KinesisFirehoseSink": SinkWriter,
	"DynamoDbSink": SinkWriter,
}

// sinkParts says which operators Flink runs for the Sink V2 a sinkTo
// receives: a writer, a writer and a committer, or, for a sink that adds
// topology of its own (pre-write, pre-commit, post-commit) or that
// flinklint cannot see, SinkPartsUnknown.
func (e *evaluator) sinkParts(v value) string {
	switch a := v.(type) {
	case *sinkFactsV:
		if a.parts == "" {
			return SinkPartsUnknown
		}
		return a.parts
	case *extV:
		if p := connectorSinkParts[flinkapi.Simple(a.fqn)]; p != "" {
			return p
		}
	case *objV:
		parts := SinkWriter
		for _, n := range e.b.ix.ExternalSupers(a.cls) {
			switch flinkapi.Simple(n) {
			case "SupportsCommitter", "TwoPhaseCommittingSink":
				if parts == SinkWriter {
					parts = SinkWriterCommitter
				}
			case "SupportsPreWriteTopology", "SupportsPreCommitTopology", "SupportsPostCommitTopology",
				"WithPreWriteTopology", "WithPreCommitTopology", "WithPostCommitTopology":
				parts = SinkPartsUnknown
			}
		}
		return parts
	}
	return SinkPartsUnknown
}

func (e *evaluator) sink(j *Job, name string, args []value, loc parser.Location) value {
	var sv *streamV
	switch name {
	case "sinkTo", "addSink":
		desc, ev, _ := e.function(firstArg(args))
		stateless := false
		switch a := firstArg(args).(type) {
		case *funcV:
			stateless = true
		case *extV:
			switch flinkapi.Simple(a.fqn) {
			case "DiscardingSink", "PrintSink", "PrintSinkFunction":
				stateless = true
			}
		case *objV:
			stateless = len(ev) == 0 && !e.keepsState(a.cls, statelessSinkSupers)
		}
		if k, ok := firstArg(args).(*sinkFactsV); ok {
			desc = k.facts.Connector
		}
		if stateless {
			sv = e.op(j, name, "sink", loc, false, "", nil, desc)
		} else if name == "sinkTo" {
			sv = e.op(j, name, "sink", loc, true, "sink keeps writer and committer state", ev, desc)
		} else {
			sv = e.op(j, name, "sink", loc, true, "sink function keeps its state in checkpoints", ev, desc)
		}
	default:
		sv = e.op(j, name, "sink", loc, false, "", nil, "")
	}
	if sv != nil {
		sv.kind = kSink
		if name == "sinkTo" {
			sv.head.SinkParts = e.sinkParts(firstArg(args))
			if len(args) > 1 {
				h := &SinkHashes{Unknown: true}
				if v, ok := args[1].(*sinkHashesV); ok {
					c := v.h
					h = &c
				}
				sv.head.SinkHashes = h
			}
		}
		switch a := firstArg(args).(type) {
		case *sinkFactsV:
			if sv.head != nil {
				sv.head.Sink = a.facts
			}
		case *objV:
			if c := e.committerSuper(a.cls); c != "" && sv.head != nil {
				sv.head.Sink = &SinkFacts{Connector: a.cls.Name + " (" + c + ")", Loc: loc, Commits: true}
			}
		}
	}
	return sv
}

// statelessSinkSupers are the supertypes a project sink may have without
// holding state of its own: Sink V2's and the legacy sink function's
// interfaces and rich bases.
var statelessSinkSupers = map[string]bool{
	"Sink": true, "SinkWriter": true, "SinkFunction": true, "RichSinkFunction": true,
	"AbstractRichFunction": true, "RichFunction": true, "Function": true, "Serializable": true,
	"Object": true, "SupportsPreWriteTopology": true, "SupportsConcurrentExecutionAttempts": true,
}

// statelessSourceSupers are the supertypes a project SourceFunction may
// have without holding state of its own.
var statelessSourceSupers = map[string]bool{
	"SourceFunction": true, "ParallelSourceFunction": true, "RichSourceFunction": true,
	"RichParallelSourceFunction": true, "AbstractRichFunction": true, "RichFunction": true,
	"Function": true, "Serializable": true, "Object": true, "ResultTypeQueryable": true,
}

// committerSuper names the supertype that makes a project sink commit on
// checkpoints (a two-phase-commit sink function, a Sink V2 with a
// committer), or "".
func (e *evaluator) committerSuper(c *index.Class) string {
	seen := map[*index.Class]bool{}
	var walk func(c *index.Class) string
	walk = func(c *index.Class) string {
		if c == nil || seen[c] {
			return ""
		}
		seen[c] = true
		for _, s := range c.Supers {
			name := s.FQN
			if name == "" {
				name = s.Ref.Name
			}
			switch flinkapi.Simple(name) {
			case "TwoPhaseCommitSinkFunction", "TwoPhaseCommittingSink", "SupportsCommitter":
				return flinkapi.Simple(name)
			}
			if w := walk(s.Class); w != "" {
				return w
			}
		}
		return ""
	}
	return walk(c)
}

// keepsState reports whether a project sink or source class registers
// state in the operator Flink builds for it (SPEC §3: a sink is stateful
// only when it holds state; Flink's savepoints say the same of legacy
// sources). State evidence in the class (CheckpointedFunction, state
// descriptors) is the caller's; here: any supertype outside the scan beyond
// the plain interfaces and rich bases in plain: a stateful writer
// (SupportsWriterState, StatefulSink), a committer (SupportsCommitter,
// TwoPhaseCommittingSink) whose operator keeps pending committables, a
// two-phase sink function, or a library base flinklint cannot see into.
func (e *evaluator) keepsState(c *index.Class, plain map[string]bool) bool {
	seen := map[*index.Class]bool{}
	var walk func(c *index.Class) bool
	walk = func(c *index.Class) bool {
		if c == nil || seen[c] {
			return false
		}
		seen[c] = true
		for _, s := range c.Supers {
			// Judge Flink's types by name, from a jar or from Flink's own
			// source in the scan; walk through the project's own bases.
			if s.Class == nil || flinkapi.IsFlink(s.Class.FQN) {
				name := s.FQN
				if name == "" {
					name = s.Ref.Name
				}
				if !plain[flinkapi.Simple(name)] {
					return true
				}
			}
			if walk(s.Class) {
				return true
			}
		}
		return false
	}
	return walk(c)
}

// identity applies uid, name, parallelism and the like to s's head operator.
func (e *evaluator) identity(s *streamV, x *parser.Call, args []value, loc parser.Location) {
	op := s.head
	if op == nil {
		return
	}
	switch x.Name {
	case "uid", "setUidHash":
		u := &UID{Hash: x.Name == "setUidHash", Loc: loc}
		if len(x.Args) > 0 {
			u.Expr = Render(x.Args[0])
		}
		if sv := asStr(firstArg(args)); sv != nil {
			u.Value, u.Known, u.Unstable = sv.s, sv.known, sv.unstable
		}
		op.UID = u
	case "name":
		if sv := asStr(firstArg(args)); sv != nil && sv.known {
			op.Name = sv.s
		}
	case "setParallelism", "forceNonParallel":
		a := &IntArg{Loc: loc}
		if x.Name == "forceNonParallel" {
			a.N, a.Known = 1, true
		} else if iv, ok := firstArg(args).(*intV); ok && iv.unstable == "" {
			a.N, a.Known = iv.n, true
		}
		op.Parallelism = a
	case "startNewChain", "disableChaining":
		op.Chaining = x.Name
	case "slotSharingGroup":
		a := &StrArg{Loc: loc}
		if sv := asStr(firstArg(args)); sv != nil && sv.known {
			a.Value, a.Known = sv.s, true
		}
		op.SlotSharingGroup = a
	case "setMaxParallelism":
		a := &IntArg{Loc: loc}
		if iv, ok := firstArg(args).(*intV); ok && iv.unstable == "" {
			a.N, a.Known = iv.n, true
		}
		op.MaxParallelism = a
	}
}

// op records a new operator of job j and returns the stream it produces.
func (e *evaluator) op(j *Job, method, kind string, loc parser.Location, stateful bool, reason string, ev []index.Evidence, fn string) *streamV {
	if j == nil {
		return nil
	}
	if len(ev) > 0 {
		stateful = true
		reason = functionReason(fn, ev)
	}
	if stateful {
		ev = append(append([]index.Evidence(nil), ev...), e.curCause...)
		if len(ev) == 0 && e.curArg.Path != "" {
			ev = []index.Evidence{{What: e.curArgWhat, Loc: e.curArg}}
		}
	}
	e.curCause, e.curArg = nil, parser.Location{}
	o := &Operator{
		Seq: len(j.Operators) - j.internal + 1, Method: method, Kind: kind, Loc: loc, Call: e.curCall, Stmt: e.stmt,
		Stateful: stateful, Reason: reason, Evidence: ev, Function: fn,
		Via: append([]parser.Location(nil), e.via...), Inputs: e.curIns, SettingsBefore: len(j.Settings),
	}
	if len(e.conds) > 0 {
		o.Condition = e.conds[len(e.conds)-1]
	}
	e.curIns = nil
	j.Operators = append(j.Operators, o)
	return &streamV{job: j, kind: kStream, head: o, ins: []Input{{Op: o}}}
}

// internal marks the operator s heads as one Flink adds on its own (see
// Operator.Internal), numbered 0 so the user's operators keep their Seq.
func internal(j *Job, s *streamV) *streamV {
	if s == nil || s.head == nil {
		return s
	}
	s.head.Internal, s.head.Seq = true, 0
	j.internal++
	return s
}

func functionReason(fn string, ev []index.Evidence) string {
	if len(ev) == 0 {
		return ""
	}
	return fmt.Sprintf("%s %s (%s:%d)", fn, ev[0].What, path.Base(ev[0].Loc.Path), ev[0].Loc.Pos.Line)
}

// function describes the user function an operator runs and its state
// evidence. resolved is false when the function's class is not in the scan.
func (e *evaluator) function(v value) (desc string, ev []index.Evidence, resolved bool) {
	switch v := v.(type) {
	case *objV:
		desc = v.cls.Name
		if v.cls.IsAnonymous() {
			desc = "anonymous " + v.cls.Name
		}
		return desc, e.b.ix.StateEvidence(v.cls), true
	case *funcV:
		return "lambda", nil, true
	case *extV:
		return flinkapi.Simple(v.fqn), nil, false
	}
	return "", nil, false
}

// Render prints an expression compactly for messages (`Uids.ORDERS`,
// `"orders-" + suffix`, `UUID.randomUUID().toString()`).
func Render(x parser.Expr) string {
	switch x := x.(type) {
	case *parser.Literal:
		if x.Kind == parser.LitString {
			return strconv.Quote(x.Value)
		}
		return x.Value
	case *parser.Ident:
		return x.Name
	case *parser.FieldAccess:
		return Render(x.X) + "." + x.Name
	case *parser.Call:
		args := make([]string, len(x.Args))
		for i, a := range x.Args {
			args[i] = Render(a)
		}
		s := x.Name + "(" + strings.Join(args, ", ") + ")"
		if x.Recv != nil {
			s = Render(x.Recv) + "." + s
		}
		return s
	case *parser.Binary:
		return Render(x.L) + " " + x.Op + " " + Render(x.R)
	case *parser.New:
		return "new " + x.Type.Name + "(...)"
	case *parser.Cast:
		return Render(x.X)
	case *parser.Unknown:
		return x.Text
	case nil:
		return ""
	}
	return "..."
}

// tableEnvCall: a TableConfig's settings reach the job's environment when the
// table program runs, so tableEnv.getConfig().set(...) configures the job.
func (e *evaluator) tableEnvCall(t *tableEnvV, x *parser.Call) value {
	switch x.Name {
	case "getConfig", "getConfiguration":
		return &confV{apply: t.job}
	}
	return nil
}

// sinkHashesCall follows CustomSinkOperatorUidHashes.builder() to the
// hashes it sets.
func (e *evaluator) sinkHashesCall(r *sinkHashesV, x *parser.Call, args []value, loc parser.Location) value {
	var dst **UID
	switch x.Name {
	case "setWriterUidHash":
		dst = &r.h.Writer
	case "setCommitterUidHash":
		dst = &r.h.Committer
	default:
		return r // build(), or a setter flinklint has no use for
	}
	u := &UID{Hash: true, Loc: loc}
	if len(x.Args) > 0 {
		u.Expr = Render(x.Args[0])
	}
	if sv := asStr(firstArg(args)); sv != nil {
		u.Value, u.Known, u.Unstable = sv.s, sv.known, sv.unstable
	}
	*dst = u
	return r
}

// sinkBuilderCall follows a connector sink builder to the call that adds
// its operators (append()), carrying a uid prefix set on the way.
func (e *evaluator) sinkBuilderCall(b *sinkBuilderV, x *parser.Call, args []value, loc parser.Location) value {
	switch x.Name {
	case "uidPrefix", "uidSuffix":
		u := &UID{Loc: loc}
		if len(x.Args) > 0 {
			u.Expr = Render(x.Args[0])
		}
		if sv := asStr(firstArg(args)); sv != nil {
			u.Value, u.Known, u.Unstable = sv.s, sv.known, sv.unstable
		}
		b.uid = u
		return b
	case "append":
		e.curIns = b.stream.ins
		sv := e.op(b.stream.job, x.Name, "sink", loc, true, b.what+" keeps writer and committer state", nil, b.what)
		if sv != nil {
			sv.head.UID = b.uid
			sv.kind = kSink
		}
		return sv
	}
	return b
}
