// Package index is the project index: every class, interface, enum, record
// and anonymous class of the scan with its package, imports, supertypes,
// fields and methods, type-name resolution the way javac does it (nested,
// single-type imports, same package, on-demand imports), and whether a class
// obtains Flink state (SPEC §3), through inheritance across files and
// modules. It is built once per scan and only read afterwards, so it is
// safe for concurrent readers, with one exception: Body restores dropped
// method bodies and drops others, so the methods' Body fields must be read
// through it while anything may call it (the job graph's interpretation,
// which runs on one goroutine).
//
// It must not interpret pipelines (that is jobgraph's job) and never looks at
// syntax the parser did not extract.
package index

import (
	"sort"
	"strings"
	"sync"

	"github.com/flinklint/flinklint/analysis/flinkapi"
	"github.com/flinklint/flinklint/parser"
)

// Class is one type of the scan.
type Class struct {
	FQN   string // "com.acme.Outer.Inner"; anonymous: "com.acme.Outer$1" (ordinal within the file)
	Name  string // simple name; for anonymous classes the instantiated type's simple name
	Decl  *parser.TypeDecl
	File  *parser.File
	Outer *Class // enclosing class for nested, local and anonymous classes

	// Supers are the declared supertypes (extends then implements) resolved
	// to project classes where possible.
	Supers []Super

	direct []Evidence // state evidence in the class's own body
}

// Super is one declared supertype.
type Super struct {
	Ref   parser.TypeRef
	FQN   string // best known fully qualified name ("" when unresolvable)
	Class *Class // non-nil when the supertype is in the scan
}

// IsAnonymous reports whether c is an anonymous class body.
func (c *Class) IsAnonymous() bool { return c.Decl.Kind == parser.KindAnonymous }

// Evidence is one reason a class holds Flink state.
type Evidence struct {
	What string // `obtains ValueState "seen"`, `registers event-time timers`, `implements CheckpointedFunction`
	Loc  parser.Location
}

// Index is the project index.
type Index struct {
	Files   []*parser.File
	classes map[string]*Class
	simple  map[string][]*Class
	byDecl  map[*parser.TypeDecl]*Class
	all     []*Class

	mu    sync.Mutex
	state map[*Class][]Evidence
	tops  map[topKey]topResult // resolveTop's recent answers: the job graph asks the same ones many times

	bodies bodies
}

// maxTops bounds the resolveTop memo.
const maxTops = 1 << 13

type topKey struct {
	f    *parser.File
	name string
}

type topResult struct {
	c   *Class
	fqn string
}

// FileFacts are what the index needs of a file that only its method bodies
// hold: the state evidence of each class. Prepare them before the file's
// bodies are dropped (parser.File.DropBodies).
type FileFacts struct {
	File   *parser.File
	direct map[*parser.TypeDecl][]Evidence
}

// Prepare computes f's facts.
func Prepare(f *parser.File) *FileFacts {
	ff := &FileFacts{File: f, direct: map[*parser.TypeDecl][]Evidence{}}
	f.EachType(func(td *parser.TypeDecl) {
		if ev := directEvidence(f.Path, td); len(ev) > 0 {
			ff.direct[td] = ev
		}
	})
	return ff
}

// Build indexes files, which must hold their bodies. Files must not be
// modified afterwards.
func Build(files []*parser.File) *Index {
	ff := make([]*FileFacts, len(files))
	for i, f := range files {
		ff[i] = Prepare(f)
	}
	return BuildFrom(ff)
}

// BuildFrom indexes prepared files, whose bodies may have been dropped
// since (see SetLoader).
func BuildFrom(files []*FileFacts) *Index {
	ix := &Index{
		classes: map[string]*Class{},
		simple:  map[string][]*Class{},
		byDecl:  map[*parser.TypeDecl]*Class{},
		state:   map[*Class][]Evidence{},
		tops:    map[topKey]topResult{},
	}
	for _, ff := range files {
		ix.Files = append(ix.Files, ff.File)
		anon := 0
		for _, td := range ff.File.Types {
			if flinkAPICopy(ff.File, td) {
				continue
			}
			ix.add(ff.File, td, nil, &anon)
		}
	}
	for _, c := range ix.all {
		ix.resolveSupers(c)
	}
	for _, ff := range files {
		for td, ev := range ff.direct {
			if c := ix.byDecl[td]; c != nil {
				c.direct = ev
			}
		}
	}
	return ix
}

// flinkAPICopy reports whether td is the source of a Flink API type the
// analysis models (StreamExecutionEnvironment, DataStream, the function
// interfaces, ...): a patched copy a team carries, or Flink's own tree.
// Such a class keeps its Flink meaning: it is not indexed, so its name
// resolves to Flink's type as it would from a jar, and its methods are
// never interpreted as the API's behaviour or taken for jobs.
func flinkAPICopy(f *parser.File, td *parser.TypeDecl) bool {
	fqn := td.Name
	if f.Package != "" {
		fqn = f.Package + "." + td.Name
	}
	return flinkapi.IsFlink(fqn) && flinkapi.Known(fqn)
}

func (ix *Index) add(f *parser.File, td *parser.TypeDecl, outer *Class, anon *int) *Class {
	c := &Class{Name: td.Name, Decl: td, File: f, Outer: outer}
	switch {
	case td.Kind == parser.KindAnonymous || outer != nil && isLocal(outer, td):
		*anon++
		c.FQN = outer.FQN + "$" + itoa(*anon)
	case outer != nil:
		c.FQN = outer.FQN + "." + td.Name
	case f.Package != "":
		c.FQN = f.Package + "." + td.Name
	default:
		c.FQN = td.Name
	}
	if _, dup := ix.classes[c.FQN]; !dup {
		ix.classes[c.FQN] = c
	}
	if td.Kind != parser.KindAnonymous {
		ix.simple[td.Name] = append(ix.simple[td.Name], c)
	}
	ix.byDecl[td] = c
	ix.all = append(ix.all, c)
	for _, n := range td.Nested {
		ix.add(f, n, c, anon)
	}
	// Anonymous and local classes inside this class's own members (not inside
	// nested member types, which register their own).
	visit := func(n any) bool {
		switch n := n.(type) {
		case *parser.TypeDecl:
			if n == td {
				return true
			}
			if _, seen := ix.byDecl[n]; seen {
				return false // a nested member type, already added
			}
			ix.add(f, n, c, anon)
			return false
		}
		return true
	}
	parser.Inspect(td, visit)
	return c
}

// isLocal reports whether td is declared inside outer's method bodies rather
// than as a member type.
func isLocal(outer *Class, td *parser.TypeDecl) bool {
	for _, n := range outer.Decl.Nested {
		if n == td {
			return false
		}
	}
	return true
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	return string(b[n:])
}

// Class returns the class with the given fully qualified name.
func (ix *Index) Class(fqn string) *Class { return ix.classes[fqn] }

// ClassOf returns the class declared by td (nil when td is not indexed).
func (ix *Index) ClassOf(td *parser.TypeDecl) *Class { return ix.byDecl[td] }

// Classes returns every indexed class, sorted by FQN.
func (ix *Index) Classes() []*Class {
	out := append([]*Class(nil), ix.all...)
	sort.Slice(out, func(i, j int) bool { return out[i].FQN < out[j].FQN })
	return out
}

func (ix *Index) resolveSupers(c *Class) {
	from := c
	if c.IsAnonymous() || c.Outer != nil {
		from = c.Outer
	}
	add := func(refs []parser.TypeRef) {
		for _, r := range refs {
			s := Super{Ref: r}
			s.Class, s.FQN = ix.Resolve(c.File, from, r.Name)
			if s.Class == c {
				s.Class = nil
			}
			c.Supers = append(c.Supers, s)
		}
	}
	add(c.Decl.Extends)
	add(c.Decl.Implements)
}

// Resolve resolves a type name as written in file f inside class from (nil
// for top level). It returns the project class when the type is in the scan,
// and its best known fully qualified name either way ("" when the name
// cannot be resolved, for instance a class from an on-demand import of an
// unknown package).
func (ix *Index) Resolve(f *parser.File, from *Class, name string) (*Class, string) {
	name = strings.TrimSpace(name)
	if i := strings.IndexByte(name, '<'); i >= 0 {
		name = name[:i]
	}
	if name == "" {
		return nil, ""
	}
	first, rest := name, ""
	if i := strings.IndexByte(name, '.'); i >= 0 {
		first, rest = name[:i], name[i+1:]
	}
	var base *Class
	var baseFQN string
	// Member types of the enclosing classes and their supertypes.
	for c := from; c != nil && base == nil; c = c.Outer {
		if c.Name == first && !c.IsAnonymous() {
			base = c
		} else {
			base = ix.memberType(c, first, 0)
		}
	}
	if base == nil {
		base, baseFQN = ix.resolveTop(f, first)
	}
	if base != nil {
		baseFQN = base.FQN
	}
	if rest == "" {
		return base, baseFQN
	}
	if base != nil {
		c := base
		for _, seg := range strings.Split(rest, ".") {
			if c = ix.memberType(c, seg, 0); c == nil {
				return nil, baseFQN + "." + rest
			}
		}
		return c, c.FQN
	}
	if baseFQN != "" {
		return nil, baseFQN + "." + rest
	}
	// A fully qualified name as written.
	if c := ix.classes[name]; c != nil {
		return c, c.FQN
	}
	return nil, name
}

func (ix *Index) memberType(c *Class, name string, depth int) *Class {
	if c == nil || depth > 20 {
		return nil
	}
	if n := ix.classes[c.FQN+"."+name]; n != nil {
		return n
	}
	for _, s := range c.Supers {
		if n := ix.memberType(s.Class, name, depth+1); n != nil {
			return n
		}
	}
	return nil
}

func (ix *Index) resolveTop(f *parser.File, name string) (*Class, string) {
	k := topKey{f, name}
	ix.mu.Lock()
	r, ok := ix.tops[k]
	ix.mu.Unlock()
	if !ok {
		r.c, r.fqn = ix.resolveTopUncached(f, name)
		ix.mu.Lock()
		if len(ix.tops) >= maxTops {
			// The passes go file by file: recent answers are the ones
			// asked again, and a memo of every file's would grow with
			// the tree.
			clear(ix.tops)
		}
		ix.tops[k] = r
		ix.mu.Unlock()
	}
	return r.c, r.fqn
}

func (ix *Index) resolveTopUncached(f *parser.File, name string) (*Class, string) {
	for _, imp := range f.Imports {
		if imp.Static || imp.Wildcard {
			continue
		}
		if imp.Path == name || strings.HasSuffix(imp.Path, "."+name) {
			return ix.classes[imp.Path], imp.Path
		}
	}
	pkgName := name
	if f.Package != "" {
		pkgName = f.Package + "." + name
	}
	if c := ix.classes[pkgName]; c != nil {
		return c, c.FQN
	}
	var guess string
	for _, imp := range f.Imports {
		if imp.Static || !imp.Wildcard {
			continue
		}
		cand := imp.Path + "." + name
		if c := ix.classes[cand]; c != nil {
			return c, c.FQN
		}
		if guess == "" && KnownExternal(cand) {
			guess = cand
		}
	}
	if guess != "" {
		return nil, guess
	}
	// An on-demand import of a Flink package: take the name to be Flink's
	// (a Flink job's unknown capitalised names are Flink types far more
	// often than classes of its other wildcard imports).
	for _, imp := range f.Imports {
		if !imp.Static && imp.Wildcard && strings.HasPrefix(imp.Path, "org.apache.flink.") && name[0] >= 'A' && name[0] <= 'Z' && !KnownExternal("java.lang."+name) {
			return nil, imp.Path + "." + name
		}
	}
	if KnownExternal("java.lang." + name) {
		return nil, "java.lang." + name
	}
	if f.Package == "" {
		return nil, name
	}
	// Same package, not in the scan (another source set or a jar).
	return nil, ""
}

// ResolveStatic resolves a statically imported member name (a method or
// field used unqualified) to the fully qualified name of its class.
func (ix *Index) ResolveStatic(f *parser.File, member string) string {
	for _, imp := range f.Imports {
		if !imp.Static {
			continue
		}
		if imp.Wildcard {
			if c := ix.classes[imp.Path]; c != nil && (c.Method(member) != nil || c.Field(member) != nil) {
				return imp.Path
			}
			continue
		}
		if strings.HasSuffix(imp.Path, "."+member) {
			return strings.TrimSuffix(imp.Path, "."+member)
		}
	}
	// A wildcard static import of an external class may hold any member,
	// but not a type: a CamelCase name (StreamExecutionEnvironment) is a
	// class, never a static member of some unknown helper.
	if isCamel(member) {
		return ""
	}
	for _, imp := range f.Imports {
		if imp.Static && imp.Wildcard && ix.classes[imp.Path] == nil {
			return imp.Path
		}
	}
	return ""
}

// isCamel reports a name written like a type: an upper-case first letter
// and a lower-case letter somewhere (not a CONSTANT).
func isCamel(s string) bool {
	return s != "" && s[0] >= 'A' && s[0] <= 'Z' && strings.ToUpper(s) != s
}

// Method returns the first method of c (not of its supertypes) named name.
func (c *Class) Method(name string) *parser.Method {
	for _, m := range c.Decl.Methods {
		if m.Name == name && !m.IsConstructor {
			return m
		}
	}
	return nil
}

// Field returns c's own field named name.
func (c *Class) Field(name string) *parser.Field {
	for _, f := range c.Decl.Fields {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// SuperClasses returns c's project superclasses nearest first (extends only).
func (c *Class) SuperClasses() []*Class {
	var out []*Class
	seen := map[*Class]bool{c: true}
	for cur := c; ; {
		var next *Class
		for _, s := range cur.Supers {
			if s.Class != nil && s.Class.Decl.Kind != parser.KindInterface {
				next = s.Class
				break
			}
		}
		if next == nil || seen[next] {
			return out
		}
		seen[next] = true
		out = append(out, next)
		cur = next
	}
}

// FindMethods returns the methods named name with nargs parameters (-1: any)
// that an instance of c can call: its own, then its superclasses' and
// interfaces' (default methods), nearest first. Each comes with its class.
func (ix *Index) FindMethods(c *Class, name string, nargs int) []MethodRef {
	var out []MethodRef
	seen := map[*Class]bool{}
	var walk func(c *Class, depth int)
	walk = func(c *Class, depth int) {
		if c == nil || seen[c] || depth > 30 {
			return
		}
		seen[c] = true
		for _, m := range c.Decl.Methods {
			if m.Name == name && !m.IsConstructor && (nargs < 0 || arityMatches(m, nargs)) {
				out = append(out, MethodRef{Class: c, Method: m})
			}
		}
		for _, s := range c.Supers {
			walk(s.Class, depth+1)
		}
	}
	walk(c, 0)
	return out
}

// Constructors returns c's constructors taking nargs arguments.
func (c *Class) Constructors(nargs int) []*parser.Method {
	var out []*parser.Method
	for _, m := range c.Decl.Methods {
		if m.IsConstructor && arityMatches(m, nargs) {
			out = append(out, m)
		}
	}
	return out
}

func arityMatches(m *parser.Method, nargs int) bool {
	if len(m.Params) == nargs {
		return true
	}
	if n := len(m.Params); n > 0 && strings.HasSuffix(m.Params[n-1].Type.Name, "...") || n > 0 && isVarargs(m.Params[n-1]) {
		return nargs >= n-1
	}
	return false
}

func isVarargs(p parser.Param) bool { return strings.Contains(p.Type.Name, "...") }

// MethodRef is a method with the class that declares it.
type MethodRef struct {
	Class  *Class
	Method *parser.Method
}

// LookupField finds a field visible by simple name from class c: its own,
// its superclasses', then its enclosing classes'. It returns the declaring
// class too.
func (ix *Index) LookupField(c *Class, name string) (*Class, *parser.Field) {
	for outer := c; outer != nil; outer = outer.Outer {
		if f := outer.Field(name); f != nil {
			return outer, f
		}
		for _, s := range outer.SuperClasses() {
			if f := s.Field(name); f != nil {
				return s, f
			}
		}
		for _, s := range outer.Supers {
			if s.Class != nil && s.Class.Decl.Kind == parser.KindInterface {
				if f := s.Class.Field(name); f != nil {
					return s.Class, f
				}
			}
		}
	}
	return nil, nil
}

// Implements reports whether c has fqn (an external or project type) among
// its transitive supertypes, by fully qualified or simple name.
func (ix *Index) Implements(c *Class, fqn string) bool {
	simple := flinkapi.Simple(fqn)
	seen := map[*Class]bool{}
	var walk func(c *Class) bool
	walk = func(c *Class) bool {
		if c == nil || seen[c] {
			return false
		}
		seen[c] = true
		for _, s := range c.Supers {
			if s.FQN == fqn || s.FQN == "" && flinkapi.Simple(s.Ref.Name) == simple {
				return true
			}
			if walk(s.Class) {
				return true
			}
		}
		return false
	}
	return walk(c)
}

// ExternalSupers returns the fully qualified names of c's transitive
// supertypes that are not in the scan (where known).
func (ix *Index) ExternalSupers(c *Class) []string {
	var out []string
	seen := map[*Class]bool{}
	var walk func(c *Class)
	walk = func(c *Class) {
		if c == nil || seen[c] {
			return
		}
		seen[c] = true
		for _, s := range c.Supers {
			if s.Class == nil {
				n := s.FQN
				if n == "" {
					n = s.Ref.Name
				}
				out = append(out, n)
			}
			walk(s.Class)
		}
	}
	walk(c)
	return out
}
