package parser

import "fmt"

// A skeleton is a File whose method bodies were dropped to keep a large
// scan's memory flat (issue 6): declarations, field initializers and
// initializer blocks stay; each dropped body leaves its BodyFacts, which is
// what the whole-program passes (callers, class index) read of every body,
// and the classes declared in it. Restore puts the bodies of a fresh parse
// of the same source back when the interpretation enters a method.
//
// Methods, type declarations and fields of a skeleton keep their identity
// across drops and restores: maps keyed by them stay valid.

// BodyFacts are what a method body holds that passes over the whole program
// need.
type BodyFacts struct {
	// Stmts is the number of statements at the top of the body.
	Stmts int
	// Calls are the method invocations in the body in source order,
	// those inside classes declared in the body included (InNested).
	Calls []CallFact
	// News are the types the body instantiates with `new`, as written, in
	// source order; those inside classes declared in the body included.
	News []string
	// Types are the anonymous and local classes declared in the body, the
	// outermost ones, in source order.
	Types []*TypeDecl
}

// RecvKind is the shape of a call's receiver.
type RecvKind uint8

// Receiver shapes.
const (
	RecvNone      RecvKind = iota // m(): unqualified
	RecvIdent                     // x.m(), this.m(), super.m()
	RecvQualified                 // a.b.m(): a chain of identifiers
	RecvOther                     // any other expression
)

// CallFact is one method invocation of a body.
type CallFact struct {
	Name  string
	Recv  string // the identifier or dotted chain for RecvIdent and RecvQualified
	NArgs int32
	Kind  RecvKind
	// InNested is set for a call inside a class declared in the body.
	InNested bool
	NamePos  Pos
}

// HasBody reports whether m has a body, dropped or not (false for abstract
// and interface methods).
func (m *Method) HasBody() bool { return m.Body != nil || m.facts != nil }

// Facts returns the facts of m's body, nil when it has none. They are
// computed from the body the first time and kept when the body is dropped.
func (m *Method) Facts() *BodyFacts {
	if m.facts == nil && m.Body != nil {
		m.facts = bodyFacts(m.Body)
	}
	return m.facts
}

// KeepCalls keeps the calls keep returns true for and lets the others go:
// a whole-program pass that knows which calls it will ask about frees the
// rest (most calls are to libraries).
func (bf *BodyFacts) KeepCalls(keep func(*CallFact) bool) {
	n := 0
	for i := range bf.Calls {
		if keep(&bf.Calls[i]) {
			n++
		}
	}
	if n == len(bf.Calls) {
		return
	}
	kept := make([]CallFact, 0, n)
	for i := range bf.Calls {
		if keep(&bf.Calls[i]) {
			kept = append(kept, bf.Calls[i])
		}
	}
	bf.Calls = kept
}

// Dropped reports whether m's body was dropped and not restored.
func (m *Method) Dropped() bool { return m.Body == nil && m.facts != nil }

func bodyFacts(body *Block) *BodyFacts {
	bf := &BodyFacts{Stmts: len(body.Stmts)}
	record := func(nested bool) func(any) bool {
		return func(n any) bool {
			switch n := n.(type) {
			case *Call:
				cf := CallFact{Name: n.Name, NArgs: int32(len(n.Args)), InNested: nested, NamePos: n.NamePos}
				switch r := n.Recv.(type) {
				case nil:
				case *Ident:
					cf.Kind, cf.Recv = RecvIdent, r.Name
				default:
					if s := QualifiedName(r); s != "" {
						cf.Kind, cf.Recv = RecvQualified, s
					} else {
						cf.Kind = RecvOther
					}
				}
				bf.Calls = append(bf.Calls, cf)
			case *New:
				bf.News = append(bf.News, n.Type.Name)
			}
			return true
		}
	}
	inBody := record(false)
	inNested := record(true)
	inspectStmt(body, func(n any) bool {
		if td, ok := n.(*TypeDecl); ok {
			// A class declared in the body: its calls come in source order,
			// marked, and the walk does not enter it twice.
			bf.Types = append(bf.Types, td)
			Inspect(td, inNested)
			return false
		}
		return inBody(n)
	})
	return bf
}

// QualifiedName renders a chain of identifiers ("a.b.C"), "" for anything
// else.
func QualifiedName(e Expr) string {
	switch e := e.(type) {
	case *Ident:
		return e.Name
	case *FieldAccess:
		if x := QualifiedName(e.X); x != "" {
			return x + "." + e.Name
		}
	}
	return ""
}

// EachType calls fn for every type declaration of f that Inspect visits:
// top-level, nested, and declared in field initializers, initializer blocks
// and method bodies (dropped ones included), outer before inner. fn may
// drop the bodies of td's methods: Inspect reaches them afterwards.
func (f *File) EachType(fn func(*TypeDecl)) {
	for _, td := range f.Types {
		Inspect(td, func(n any) bool {
			if t, ok := n.(*TypeDecl); ok {
				fn(t)
			}
			return true
		})
	}
}

// DropBodies drops the body of every method of f, keeping its facts, and
// the comments (read them first). It returns the number of bodies dropped.
func (f *File) DropBodies() int { return f.DropBodiesExcept(nil) }

// DropBodiesExcept is DropBodies keeping the bodies of the methods keep
// (when not nil) returns true for.
func (f *File) DropBodiesExcept(keep func(*Method) bool) int {
	n := 0
	f.EachType(func(td *TypeDecl) {
		for _, m := range td.Methods {
			if m.Body != nil && (keep == nil || !keep(m)) {
				m.DropBody()
				n++
			}
		}
	})
	f.Comments = nil
	return n
}

// DropBody drops m's body, keeping its facts.
func (m *Method) DropBody() {
	if m.Body != nil {
		m.Facts()
		m.Body = nil
	}
}

// Restore gives the methods of skeleton f the bodies of fresh, a new parse
// of the same source. Classes declared in those bodies are replaced by the
// skeleton's, so that they keep their identity. It fails, changing nothing,
// when fresh does not declare the same types and methods at the same
// places (the file changed since it was first parsed). It returns the
// methods that got their body back.
func (f *File) Restore(fresh *File) ([]*Method, error) {
	type key struct {
		pos  Pos
		name string
	}
	skel := map[key]*TypeDecl{}
	f.EachType(func(td *TypeDecl) { skel[key{td.Pos, td.Name}] = td })
	type pair struct{ from, to *Method }
	var moves []pair
	var err error
	fresh.EachType(func(td *TypeDecl) {
		s := skel[key{td.Pos, td.Name}]
		if err != nil {
			return
		}
		if s == nil || len(s.Methods) != len(td.Methods) {
			err = fmt.Errorf("%s: %s at %d:%d is not declared as before", f.Path, td.Name, td.Pos.Line, td.Pos.Col)
			return
		}
		for i, m := range td.Methods {
			sm := s.Methods[i]
			if sm.Name != m.Name || sm.Pos != m.Pos || sm.HasBody() != (m.Body != nil) {
				err = fmt.Errorf("%s: method %s at %d:%d is not declared as before", f.Path, m.Name, m.Pos.Line, m.Pos.Col)
				return
			}
			if m.Body != nil {
				moves = append(moves, pair{m, sm})
			}
		}
	})
	if err != nil {
		return nil, err
	}
	swap := func(td *TypeDecl) *TypeDecl {
		if s := skel[key{td.Pos, td.Name}]; s != nil {
			return s
		}
		return td
	}
	var restored []*Method
	for _, mv := range moves {
		if mv.to.Body != nil {
			continue // not dropped
		}
		inspectStmt(mv.from.Body, func(n any) bool {
			switch n := n.(type) {
			case *TypeDecl:
				return false
			case *New:
				if n.Body != nil {
					n.Body = swap(n.Body)
				}
			case *LocalClass:
				n.Decl = swap(n.Decl)
			}
			return true
		})
		mv.to.Body = mv.from.Body
		restored = append(restored, mv.to)
	}
	return restored, nil
}
