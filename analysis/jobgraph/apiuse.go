package jobgraph

// API uses: the calls and references of Flink APIs that some Flink version
// deprecates or removes, recorded on the job for the API rules (API001,
// API002), and the project classes a job instantiates (so that a fact about
// a class, such as "implements SourceFunction", can be judged against the
// Flink version of the jobs that use it). This file only records; which
// versions deprecate or remove what is the rules' catalog.

import (
	"strings"

	"github.com/flinklint/flinklint/analysis/flinkapi"
	"github.com/flinklint/flinklint/analysis/index"
	"github.com/flinklint/flinklint/parser"
)

// Kinds of APIUse.
const (
	// APIMethod is a method called on a Flink object; the name is
	// "Class.method", with the overload in parentheses where it matters:
	// "StreamExecutionEnvironment.setStateBackend", "DataStream.keyBy(String)".
	APIMethod = "method"
	// APIClass is a member of a Flink class used statically; the name is
	// "Class.member": "RestartStrategies.noRestart", "Time.seconds",
	// "ExecutionCheckpointingOptions.CHECKPOINTING_INTERVAL".
	APIClass = "class"
)

// Fully qualified names of the classes whose static members are recorded.
const (
	fqnRestartStrategies = "org.apache.flink.api.common.restartstrategy.RestartStrategies"
	fqnWindowTime        = "org.apache.flink.streaming.api.windowing.time.Time"
	fqnCommonTime        = "org.apache.flink.api.common.time.Time"
	fqnExecCkptOptions   = "org.apache.flink.streaming.api.environment.ExecutionCheckpointingOptions"
	fqnLegacyCkptingMode = "org.apache.flink.streaming.api.CheckpointingMode"
)

// Prefixes of the recorded method names, by receiver.
const (
	apiEnv    = "StreamExecutionEnvironment."
	apiCkpt   = "CheckpointConfig."
	apiStream = "DataStream."
)

// envAPIs are the StreamExecutionEnvironment methods recorded by name.
var envAPIs = map[string]bool{
	"setStateBackend": true, "setRestartStrategy": true, "setNumberOfExecutionRetries": true,
	"addSource": true, "setStreamTimeCharacteristic": true,
}

// checkpointAPIs are the CheckpointConfig methods recorded by name.
var checkpointAPIs = map[string]bool{
	"enableExternalizedCheckpoints": true, "setExternalizedCheckpointCleanup": true,
	"setCheckpointStorage": true, "setFailOnCheckpointingErrors": true,
	"setAlignmentTimeout": true, "setForceCheckpointing": true, "setCheckpointingMode": true,
}

// confAPIs are the typed Configuration setters (all but set and
// setString(String, String)).
var confAPIs = map[string]bool{
	"setInteger": true, "setLong": true, "setBoolean": true, "setFloat": true,
	"setDouble": true, "setBytes": true, "setClass": true,
}

// apiCall records the API use of a call on a Flink value, if it is one.
func (e *evaluator) apiCall(f *frame, recv value, x *parser.Call, args []value, loc parser.Location) {
	switch r := recv.(type) {
	case *envV:
		if name := e.envAPI(f, x, args); name != "" {
			e.useAPI(r.job, APIMethod, name, loc)
		}
	case *execV:
		switch x.Name {
		case "setRestartStrategy", "setNumberOfExecutionRetries":
			e.useAPI(r.job, APIMethod, "ExecutionConfig."+x.Name, loc)
		}
	case *ckptV:
		if checkpointAPIs[x.Name] {
			e.useAPI(r.job, APIMethod, apiCkpt+x.Name, loc)
		}
	case *confV:
		name := ""
		switch {
		case confAPIs[x.Name]:
			name = "Configuration." + x.Name
		case x.Name == "setString":
			if _, typed := firstArg(args).(*optionV); typed {
				name = "Configuration.setString(ConfigOption)"
			}
		}
		if name != "" {
			// A Configuration belongs to the job it is applied to (see
			// applyConf); a job that exists already gets it now too.
			u := APIUse{Name: name, Kind: APIMethod, Loc: loc}
			r.uses = append(r.uses, u)
			if j := e.currentJob(); j != nil {
				addUse(j, u)
			}
		}
	case *streamV:
		if name := streamAPI(r, x.Name, args); name != "" {
			e.useAPI(r.job, APIMethod, name, loc)
		}
	}
}

func (e *evaluator) envAPI(f *frame, x *parser.Call, args []value) string {
	if envAPIs[x.Name] {
		return apiEnv + x.Name
	}
	if x.Name != "enableCheckpointing" {
		return ""
	}
	switch len(args) {
	case 0:
		return apiEnv + "enableCheckpointing()"
	case 2:
		if e.constantClass(f, x.Args[1]) == fqnLegacyCkptingMode {
			return apiEnv + "enableCheckpointing(long, org.apache.flink.streaming.api.CheckpointingMode)"
		}
	case 3:
		return apiEnv + "enableCheckpointing(long, CheckpointingMode, boolean)"
	}
	return ""
}

func streamAPI(s *streamV, name string, args []value) string {
	if s.kind != kStream && s.kind != kKeyed {
		return ""
	}
	switch name {
	case "addSink", "iterate", "timeWindowAll":
		return apiStream + name
	case "timeWindow":
		if s.kind == kKeyed {
			return "KeyedStream.timeWindow"
		}
	case "keyBy":
		// Field positions and field expressions; a KeySelector is neither
		// a string nor a number.
		strs, ints := 0, 0
		for _, a := range args {
			switch a.(type) {
			case *strV:
				strs++
			case *intV:
				ints++
			}
		}
		switch {
		case len(args) == 0:
		case strs == len(args):
			return apiStream + "keyBy(String)"
		case ints == len(args):
			return apiStream + "keyBy(int)"
		}
	}
	return ""
}

// apiStatic records a static call on a Flink class outside the scan.
func (e *evaluator) apiStatic(f *frame, c *classV, x *parser.Call, loc parser.Location) {
	switch {
	case e.isType(f, c.fqn, fqnRestartStrategies):
		e.useAPI(e.currentJob(), APIClass, "RestartStrategies."+x.Name, loc)
	case e.isType(f, c.fqn, fqnWindowTime), e.isType(f, c.fqn, fqnCommonTime):
		e.useAPI(e.currentJob(), APIClass, "Time."+x.Name, loc)
	}
}

// apiField records a static field of a Flink class outside the scan; loc
// is the class name.
func (e *evaluator) apiField(f *frame, c *classV, name string, loc parser.Location) {
	if c.cls == nil && e.isType(f, c.fqn, fqnExecCkptOptions) {
		e.useAPI(e.currentJob(), APIClass, "ExecutionCheckpointingOptions."+name, loc)
	}
}

// isType reports whether fqn, as resolved in f's file, is the class want:
// resolved to it, or left as its simple name while the file imports its
// package on demand.
func (e *evaluator) isType(f *frame, fqn, want string) bool {
	if fqn == want {
		return true
	}
	if fqn != flinkapi.Simple(want) {
		return false
	}
	pkg := strings.TrimSuffix(want, "."+fqn)
	for _, imp := range f.cls.File.Imports {
		if imp.Wildcard && !imp.Static && imp.Path == pkg {
			return true
		}
	}
	return false
}

// constantClass returns the class of a constant argument written as
// Type.CONSTANT or as a statically imported CONSTANT ("" when unknown).
func (e *evaluator) constantClass(f *frame, x parser.Expr) string {
	switch x := x.(type) {
	case *parser.FieldAccess:
		if name := parser.QualifiedName(x.X); name != "" {
			_, fqn := e.b.ix.Resolve(f.cls.File, f.cls, name)
			return fqn
		}
	case *parser.Ident:
		if _, local := f.vars[x.Name]; !local {
			return e.b.ix.ResolveStatic(f.cls.File, x.Name)
		}
	}
	return ""
}

// useAPI records one API use on job j; uses seen before the root method
// created its job wait for it (see flushPending).
func (e *evaluator) useAPI(j *Job, kind, name string, loc parser.Location) {
	u := APIUse{Name: name, Kind: kind, Loc: loc}
	if j == nil {
		e.pendingUses = append(e.pendingUses, u)
		return
	}
	addUse(j, u)
}

func addUse(j *Job, u APIUse) {
	for _, x := range j.APIUses {
		if x.Name == u.Name && x.Loc == u.Loc {
			return
		}
	}
	j.APIUses = append(j.APIUses, u)
}

// useClass records that the current job instantiates project class c.
func (e *evaluator) useClass(c *index.Class) {
	j := e.currentJob()
	if j == nil {
		e.pendingClasses = append(e.pendingClasses, c.FQN)
		return
	}
	addClass(j, c.FQN)
}

func addClass(j *Job, fqn string) {
	for _, x := range j.Classes {
		if x == fqn {
			return
		}
	}
	j.Classes = append(j.Classes, fqn)
}

// flushPending hands the uses and classes seen before j existed to j.
func (e *evaluator) flushPending(j *Job) {
	for _, u := range e.pendingUses {
		addUse(j, u)
	}
	for _, c := range e.pendingClasses {
		addClass(j, c)
	}
	e.pendingUses, e.pendingClasses = nil, nil
}
