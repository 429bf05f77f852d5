package jobgraph

import (
	"strings"

	"github.com/flinklint/flinklint/analysis/flinkapi"
	"github.com/flinklint/flinklint/analysis/index"
	"github.com/flinklint/flinklint/parser"
)

// maxHelperStmts bounds the size of String and number helpers that are
// interpreted for constant folding (uid prefixes and the like).
const maxHelperStmts = 12

// relevance decides which project methods are worth interpreting when a job
// calls them without passing Flink values: those whose signature or class
// involves Flink types, environment creators, and the methods that call one
// of these through a resolved call (small String/number helpers are
// interpreted too, see worthCalling, but do not seed this closure). Skipping
// the rest keeps the interpretation linear on large non-Flink code.
func (b *builder) computeRelevance(creators []methodAt) {
	b.relevant = map[*parser.Method]bool{}
	var work []methodAt
	mark := func(ma methodAt) {
		if ma.m != nil && !b.relevant[ma.m] {
			b.relevant[ma.m] = true
			work = append(work, ma)
		}
	}
	for _, c := range creators {
		mark(methodAt{cls: c.cls, m: c.m})
	}
	for _, c := range b.ix.Classes() {
		flinkFields := b.hasFlinkFields(c)
		for _, m := range c.Decl.Methods {
			if !m.HasBody() {
				continue
			}
			if flinkFields || b.flinkSignature(c, m) {
				mark(methodAt{cls: c, m: m})
			}
		}
	}
	// Upward closure through resolved calls only (unqualified, this, or a
	// class name): a method that calls a relevant method is relevant.
	for len(work) > 0 {
		ma := work[len(work)-1]
		work = work[:len(work)-1]
		if ma.m.IsConstructor {
			for _, s := range b.news[ma.cls] {
				mark(s.caller())
			}
			continue
		}
		for _, s := range b.calls[callKey{ma.m.Name, len(ma.m.Params)}] {
			if b.resolvedCall(s.cls, s.call, ma) {
				mark(s.caller())
			}
		}
	}
}

// resolvedCall is mayCall without the fallback for arbitrary receivers.
func (b *builder) resolvedCall(from *index.Class, call *parser.CallFact, callee methodAt) bool {
	switch call.Kind {
	case parser.RecvNone:
		return b.mayCall(from, call, callee)
	case parser.RecvIdent:
		if call.Recv == "this" || call.Recv == "super" {
			return b.mayCall(from, call, callee)
		}
		if b.recvClass(from, call) != nil {
			return b.mayCall(from, call, callee)
		}
	case parser.RecvQualified:
		ok, known := b.qualifiedThisOrSuper(from, call, callee)
		return ok && known
	}
	return false
}

func (b *builder) isFlinkType(c *index.Class, t parser.TypeRef) bool {
	if t.Name == "" {
		return false
	}
	_, fqn := b.ix.Resolve(c.File, c, t.Name)
	if flinkapi.IsFlink(fqn) {
		return true
	}
	for _, a := range t.Args {
		if b.isFlinkType(c, a) {
			return true
		}
	}
	return false
}

func (b *builder) flinkSignature(c *index.Class, m *parser.Method) bool {
	if b.isFlinkType(c, m.Result) {
		return true
	}
	for _, p := range m.Params {
		if b.isFlinkType(c, p.Type) {
			return true
		}
	}
	return false
}

func (b *builder) hasFlinkFields(c *index.Class) bool {
	for x := c; x != nil; x = x.Outer {
		for _, f := range x.Decl.Fields {
			if b.isFlinkType(x, f.Type) {
				return true
			}
		}
	}
	return false
}

// isSmallHelper reports a short method returning a String or a number, the
// kind that builds uid values and intervals, or a short constructor.
func isSmallHelper(m *parser.Method) bool {
	if m.IsConstructor {
		// A small constructor sets the fields such helpers read (a uid
		// prefix held by a reusable stage object).
		return m.Facts().Stmts <= maxHelperStmts
	}
	switch strings.TrimPrefix(m.Result.Name, "java.lang.") {
	case "String", "int", "long", "Integer", "Long", "Duration":
	default:
		return false
	}
	return m.Facts().Stmts <= maxHelperStmts
}

// worthCalling reports whether a call to ma should be interpreted: always
// when it receives Flink values or a tracked object, otherwise only when
// the method is relevant.
//
// A relevant method called without Flink values is interpreted at most
// maxPlainCalls times per root: repeated calls of the same helper from a
// large non-pipeline method (a test, a service) add nothing but time.
func (e *evaluator) worthCalling(ma methodAt, args []value) bool {
	for _, a := range args {
		switch a.(type) {
		case *envV, *streamV, *confV, *ckptV, *execV:
			return true
		}
	}
	// Small String/number helpers are interpreted for constant folding but
	// do not make their callers relevant: seeding the closure with every
	// getter made it quadratic on large trees.
	if !e.b.relevant[ma.m] && !isSmallHelper(ma.m) {
		return false
	}
	if e.plainCalls == nil {
		e.plainCalls = map[*parser.Method]int{}
	}
	e.plainCalls[ma.m]++
	return e.plainCalls[ma.m] <= maxPlainCalls
}

const maxPlainCalls = 8
