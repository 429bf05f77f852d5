package index

import (
	"fmt"
	"strings"

	"github.com/flinklint/flinklint/analysis/flinkapi"
	"github.com/flinklint/flinklint/parser"
)

// KnownExternal reports whether fqn names a type flinklint knows exists
// outside the scan (Flink and java.lang types), which lets on-demand imports
// resolve.
func KnownExternal(fqn string) bool { return flinkapi.Known(fqn) }

// StateEvidence returns why c holds Flink state: its own evidence, then its
// superclasses' (across files and modules), then checkpointed interfaces
// anywhere in its supertypes. Empty means no evidence: extending a
// Rich*Function alone does not make a class stateful.
func (ix *Index) StateEvidence(c *Class) []Evidence {
	if c == nil {
		return nil
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.stateLocked(c, map[*Class]bool{})
}

func (ix *Index) stateLocked(c *Class, visiting map[*Class]bool) []Evidence {
	if ev, ok := ix.state[c]; ok {
		return ev
	}
	if visiting[c] {
		return nil
	}
	visiting[c] = true
	ev := append([]Evidence(nil), c.direct...)
	for _, s := range c.Supers {
		switch {
		case s.Class != nil:
			for _, e := range ix.stateLocked(s.Class, visiting) {
				if !containsEvidence(ev, e) {
					ev = append(ev, e)
				}
			}
		case isCheckpointed(s):
			ev = append(ev, Evidence{
				What: "implements " + flinkapi.Simple(s.Ref.Name),
				Loc:  parser.Location{Path: c.File.Path, Pos: s.Ref.Pos},
			})
		}
	}
	ix.state[c] = ev
	return ev
}

func containsEvidence(ev []Evidence, e Evidence) bool {
	for _, x := range ev {
		if x == e {
			return true
		}
	}
	return false
}

func isCheckpointed(s Super) bool {
	for _, n := range flinkapi.Checkpointed {
		if s.FQN == n || s.FQN == "" && flinkapi.Simple(s.Ref.Name) == flinkapi.Simple(n) {
			return true
		}
	}
	return false
}

// directEvidence finds state access in td's own members (fields, methods,
// initializers), not in nested or anonymous classes, which are classes of
// their own.
func directEvidence(path string, td *parser.TypeDecl) []Evidence {
	var ev []Evidence
	add := func(what string, p parser.Pos) {
		ev = append(ev, Evidence{What: what, Loc: parser.Location{Path: path, Pos: p}})
	}
	// Descriptors held in fields, so that getState(FIELD) can name the state.
	descField := map[string]*parser.New{}
	for _, f := range td.Fields {
		if n, ok := f.Init.(*parser.New); ok {
			if _, isDesc := flinkapi.StateDescriptorKind(flinkapi.Simple(n.Type.Name)); isDesc {
				descField[f.Name] = n
			}
		}
	}
	described := map[*parser.New]bool{}
	parser.Inspect(td, func(n any) bool {
		switch n := n.(type) {
		case *parser.TypeDecl:
			return n == td
		case *parser.LocalVar:
			if nw, ok := n.Init.(*parser.New); ok {
				if _, isDesc := flinkapi.StateDescriptorKind(flinkapi.Simple(nw.Type.Name)); isDesc {
					descField[n.Name] = nw
				}
			}
		case *parser.Call:
			if kind, ok := flinkapi.StateGetters[n.Name]; ok && len(n.Args) > 0 {
				desc := descriptorOf(n.Args[0], descField)
				if desc != nil {
					described[desc] = true
					if k, ok := flinkapi.StateDescriptorKind(flinkapi.Simple(desc.Type.Name)); ok && n.Name != "getBroadcastState" && n.Name != "getUnionListState" {
						kind = k
					}
					if name := descriptorName(desc); name != "" {
						add(fmt.Sprintf("obtains %s %q", kind, name), n.NamePos)
						return true
					}
				}
				add("obtains "+kind, n.NamePos)
				return true
			}
			switch n.Name {
			case "registerEventTimeTimer", "registerProcessingTimeTimer":
				if n.Recv != nil && strings.Contains(exprText(n.Recv), "timerService") {
					kind := "event-time"
					if n.Name == "registerProcessingTimeTimer" {
						kind = "processing-time"
					}
					add("registers "+kind+" timers", n.NamePos)
				}
			case "windowState", "globalState":
				if len(n.Args) == 0 {
					add("uses per-window state ("+n.Name+"())", n.NamePos)
				}
			case "getKeyedStateStore", "getOperatorStateStore":
				add("accesses the "+strings.TrimPrefix(n.Name, "get"), n.NamePos)
			}
		}
		return true
	})
	// Descriptors created but not passed to a getter in this class (for
	// instance handed to a helper) still declare state.
	parser.Inspect(td, func(n any) bool {
		switch n := n.(type) {
		case *parser.TypeDecl:
			return n == td
		case *parser.New:
			if described[n] {
				return true
			}
			if k, ok := flinkapi.StateDescriptorKind(flinkapi.Simple(n.Type.Name)); ok {
				if name := descriptorName(n); name != "" {
					add(fmt.Sprintf("declares %s %q", k, name), n.Pos)
				} else {
					add("declares a "+k, n.Pos)
				}
			}
		}
		return true
	})
	return ev
}

// descriptorOf returns the descriptor construction an argument refers to:
// inline `new ValueStateDescriptor<>(...)` or a field holding one.
func descriptorOf(e parser.Expr, fields map[string]*parser.New) *parser.New {
	switch e := e.(type) {
	case *parser.New:
		if _, ok := flinkapi.StateDescriptorKind(flinkapi.Simple(e.Type.Name)); ok {
			return e
		}
	case *parser.Ident:
		return fields[e.Name]
	case *parser.FieldAccess:
		if id, ok := e.X.(*parser.Ident); ok && id.Name == "this" {
			return fields[e.Name]
		}
	}
	return nil
}

func descriptorName(n *parser.New) string {
	if len(n.Args) > 0 {
		if lit, ok := n.Args[0].(*parser.Literal); ok && lit.Kind == parser.LitString {
			return lit.Value
		}
	}
	return ""
}

// exprText renders a receiver chain compactly (`ctx.timerService()`), for
// matching only.
func exprText(e parser.Expr) string {
	switch e := e.(type) {
	case *parser.Ident:
		return e.Name
	case *parser.Call:
		return exprText(e.Recv) + "." + e.Name + "()"
	case *parser.FieldAccess:
		return exprText(e.X) + "." + e.Name
	}
	return ""
}
