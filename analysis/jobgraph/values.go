package jobgraph

import (
	"strconv"

	"github.com/flinklint/flinklint/analysis/index"
	"github.com/flinklint/flinklint/parser"
)

// value is an abstract value: one of the *xxxV types below, or nil when
// nothing is known.
type value any

// envV is a StreamExecutionEnvironment.
type envV struct{ job *Job }

// streamKind tells the Flink stream types apart.
type streamKind int

const (
	kStream streamKind = iota
	kKeyed
	kWindowed
	kAllWindowed
	kConnected
	kBroadcast
	kBroadcastConnected
	kJoin         // join(...).where(...).equalTo(...).window(...)
	kCoGroup      // coGroup(...)...
	kIntervalJoin // intervalJoin(...).between(...)
	kPattern      // CEP PatternStream
	kSink         // DataStreamSink
)

// streamV is a Flink stream of some kind. head is the operator whose call
// returned this value (nil for partitionings, windows and builders): identity
// calls such as uid() apply to it.
type streamV struct {
	job   *Job
	kind  streamKind
	head  *Operator
	keyed bool // for connected streams: both inputs keyed (or connect(...).keyBy(...))
	// cause lists the calls that make operators on this stream stateful by
	// themselves (keyBy, window, connect, ...), for evidence in findings.
	cause []index.Evidence
	// ins are the inputs an operator applied to this stream gets; other
	// holds the second stream of a join or coGroup until apply.
	ins, other []Input
	// iter is the loop of an IterativeStream (what iterate() returns).
	iter *Iteration
}

// inputs returns s's inputs with partition set (kept when p is "").
func (s *streamV) inputs(p string) []Input {
	out := make([]Input, len(s.ins))
	for i, in := range s.ins {
		if p != "" {
			in.Partition = p
		}
		out[i] = in
	}
	return out
}

// sided returns ins as input side of a two-input operator.
func sided(ins []Input, side int) []Input {
	out := make([]Input, len(ins))
	for i, in := range ins {
		in.Side = side
		out[i] = in
	}
	return out
}

// with returns a copy of s's cause plus one more step.
func (s *streamV) with(what string, loc parser.Location) []index.Evidence {
	out := make([]index.Evidence, 0, len(s.cause)+1)
	out = append(out, s.cause...)
	return append(out, index.Evidence{What: what, Loc: loc})
}

// ckptV is a CheckpointConfig, execV an ExecutionConfig.
type ckptV struct{ job *Job }
type execV struct{ job *Job }

// confV is a Configuration object under construction. When apply is set
// (a TableConfig's configuration), settings reach that job at once.
type confV struct {
	entries []Setting
	uses    []APIUse // deprecated setters called on it
	apply   *Job
}

// tableEnvV is a StreamTableEnvironment created from a job's environment.
type tableEnvV struct{ job *Job }

// sinkBuilderV is a connector's sink builder that adds its operators to the
// job when finished (Iceberg's FlinkSink.forRowData(stream)...append()).
type sinkBuilderV struct {
	stream *streamV
	what   string // "Iceberg sink"
	uid    *UID
}

// sinkHashesV is a CustomSinkOperatorUidHashes or its builder.
type sinkHashesV struct{ h SinkHashes }

// objV is an instance of a project class.
type objV struct {
	cls    *index.Class
	fields map[string]value
}

// extV is an instance of a type outside the scan.
type extV struct {
	fqn  string // best known name; simple name when unresolved
	args []value
	loc  parser.Location
}

// funcV is a lambda or method reference.
type funcV struct{ loc parser.Location }

// strV is a string; unstable names what makes it differ between runs.
type strV struct {
	s        string
	known    bool
	unstable string
}

// intV is an integer (durations are in milliseconds).
type intV struct {
	n        int64
	unstable string
}

// listV is a List or array whose elements are known: List.of(...),
// Arrays.asList(...), an array initializer. A loop over it is unrolled.
type listV struct{ elems []value }

// boolV is a boolean.
type boolV struct{ b bool }

// enumV is an enum constant (or a static constant of an external class).
type enumV struct{ typ, name string }

// optionV is a ConfigOption with its canonical key.
type optionV struct{ key string }

// classV is a type name used as an expression (the receiver of a static call).
type classV struct {
	fqn string
	cls *index.Class
}

// pkgV is a package name prefix of a qualified name.
type pkgV struct{ path string }

// backendV is a state backend instance.
type backendV struct {
	class       string // simple class name
	name        string // hashmap, rocksdb, filesystem, jobmanager
	legacy      bool
	dir         *strV
	incremental *bool
	loc         parser.Location
}

// storageV is a checkpoint storage instance.
type storageV struct {
	kind string // jobmanager, filesystem
	dir  *strV
	loc  parser.Location
}

// restartV is a RestartStrategies configuration.
type restartV struct{ kind string }

// patternV is a CEP Pattern definition (not a stream).
type patternV struct{}

func (s *strV) render() string {
	if s.known {
		return strconv.Quote(s.s)
	}
	return "<unknown>"
}

// asStr converts v to a string value when it has one.
func asStr(v value) *strV {
	switch v := v.(type) {
	case *strV:
		return v
	case *intV:
		return &strV{s: strconv.FormatInt(v.n, 10), known: true, unstable: v.unstable}
	case *boolV:
		return &strV{s: strconv.FormatBool(v.b), known: true}
	case *enumV:
		return &strV{s: v.name, known: true}
	}
	return nil
}
