// Package jobgraph finds the Flink jobs of a scan and builds each one's
// operator graph: sources, transformations and sinks in creation order, with
// their kind, the user function they run, whether and why they hold state,
// and the identity calls applied to them (uid, setUidHash, name,
// parallelism, max parallelism). It also records the settings a job makes
// in code (environment, ExecutionConfig, CheckpointConfig and Configuration
// objects), as canonical Flink config keys, and the job's uses of Flink APIs
// that some version deprecates or removes (apiuse.go).
//
// It works by abstract interpretation of the parser's syntax tree: values
// flow from the environment-creation call through local variables, fields,
// project methods and constructors (across files). Receivers are Flink only
// when their value comes from a Flink environment or their declared type
// resolves to a Flink type, so java.util.stream, Optional, Kafka Streams,
// Beam or Reactor chains are never taken for Flink.
//
// It reads the project index and never parses files itself (method bodies
// the driver dropped to save memory come back through index.Body); it knows
// nothing of config files or rules.
package jobgraph

import (
	"fmt"
	"github.com/flinklint/flinklint/analysis/index"
	"github.com/flinklint/flinklint/parser"
)

// Canonical keys of the settings this package records from code. They are
// the current (Flink 1.20+) names; config readers map older names to them.
const (
	KeyMaxParallelism   = "pipeline.max-parallelism"
	KeyParallelism      = "parallelism.default"
	KeyAutoUIDs         = "pipeline.auto-generate-uids"
	KeyRuntimeMode      = "execution.runtime-mode"
	KeyInterval         = "execution.checkpointing.interval"
	KeyMinPause         = "execution.checkpointing.min-pause"
	KeyTimeout          = "execution.checkpointing.timeout"
	KeyMode             = "execution.checkpointing.mode"
	KeyRetention        = "execution.checkpointing.externalized-checkpoint-retention"
	KeyCheckpointDir    = "execution.checkpointing.dir"
	KeyCheckpointStore  = "execution.checkpointing.storage"
	KeySavepointDir     = "execution.checkpointing.savepoint-dir"
	KeyIncremental      = "execution.checkpointing.incremental"
	KeyStateBackend     = "state.backend.type"
	KeyRestartStrategy  = "restart-strategy.type"
	KeyUnaligned        = "execution.checkpointing.unaligned.enabled"
	KeyMaxConcurrent    = "execution.checkpointing.max-concurrent-checkpoints"
	KeyTolerableFailure = "execution.checkpointing.tolerable-failed-checkpoints"
	KeyChaining         = "pipeline.operator-chaining.enabled"
	KeyBufferTimeout    = "execution.buffer-timeout.interval"
	KeyWatermarkEvery   = "pipeline.auto-watermark-interval"
	KeyObjectReuse      = "pipeline.object-reuse"
)

// Graph is every job of a scan.
type Graph struct {
	Jobs []*Job
	// Problems are methods the interpretation could not finish (an internal
	// error, or the step budget); the driver reports them as notifications.
	Problems []Problem
}

// Problem is a method the interpretation could not finish.
type Problem struct {
	// Loc is where it happened: the call or statement being evaluated when
	// an internal error struck, the root method for a spent step budget.
	// Path is empty only for a problem that concerns no one file.
	Loc      parser.Location
	Message  string
	Internal bool // a bug in flinklint (a recovered panic), not a limit
}

func (p Problem) String() string {
	if p.Loc.Path == "" {
		return p.Message
	}
	return fmt.Sprintf("%s:%d: %s", p.Loc.Path, p.Loc.Pos.Line, p.Message)
}

// Job is one Flink job: an environment and everything that flows from it.
type Job struct {
	// ID identifies the job independently of line numbers:
	// "com.acme.OrdersJob#main", with "#2" appended for a second environment
	// created by the same root.
	ID string
	// Class and Method are the job's root: the class a deployment names as
	// its entry class, and the method (usually main).
	Class, Method string
	// Env is the environment-creation call's method name token
	// (getExecutionEnvironment, createLocalEnvironment, ...).
	Env       parser.Location
	EnvMethod string
	// Synthetic is set for the operators of a project method that receives
	// streams but that no job of the scan reaches (a library helper): such a
	// job has no environment and no settings, only operators.
	Synthetic bool
	Operators []*Operator
	// Settings made in code, in evaluation order; later ones win.
	Settings []Setting
	// LegacyBackends lists legacy state backend classes the job constructs.
	LegacyBackends []APIUse
	// APIUses lists the job's uses of Flink APIs that some Flink version
	// deprecates or removes (see apiuse.go), each location once.
	APIUses []APIUse
	// Classes are the project classes (fully qualified names) the job
	// instantiates, in first-use order.
	Classes []string
	// Iterations are the job's iterate() loops, in creation order.
	Iterations []*Iteration
	// Escapes are calls to code outside the scan that receive the job's
	// environment or one of its streams (or build a Table API environment
	// on it), and stream methods flinklint does not model: they may add
	// operators flinklint does not see.
	Escapes []Escape

	internal int // how many Operators are Internal
}

// Escape is a call outside the scan that receives a job's environment or
// stream.
type Escape struct {
	Call string // as written: "Pipelines.enrich", "tableEnv.fromDataStream"; ".executeAndCollect" for a stream method
	Loc  parser.Location
}

// APIUse is a notable API call or construction.
type APIUse struct {
	Name string // "FsStateBackend", "StreamExecutionEnvironment.setStateBackend"
	// Kind is APIMethod or APIClass for APIUses; "" for LegacyBackends.
	Kind string
	// Loc is the method name token, or the class name of a static field.
	Loc parser.Location
}

// Setting is one setting made in code.
type Setting struct {
	Key string // canonical key
	// RawKey is the key as written in code when it was a string
	// (setString("state.backend", ...)); "" for typed options.
	RawKey string
	Value  string // Flink config syntax: "128", "60000 ms", "RETAIN_ON_CANCELLATION", "rocksdb"; "" when unknown
	Known  bool   // false when the value could not be computed (it is still set)
	Loc    parser.Location
	// Origin says how it was set: "env.setMaxParallelism", "Configuration.set(PipelineOptions.MAX_PARALLELISM)".
	Origin string
}

// Lookup returns the last code setting of key.
func (j *Job) Lookup(key string) (Setting, bool) {
	for i := len(j.Settings) - 1; i >= 0; i-- {
		if j.Settings[i].Key == key {
			return j.Settings[i], true
		}
	}
	return Setting{}, false
}

// Operator is one physical operator of a job.
type Operator struct {
	// Seq is the creation order within the job, from 1, counting only the
	// operators a user writes: Internal ones have 0, so adding one to the
	// model does not renumber the rest (findings' fingerprints use Seq).
	Seq    int
	Method string // the API method that creates it: "aggregate", "fromSource", "orderedWait"
	Kind   string // "window aggregation", "source", "map", ...
	Loc    parser.Location
	// Call is the whole operator invocation, receiver chain included; its
	// end is right after the call's closing parenthesis.
	Call parser.Location
	// Stmt is the statement that contains the operator call.
	Stmt parser.Location
	// Stateful operators need a stable uid. Reason says why
	// ("window aggregation holds keyed state", `DedupFunction obtains
	// ValueState "seen" (DedupFunction.java:14)`); Evidence locates it.
	Stateful bool
	Reason   string
	Evidence []index.Evidence
	// Function describes the user function ("DedupFunction", "lambda",
	// "anonymous RichMapFunction"); "" when there is none.
	Function string
	UID      *UID
	Name     string
	// Parallelism and MaxParallelism are set by the operator's own calls.
	Parallelism    *IntArg
	MaxParallelism *IntArg
	// NonParallel is set for operators Flink always runs with parallelism
	// 1 and max parallelism 1 (the function of a windowAll, CEP on a
	// stream that is not keyed).
	NonParallel bool
	// Keyed is set for operators that run on a keyed stream (after keyBy,
	// a keyed window, an interval join, a window join or coGroup): their
	// state and records are spread over key groups.
	Keyed bool
	// Sink is what the code says about a transactional sink's delivery
	// (sinkTo(KafkaSink), addSink(FlinkKafkaProducer), a FileSink or
	// StreamingFileSink, a project two-phase-commit sink); nil for other
	// operators and sinks flinklint cannot follow.
	Sink *SinkFacts
	// Internal is set for operators Flink adds on its own that the user
	// cannot name or give a uid (the input taggers of a window join or
	// coGroup): they shape operator IDs and chains but no rule asks for
	// their uid.
	Internal bool
	// Via lists the call sites between the job's root method and the
	// operator when the chain crosses methods (outermost first).
	Via []parser.Location
	// Inputs are the operators it reads from, in Flink's input order (a
	// union's inputs in union order, then a two-input operator's second
	// input); empty for sources and for streams flinklint could not trace.
	// They shape the stream graph and so the IDs of uid-less operators.
	Inputs []Input
	// Chaining is the chaining call applied to it: "startNewChain",
	// "disableChaining" or "".
	Chaining string
	// SlotSharingGroup is set by slotSharingGroup(...).
	SlotSharingGroup *StrArg
	// SinkParts says, for a sinkTo, which operators Flink runs for the
	// Sink V2: SinkWriter, SinkWriterCommitter or SinkPartsUnknown.
	SinkParts string
	// Condition is the statement (an if, switch, conditional expression,
	// catch, or a loop flinklint cannot unroll) that decides whether, or
	// how often, the operator is created, when its outcome is not known;
	// zero when the operator is always created once. Both branches of a
	// condition are modeled, so the graph may hold operators a run lacks.
	Condition parser.Location
	// SettingsBefore is how many of the job's Settings were made when the
	// operator was created: Flink gives an operator the environment's
	// parallelism of that moment.
	SettingsBefore int
	// SerialSource is set for a legacy source (addSource) whose function is
	// not a ParallelSourceFunction: Flink runs it with parallelism 1.
	SerialSource bool
	// SinkHashes are the CustomSinkOperatorUidHashes a sinkTo is given:
	// the uid hashes of its writer and committer operators.
	SinkHashes *SinkHashes
}

// SinkHashes are the operator uid hashes of a Sink V2's writer and
// committer (CustomSinkOperatorUidHashes); nil when not set. Unknown is set
// when the argument could not be followed to its builder.
type SinkHashes struct {
	Writer, Committer *UID
	Unknown           bool
}

// SinkParts values.
const (
	SinkWriter          = "writer"
	SinkWriterCommitter = "writer+committer"
	// SinkPartsUnknown: a sink flinklint cannot see into, or one that adds
	// topology of its own (FileSink compaction, pre- or post-commit).
	SinkPartsUnknown = "unknown"
)

// Input is one input of an operator.
type Input struct {
	Op *Operator
	// Partition is how records reach the operator: "" when the API picks
	// (forward, or rebalance when the parallelisms differ), "hash" (keyBy),
	// "rebalance", "rescale", "shuffle", "forward", "broadcast", "global",
	// "custom" (partitionCustom).
	Partition string
	// Iteration is set, and Op nil, when the input is the head of an
	// iteration (env.iterate()): the records its closeWith feeds back.
	Iteration *Iteration
	// SideOutput is the OutputTag's id when the input is a side output
	// ("?" when the id is not known).
	SideOutput string
	// Side is 0 for one-input operators, 1 or 2 for the first or second
	// input of a two-input operator.
	Side int
}

// Iteration is a DataStream.iterate() loop (Flink 1.x): Flink adds an
// iteration head (a source) and tail (a sink) node, and the streams given
// to closeWith flow from the tail back to the head.
type Iteration struct {
	// Inputs are the inputs of the stream iterate() was called on.
	Inputs []Input
	// Feedback are the streams closeWith feeds back, in order.
	Feedback []Input
	Loc      parser.Location
}

// StrArg is a string argument with where it was passed.
type StrArg struct {
	Value string
	Known bool
	Loc   parser.Location
}

// UID is a uid(...) or setUidHash(...) applied to an operator.
type UID struct {
	Value string // the folded value when Known
	Known bool
	Hash  bool // setUidHash
	Expr  string
	Loc   parser.Location // the uid/setUidHash method name token
	// Unstable names what makes the value change between runs
	// ("UUID.randomUUID()"), "" when stable.
	Unstable string
}

// IntArg is an integer argument with where it was passed.
type IntArg struct {
	N     int64
	Known bool
	Loc   parser.Location
}
