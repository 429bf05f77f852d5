package jobgraph

import (
	"fmt"
	"sort"
	"strings"

	"github.com/flinklint/flinklint/analysis/flinkapi"
	"github.com/flinklint/flinklint/analysis/index"
	"github.com/flinklint/flinklint/parser"
)

// Keys maps configuration option fields and key names to canonical keys.
// The config package provides both; tests may pass simpler ones.
type Keys struct {
	// OptionKey returns the key of a ConfigOption field ("CheckpointingOptions",
	// "CHECKPOINTING_INTERVAL") → "execution.checkpointing.interval".
	OptionKey func(class, field string) (string, bool)
	// Canonical maps a deprecated key to its current name.
	Canonical func(key string) string
}

// Limits of the interpretation.
const (
	maxCallDepth = 16    // project method calls inlined in one chain
	maxSteps     = 20000 // statements evaluated for one root
)

// Build finds every job of the scan and builds its operator graph.
func Build(ix *index.Index, keys Keys) *Graph { return BuildProgress(ix, keys, nil) }

// BuildProgress is Build, calling progress (when set) after each method it
// evaluates as a root, with the number done and the number known so far:
// the library helpers no job reaches are counted once the jobs are done.
func BuildProgress(ix *index.Index, keys Keys, progress func(done, total int)) *Graph {
	if keys.Canonical == nil {
		keys.Canonical = func(k string) string { return k }
	}
	if keys.OptionKey == nil {
		keys.OptionKey = func(string, string) (string, bool) { return "", false }
	}
	b := &builder{ix: ix, keys: keys, entered: map[*parser.Method]bool{}, reached: map[parser.Location]bool{}, methodClass: map[*parser.Method]*index.Class{}, recv: map[*parser.CallFact]*index.Class{}}
	b.indexCalls()
	creators := b.creators()
	b.computeRelevance(creators)
	roots := b.roots(creators)
	g := &Graph{}
	defer func() { g.Problems = b.problems }()
	done, total := 0, len(roots)+len(creators)
	step := func() {
		done++
		if progress != nil {
			progress(done, total)
		}
	}
	for _, r := range roots {
		g.Jobs = append(g.Jobs, b.evalRoot(r, nil)...)
		step()
	}
	// A creation no root reached (its callers were misidentified, or it sits
	// in a lambda): evaluate the creating method itself.
	for _, c := range creators {
		if !b.reached[c.site] {
			g.Jobs = append(g.Jobs, b.evalRoot(c.m, nil)...)
		}
		step()
	}
	// Library helpers that receive streams but that no job reaches.
	orphans := b.orphans()
	total += len(orphans)
	for _, m := range orphans {
		if jobs := b.evalRoot(m, &Job{Synthetic: true}); len(jobs) > 0 {
			g.Jobs = append(g.Jobs, jobs...)
		}
		step()
	}
	if progress != nil && done == 0 {
		progress(0, 0)
	}
	return g
}

type builder struct {
	ix          *index.Index
	keys        Keys
	entered     map[*parser.Method]bool
	reached     map[parser.Location]bool // env-creation sites evaluated
	methodClass map[*parser.Method]*index.Class
	calls       map[callKey][]callSite
	news        map[*index.Class][]callSite
	recv        map[*parser.CallFact]*index.Class // recvClass's answers
	relevant    map[*parser.Method]bool
	problems    []Problem
}

// methodAt is a method with its class.
type methodAt struct {
	cls  *index.Class
	m    *parser.Method
	site parser.Location // for creators: the creation call
}

// isEnvCreation reports whether call creates a StreamExecutionEnvironment.
func (b *builder) isEnvCreation(c *index.Class, call *parser.CallFact) bool {
	if !flinkapi.EnvCreators[call.Name] {
		return false
	}
	switch call.Kind {
	case parser.RecvNone:
		return b.ix.ResolveStatic(c.File, call.Name) != "" && flinkapi.TypeRole(b.ix.ResolveStatic(c.File, call.Name)) == flinkapi.RoleEnv
	case parser.RecvIdent, parser.RecvQualified:
		_, fqn := b.ix.Resolve(c.File, c, call.Recv)
		return flinkapi.TypeRole(fqn) == flinkapi.RoleEnv
	}
	return false
}

// creators returns every method that creates an environment, in a
// deterministic order.
func (b *builder) creators() []methodAt {
	var out []methodAt
	for _, c := range b.ix.Classes() {
		for _, m := range c.Decl.Methods {
			bf := m.Facts()
			if bf == nil {
				continue
			}
			for i := range bf.Calls {
				// Calls in classes declared in the body belong to those.
				if call := &bf.Calls[i]; !call.InNested && b.isEnvCreation(c, call) {
					out = append(out, methodAt{cls: c, m: m, site: parser.Location{Path: c.File.Path, Pos: call.NamePos}})
				}
			}
		}
	}
	return out
}

// roots walks from each creator up the (name-resolved) call graph to the
// outermost project methods that call it; those are the job roots.
func (b *builder) roots(creators []methodAt) []methodAt {
	seen := map[*parser.Method]bool{}
	var roots []methodAt
	var up func(ma methodAt, depth int)
	up = func(ma methodAt, depth int) {
		if seen[ma.m] {
			return
		}
		seen[ma.m] = true
		cs := b.callers(ma)
		if len(cs) == 0 || depth > 12 || ma.m.Name == "main" {
			roots = append(roots, ma)
			return
		}
		for _, c := range cs {
			up(c, depth+1)
		}
	}
	for _, c := range creators {
		up(methodAt{cls: c.cls, m: c.m}, 0)
	}
	sort.SliceStable(roots, func(i, j int) bool {
		a, b := roots[i], roots[j]
		if a.cls.FQN != b.cls.FQN {
			return a.cls.FQN < b.cls.FQN
		}
		return a.m.Pos.Line < b.m.Pos.Line
	})
	return roots
}

// callSite is a call or constructor invocation inside a project method.
type callSite struct {
	cls  *index.Class
	m    *parser.Method
	call *parser.CallFact // nil for constructor invocations
}

func (s callSite) caller() methodAt { return methodAt{cls: s.cls, m: s.m} }

type callKey struct {
	name  string
	nargs int
}

// indexCalls records the calls and constructor invocations of the project
// by callee name and arity, in one pass, so that finding the callers of a
// method costs the calls with its name rather than every call of the scan.
// Only calls that may reach a project method (one with that name and arity
// exists) or create an environment are kept, in the index and in the
// methods' facts: nothing asks for the others, and on a large tree they are
// most of the calls and of the facts' memory.
func (b *builder) indexCalls() {
	b.calls = map[callKey][]callSite{}
	b.news = map[*index.Class][]callSite{}
	for _, c := range b.ix.Classes() {
		for _, m := range c.Decl.Methods {
			if !m.IsConstructor {
				b.calls[callKey{m.Name, len(m.Params)}] = nil
			}
		}
	}
	asked := func(call *parser.CallFact) bool {
		_, ok := b.calls[callKey{call.Name, int(call.NArgs)}]
		return ok || flinkapi.EnvCreators[call.Name]
	}
	for _, c := range b.ix.Classes() {
		for _, m := range c.Decl.Methods {
			b.methodClass[m] = c
			bf := m.Facts()
			if bf == nil {
				continue
			}
			bf.KeepCalls(asked)
			// Calls and instantiations in classes declared in the body
			// count for the method too.
			for i := range bf.Calls {
				call := &bf.Calls[i]
				k := callKey{call.Name, int(call.NArgs)}
				if sites, ok := b.calls[k]; ok {
					b.calls[k] = append(sites, callSite{cls: c, m: m, call: call})
				}
			}
			for _, t := range bf.News {
				if cls, _ := b.ix.Resolve(c.File, c, t); cls != nil {
					b.news[cls] = append(b.news[cls], callSite{cls: c, m: m})
				}
			}
		}
	}
}

// callers returns the project methods that may call ma, resolving calls by
// name, arity and receiver where the receiver is a class name, this, or
// absent. Calls on other receivers match any instance method with that name
// and arity: a wrong edge only moves where evaluation starts, and creations
// it misses are evaluated on their own.
func (b *builder) callers(ma methodAt) []methodAt {
	var out []methodAt
	seen := map[*parser.Method]bool{}
	add := func(c methodAt) {
		if c.m != ma.m && !seen[c.m] {
			seen[c.m] = true
			out = append(out, c)
		}
	}
	if ma.m.IsConstructor {
		for _, s := range b.news[ma.cls] {
			add(s.caller())
		}
		return out
	}
	for _, s := range b.calls[callKey{ma.m.Name, len(ma.m.Params)}] {
		if b.mayCall(s.cls, s.call, ma) {
			add(s.caller())
		}
	}
	return out
}

func (b *builder) mayCall(from *index.Class, call *parser.CallFact, callee methodAt) bool {
	switch call.Kind {
	case parser.RecvNone:
		for c := from; c != nil; c = c.Outer {
			if c == callee.cls || b.ix.Implements(c, callee.cls.FQN) {
				return true
			}
		}
		// A statically imported method.
		return b.ix.ResolveStatic(from.File, call.Name) == callee.cls.FQN
	case parser.RecvIdent:
		switch call.Recv {
		case "this":
			return from == callee.cls || b.ix.Implements(from, callee.cls.FQN)
		case "super":
			return b.ix.Implements(from, callee.cls.FQN)
		}
		if cls := b.recvClass(from, call); cls != nil {
			return cls == callee.cls || b.ix.Implements(cls, callee.cls.FQN)
		}
	case parser.RecvQualified:
		if ok, known := b.qualifiedThisOrSuper(from, call, callee); known {
			return ok
		}
	}
	return !callee.m.Modifiers.Has("static")
}

// qualifiedThisOrSuper answers mayCall for Outer.this.m() and
// Outer.super.m() (Iface.super.m() for a default method); known is false
// for other receivers, or when Outer is not a class of the scan.
func (b *builder) qualifiedThisOrSuper(from *index.Class, call *parser.CallFact, callee methodAt) (ok, known bool) {
	i := strings.LastIndexByte(call.Recv, '.')
	if i < 0 {
		return false, false
	}
	outer, kw := call.Recv[:i], call.Recv[i+1:]
	if kw != "this" && kw != "super" {
		return false, false
	}
	cls, _ := b.ix.Resolve(from.File, from, outer)
	if cls == nil {
		return false, false
	}
	switch {
	case kw == "this":
		return cls == callee.cls || b.ix.Implements(cls, callee.cls.FQN), true
	case cls.Decl.Kind == parser.KindInterface:
		return cls == callee.cls || b.ix.Implements(cls, callee.cls.FQN), true
	}
	return b.ix.Implements(cls, callee.cls.FQN), true
}

// recvClass is the class that call's receiver names (C.m() with C a class
// of the scan), nil when it names none. Callers and relevance ask it of a
// call once for every method with the call's name and arity, so it is
// remembered per call.
func (b *builder) recvClass(from *index.Class, call *parser.CallFact) *index.Class {
	if c, ok := b.recv[call]; ok {
		return c
	}
	c, _ := b.ix.Resolve(from.File, from, call.Recv)
	b.recv[call] = c
	return c
}

// orphans returns project methods with a Flink stream or environment
// parameter that no job evaluation entered.
func (b *builder) orphans() []*parser.Method {
	var out []*parser.Method
	for _, c := range b.ix.Classes() {
		for _, m := range c.Decl.Methods {
			if !m.HasBody() || b.entered[m] {
				continue
			}
			for _, p := range m.Params {
				_, fqn := b.ix.Resolve(c.File, c, p.Type.Name)
				if flinkapi.TypeRole(fqn).Pipeline() {
					out = append(out, m)
					break
				}
			}
		}
	}
	return out
}

// evalRoot evaluates one root method and returns the jobs it creates. With a
// synthetic job, stream parameters are bound to streams of that job.
func (b *builder) evalRoot(root any, synthetic *Job) []*Job {
	var ma methodAt
	switch r := root.(type) {
	case methodAt:
		ma = r
	case *parser.Method:
		ma = b.methodAt(r)
	}
	if ma.m == nil || ma.cls == nil {
		return nil
	}
	e := &evaluator{b: b, root: ma, fields: map[string]value{}, synthetic: synthetic}
	if synthetic != nil {
		synthetic.ID = ma.cls.FQN + "#" + ma.m.Name
		synthetic.Class, synthetic.Method = ma.cls.FQN, ma.m.Name
		synthetic.Env = parser.Location{Path: ma.cls.File.Path, Pos: ma.m.Pos}
		e.jobs = append(e.jobs, synthetic)
	}
	rootLoc := parser.Location{Path: ma.cls.File.Path, Pos: ma.m.Pos}
	ok := func() (ok bool) {
		defer func() {
			switch r := recover(); {
			case r == nil:
			case r == errBudget:
				b.problems = append(b.problems, Problem{Loc: rootLoc,
					Message: fmt.Sprintf("%s#%s: evaluation stopped after %d steps; later operators of this method are not analyzed", ma.cls.FQN, ma.m.Name, maxSteps)})
				ok = true
			default:
				b.problems = append(b.problems, Problem{Loc: e.where(rootLoc), Internal: true,
					Message: fmt.Sprintf("%s#%s: internal error, method skipped: %v", ma.cls.FQN, ma.m.Name, r)})
			}
		}()
		e.invokeRoot(ma)
		return true
	}()
	if !ok {
		return nil
	}
	e.resolveAliases()
	var out []*Job
	for _, j := range e.jobs {
		if j.Synthetic && len(j.Operators) == 0 {
			continue
		}
		out = append(out, j)
	}
	return out
}

// body returns the body of ma's method, restoring it when the driver
// dropped it to save memory; a body that cannot be restored is reported
// once and reads as empty.
func (b *builder) body(ma methodAt) *parser.Block {
	body, err := b.ix.Body(ma.cls, ma.m)
	if err != nil {
		b.problems = append(b.problems, Problem{Loc: parser.Location{Path: ma.cls.File.Path, Pos: ma.m.Pos}, Message: err.Error()})
	}
	return body
}

func (b *builder) methodAt(m *parser.Method) methodAt {
	return methodAt{cls: b.methodClass[m], m: m}
}

var errBudget = fmt.Errorf("evaluation budget exhausted")
