package streamgraph

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/flinklint/flinklint/analysis/jobgraph"
)

// Options are what a job's code does not say.
type Options struct {
	// Flink2 selects the Flink 2.x API's graph (operators that changed
	// default chaining strategy or moved to Sink V2 / Source V2).
	Flink2 bool
	// DefaultParallelism is parallelism.default as the environment's
	// configuration has it (the cluster's), for operators created before
	// the job sets a parallelism of its own, if it does; 0 when unknown
	// (then Config's parallelism.default, if any).
	DefaultParallelism int
	// Config holds the Flink options the job runs with that its code does
	// not set (config files, a deployment manifest), by canonical key. The
	// builder reads operator chaining, chaining across max parallelism,
	// the runtime mode and parallelism.default; code wins over it.
	Config map[string]string
}

// Built is a job's stream graph and the stream nodes of each operator.
type Built struct {
	Graph *Graph
	// Nodes lists each operator's nodes: one, or a Sink V2's writer and
	// committer; none for an operator Flink drops (a source nothing reads).
	Nodes map[*jobgraph.Operator][]*Node
}

// Build builds the stream graph Flink generates for a job, as the
// DataStream API and StreamGraphGenerator would: one node per operator,
// numbered in creation order, except a Sink V2 (sinkTo), whose writer and
// committer Flink creates when it generates the graph, after every
// operator of the API, and the head and tail of an iteration, which Flink
// numbers downwards from -1 (so they come first); edges in the order Flink
// adds them, translating operators in creation order and each one's inputs
// first (see translate).
func Build(j *jobgraph.Job, opt Options) *Built {
	b := &builder{job: j, opt: opt, g: &Graph{Chaining: true},
		out: &Built{Nodes: map[*jobgraph.Operator][]*Node{}}, at: map[*jobgraph.Operator]*Node{},
		iter: map[*jobgraph.Iteration][2]*Node{}, done: map[any]bool{}}
	b.out.Graph = b.g
	b.settings()
	for k := len(j.Iterations) - 1; k >= 0; k-- {
		it := j.Iterations[k]
		tail := b.g.Add(&Node{Name: fmt.Sprintf("IterationSink-%d", k+1), NoOperator: true, SlotSharingGroup: "default"})
		head := b.g.Add(&Node{Name: fmt.Sprintf("IterationSource-%d", k+1), NoOperator: true, SlotSharingGroup: "default",
			MaxParallelism: b.jobMaxParallelism()})
		b.iter[it] = [2]*Node{head, tail}
		if len(it.Feedback) == 0 {
			b.uncertain("iterate (line %d) has no closeWith flinklint can see", it.Loc.Pos.Line)
		}
	}
	read := map[*jobgraph.Operator]bool{}
	for _, o := range j.Operators {
		for _, in := range o.Inputs {
			read[in.Op] = true
		}
	}
	for _, it := range j.Iterations {
		for _, in := range it.Inputs {
			read[in.Op] = true
		}
	}
	var sinks []*jobgraph.Operator
	for _, o := range j.Operators {
		if c := o.Condition; c.Path != "" {
			b.uncertain("%s (line %d) exists only if the statement at line %d decides so, or as often as it does", o.Method, o.Loc.Pos.Line, c.Pos.Line)
		}
		switch {
		case len(o.Inputs) == 0 && !b.isSource(o):
			b.uncertain("%s (line %d) has inputs flinklint cannot trace", o.Method, o.Loc.Pos.Line)
		case b.isSource(o) && !read[o]:
			continue // Flink only translates what some operator reads
		}
		if o.Method == "sinkTo" {
			sinks = append(sinks, o)
			continue
		}
		if o.Method == "append" {
			b.uncertain("%s (line %d): the operators a connector's sink builder adds are not modeled", o.Function, o.Loc.Pos.Line)
		}
		b.node(o, "")
	}
	for _, o := range sinks {
		w := b.node(o, "Writer")
		if o.SinkParts == jobgraph.SinkPartsUnknown {
			b.uncertain("sinkTo (line %d): which operators the sink adds (a committer, topology of its own) is not known", o.Loc.Pos.Line)
		}
		if o.SinkParts == jobgraph.SinkWriterCommitter {
			c := b.g.Add(&Node{Name: w.Name + " Committer", Parallelism: w.Parallelism,
				MaxParallelism: w.MaxParallelism, SlotSharingGroup: w.SlotSharingGroup, Chaining: Always})
			if w.UID != "" {
				c.UID = "Sink Committer: " + w.UID
			}
			c.UIDUnknown = w.UIDUnknown
			b.out.Nodes[o] = append(b.out.Nodes[o], c)
		}
		if h := o.SinkHashes; h != nil {
			if h.Unknown {
				b.uncertain("sinkTo (line %d) is given operator uid hashes flinklint cannot follow", o.Loc.Pos.Line)
			}
			for i, u := range []*jobgraph.UID{h.Writer, h.Committer} {
				if u == nil || i >= len(b.out.Nodes[o]) {
					continue
				}
				if !u.Known || u.Unstable != "" {
					b.uncertain("sinkTo (line %d) sets a uid hash flinklint cannot compute (%s)", o.Loc.Pos.Line, u.Expr)
					continue
				}
				b.out.Nodes[o][i].UserHash = u.Value
			}
		}
	}
	for _, o := range j.Operators {
		if len(b.out.Nodes[o]) > 0 && !b.isSource(o) {
			b.translate(o)
		}
	}
	if b.maxUnknown && b.g.CompareMaxParallelism {
		b.uncertain("operators chain only with equal max parallelism here, and some max parallelism is not known")
	}
	return b.out
}

// translate adds the edges into o's nodes as StreamGraphGenerator.transform
// does: it translates o's inputs first (recursively; an iteration's head
// translates the streams fed back to it, which may read o itself), then
// connects them to o unless the recursion already did.
func (b *builder) translate(o *jobgraph.Operator) {
	if b.done[o] {
		return
	}
	for _, in := range o.Inputs {
		switch {
		case in.Iteration != nil:
			b.translateIteration(in.Iteration)
		case in.Op != nil:
			b.translate(in.Op)
		}
	}
	if b.done[o] {
		return
	}
	b.done[o] = true
	ns := b.out.Nodes[o]
	if len(ns) == 0 {
		return
	}
	b.connect(o, ns[0])
	if len(ns) == 2 {
		b.g.Connect(ns[0], ns[1], Forward, 0, "")
	}
}

// translateIteration is transformFeedback: the iteration's input, then
// each stream fed back, connected to the iteration's tail.
func (b *builder) translateIteration(it *jobgraph.Iteration) {
	for _, in := range it.Inputs {
		if in.Op != nil {
			b.translate(in.Op)
		}
	}
	if b.done[it] {
		return
	}
	b.done[it] = true
	tail := b.iter[it][1]
	for _, fb := range it.Feedback {
		if fb.Op == nil {
			b.uncertain("iterate (line %d) feeds back a stream flinklint cannot trace", it.Loc.Pos.Line)
			continue
		}
		b.translate(fb.Op)
		if from := b.at[fb.Op]; from != nil {
			if fb.Partition != "" || fb.SideOutput != "" {
				b.uncertain("iterate (line %d): a partitioned or side-output feedback is not modeled", it.Loc.Pos.Line)
			}
			b.g.Connect(from, tail, Forward, 0, "")
			if tail.Parallelism == 0 {
				// StreamGraph.createIterationSourceAndSink gives the
				// tail its parallelism as max parallelism too.
				tail.Parallelism, tail.MaxParallelism = from.Parallelism, from.Parallelism
			}
		}
	}
}

type builder struct {
	job *jobgraph.Job
	opt Options
	g   *Graph
	out *Built
	at  map[*jobgraph.Operator]*Node
	// iter holds each iteration's head and tail nodes.
	iter map[*jobgraph.Iteration][2]*Node
	// done marks translated operators and iterations.
	done map[any]bool
	// maxUnknown is set when some max parallelism cannot be computed.
	maxUnknown bool
}

func (b *builder) uncertain(format string, args ...any) {
	b.g.Uncertain = append(b.g.Uncertain, fmt.Sprintf(format, args...))
}

func (b *builder) settings() {
	switch v, known, set := b.setting(jobgraph.KeyChaining); {
	case set && !known:
		b.uncertain("operator chaining is set to a value flinklint cannot compute")
	case set && strings.EqualFold(v, "false"):
		b.g.Chaining = false
	}
	for _, esc := range b.job.Escapes {
		if strings.HasPrefix(esc.Call, ".") {
			b.uncertain("%s (line %d) is a stream method flinklint does not model, which may add operators", esc.Call[1:], esc.Loc.Pos.Line)
			continue
		}
		b.uncertain("%s (line %d) hands the job's environment or a stream to code outside the scan, which may add operators", esc.Call, esc.Loc.Pos.Line)
	}
	switch v, known, set := b.setting(KeyChainDifferentMax); {
	case set && !known:
		b.uncertain("%s is set to a value flinklint cannot compute", KeyChainDifferentMax)
	case set && strings.EqualFold(v, "false"):
		b.g.CompareMaxParallelism = true
	}
	if v, _, set := b.setting(jobgraph.KeyRuntimeMode); set && !strings.EqualFold(v, "STREAMING") {
		b.uncertain("runtime mode %q: batch exchanges and chaining are not modeled", v)
	}
	if b.opt.DefaultParallelism <= 0 {
		if n, err := strconv.Atoi(b.opt.Config[jobgraph.KeyParallelism]); err == nil && n > 0 {
			b.opt.DefaultParallelism = n
		}
	}
}

// setting looks a key up in the job's code, then in Options.Config.
func (b *builder) setting(key string) (value string, known, set bool) {
	if s, ok := b.job.Lookup(key); ok {
		return s.Value, s.Known, true
	}
	if v, ok := b.opt.Config[key]; ok {
		return v, true, true
	}
	return "", false, false
}

// isSource reports whether o is a source operator.
func (b *builder) isSource(o *jobgraph.Operator) bool {
	switch o.Method {
	case "fromSource", "addSource", "fromElements", "fromCollection", "fromData", "fromSequence",
		"generateSequence", "fromParallelCollection", "socketTextStream", "createInput":
		return true
	case "readTextFile", "readFile":
		return o.Internal // the monitor; the reader reads it
	}
	return false
}

// node adds o's (first) node; role is "Writer" for a Sink V2's writer.
func (b *builder) node(o *jobgraph.Operator, role string) *Node {
	n := &Node{Name: o.Method, Chaining: Always, MaxParallelism: -1}
	if o.Name != "" {
		n.Name = o.Name
	}
	if role != "" {
		n.Name += ": " + role
	}
	if u := o.UID; u != nil {
		switch {
		case !u.Known || u.Unstable != "":
			n.UIDUnknown = true
			b.uncertain("%s (line %d) has a uid flinklint cannot compute (%s)", o.Method, o.Loc.Pos.Line, u.Expr)
		case u.Hash:
			n.UserHash = u.Value
		default:
			n.UID = u.Value
		}
	}
	n.MaxParallelism = b.maxParallelismOf(o)
	n.Parallelism = b.parallelismOf(o)
	switch o.Chaining {
	case "startNewChain":
		n.Chaining = Head
	case "disableChaining":
		n.Chaining = Never
	}
	b.kind(o, n)
	n.SlotSharingGroup = b.slotSharingGroup(o)
	b.g.Add(n)
	b.at[o] = n
	b.out.Nodes[o] = append(b.out.Nodes[o], n)
	return n
}

// maxParallelismOf is the max parallelism Flink gives o's node: its own,
// else the job's (StreamGraphGenerator applies it to every transformation
// that has none), else -1. It decides chaining only when
// chain-operators-with-different-max-parallelism is off.
func (b *builder) maxParallelismOf(o *jobgraph.Operator) int {
	switch {
	case o.NonParallel:
		return 1
	case o.MaxParallelism != nil && o.MaxParallelism.Known:
		return int(o.MaxParallelism.N)
	case o.MaxParallelism != nil:
		b.maxUnknown = true
		return 0
	}
	return b.jobMaxParallelism()
}

func (b *builder) jobMaxParallelism() int {
	if s, ok := b.job.Lookup(jobgraph.KeyMaxParallelism); ok {
		if n, err := strconv.Atoi(s.Value); s.Known && err == nil && n > 0 {
			return n
		}
		if !s.Known {
			b.maxUnknown = true
			return 0
		}
	}
	return -1
}

// parallelismOf is the parallelism Flink gives o's node; 0 when unknown.
func (b *builder) parallelismOf(o *jobgraph.Operator) int {
	switch {
	case o.Parallelism != nil && o.Parallelism.Known:
		return int(o.Parallelism.N)
	case o.Parallelism != nil:
		b.uncertain("%s (line %d) sets a parallelism flinklint cannot compute", o.Method, o.Loc.Pos.Line)
		return 0
	case o.NonParallel || o.SerialSource:
		return 1
	}
	switch o.Method {
	case "fromElements", "fromCollection", "fromData", "socketTextStream":
		return 1
	}
	return b.envParallelism(o)
}

// envParallelism is the environment's parallelism when o was created (its
// last setting before o, else the cluster's default); 0 when unknown.
func (b *builder) envParallelism(o *jobgraph.Operator) int {
	settings := b.job.Settings
	if o.SettingsBefore <= len(settings) {
		settings = settings[:o.SettingsBefore]
	}
	for i := len(settings) - 1; i >= 0; i-- {
		s := settings[i]
		if s.Key != jobgraph.KeyParallelism {
			continue
		}
		n, err := strconv.Atoi(s.Value)
		if !s.Known || err != nil {
			b.uncertain("%s (line %d): the job's parallelism is set to a value flinklint cannot compute", o.Method, o.Loc.Pos.Line)
			return 0
		}
		if n <= 0 { // ExecutionConfig.PARALLELISM_DEFAULT
			break
		}
		return n
	}
	if b.opt.DefaultParallelism > 0 {
		return b.opt.DefaultParallelism
	}
	// With no parallelism in the environment's configuration, Flink takes
	// the job's final one when it generates the graph.
	if s, ok := b.job.Lookup(jobgraph.KeyParallelism); ok {
		if n, err := strconv.Atoi(s.Value); s.Known && err == nil && n > 0 {
			if len(settings) < len(b.job.Settings) {
				b.uncertain("%s (line %d) is created before the job sets its parallelism: it gets it only when the cluster sets no parallelism.default", o.Method, o.Loc.Pos.Line)
			}
			return n
		}
	}
	return 0
}

// kind sets what the operator factory of o's node is.
func (b *builder) kind(o *jobgraph.Operator, n *Node) {
	switch o.Method {
	case "fromSource", "fromSequence", "fromData":
		n.Source = true
	case "fromElements", "fromCollection", "addSource", "generateSequence", "fromParallelCollection",
		"socketTextStream", "createInput":
		// Still SourceFunctions in 2.2 (FromElementsFunction, ...).
		n.LegacySource = true
	case "readTextFile", "readFile":
		if o.Internal {
			n.LegacySource = true
		} else {
			n.Yielding = true // ContinuousFileReaderOperatorFactory, HEAD on both lines
			if o.Chaining == "" {
				n.Chaining = Head
			}
		}
	case "orderedWait", "unorderedWait", "orderedWaitWithRetry", "unorderedWaitWithRetry":
		n.Yielding = true
	case "transform":
		if o.Chaining != "" {
			break
		}
		// AbstractStreamOperator's default is HEAD before 2.0 and ALWAYS
		// since; a custom operator may set another one, which matters
		// when its input could chain.
		if !b.opt.Flink2 {
			n.Chaining = Head
		}
		for _, in := range o.Inputs {
			if in.Partition == "" || in.Partition == "forward" {
				b.uncertain("custom operator (line %d): its chaining strategy is not known", o.Loc.Pos.Line)
				break
			}
		}
	}
	if n.LegacySource && o.Chaining == "" {
		n.Chaining = Head
	}
}

// slotSharingGroup is StreamGraphGenerator.determineSlotSharingGroup: the
// group set on the operator, else its inputs' group when they all share
// one, else "default".
func (b *builder) slotSharingGroup(o *jobgraph.Operator) string {
	if s := o.SlotSharingGroup; s != nil {
		if !s.Known {
			b.uncertain("%s (line %d) sets a slot sharing group flinklint cannot compute", o.Method, o.Loc.Pos.Line)
		}
		return s.Value
	}
	group := ""
	for i, in := range o.Inputs {
		n := b.at[in.Op]
		if n == nil {
			continue
		}
		if i > 0 && n.SlotSharingGroup != group {
			return "default"
		}
		group = n.SlotSharingGroup
	}
	if group == "" {
		return "default"
	}
	return group
}

// connect adds the edges into n, o's first node.
func (b *builder) connect(o *jobgraph.Operator, n *Node) {
	for _, in := range o.Inputs {
		from := b.at[in.Op]
		if in.Iteration != nil {
			from = b.iter[in.Iteration][0]
			if from.Parallelism == 0 {
				from.Parallelism = n.Parallelism
			}
		}
		if from == nil {
			b.uncertain("%s (line %d) reads an operator flinklint did not place", o.Method, o.Loc.Pos.Line)
			continue
		}
		p := Forward
		switch in.Partition {
		case "":
			if (from.Parallelism == 0) != (n.Parallelism == 0) {
				b.uncertain("edge into %s (line %d): whether it chains depends on a parallelism flinklint does not know", o.Method, o.Loc.Pos.Line)
			}
			if from.Parallelism != n.Parallelism {
				p = Rebalance
			}
		case "forward":
		case "hash":
			p = Hash
		case "rebalance":
			p = Rebalance
		case "rescale":
			p = Rescale
		case "shuffle":
			p = Shuffle
		case "broadcast":
			p = Broadcast
		case "global":
			p = Global
		case "custom":
			p = Custom
		default:
			b.uncertain("%s (line %d): unknown partitioning %q", o.Method, o.Loc.Pos.Line, in.Partition)
		}
		b.g.Connect(from, n, p, in.Side, in.SideOutput)
	}
}
