package rules

// Shared by API001 and API002: every use of a cataloged API in the scan,
// once per location, with the Flink version that decides it. Calls come
// from the job graph (jobgraph.Job.APIUses); declarations (a class
// implementing SourceFunction, a Rich function overriding open(Configuration))
// come from the project index.

import (
	"fmt"
	"iter"
	"sort"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/index"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/parser"
)

// apiSite is one use of a cataloged API.
type apiSite struct {
	Use   jobgraph.APIUse
	Entry apiEntry
	// What names the use in messages: the API's name, or for a declaration
	// "SourceFunction (implemented by ClickSource)".
	What string
	// Version is the target that decides the finding: the highest known
	// version among the jobs that reach the use (unknown when none is known).
	Version analysis.Version
	Job     string // the job of Version ("" for declarations)
}

// apiSites ranges over the cataloged API uses of the scan, sorted by
// location.
func apiSites(p *analysis.Pass) iter.Seq[apiSite] {
	return analysis.Each(p, collectAPISites(p), func(s apiSite) parser.Location { return s.Use.Loc })
}

func collectAPISites(p *analysis.Pass) []apiSite {
	type key struct {
		name string
		loc  parser.Location
	}
	byKey := map[key]*apiSite{}
	synth := map[key]bool{}
	var order []key
	add := func(u jobgraph.APIUse, what string, v analysis.Version, job string, synthetic bool) {
		e, ok := lookupAPI(u.Name, u.Kind)
		if !ok || e.CoveredBy != "" {
			return
		}
		k := key{u.Name, u.Loc}
		s := byKey[k]
		if s == nil {
			byKey[k] = &apiSite{Use: u, Entry: e, What: what, Version: v, Job: job}
			synth[k] = synthetic
			order = append(order, k)
			return
		}
		// A real job's version beats a synthetic job's fallback; among
		// real jobs the highest known version decides.
		if synth[k] && !synthetic || synth[k] == synthetic && later(v, s.Version) {
			s.Version, s.Job, synth[k] = v, job, synthetic
		}
	}
	versions := map[*index.Class]analysis.Version{}
	versionOf := func(c *index.Class) analysis.Version {
		v, ok := versions[c]
		if !ok {
			v = classVersion(p, c)
			versions[c] = v
		}
		return v
	}
	for _, j := range p.Program.Graph.Jobs {
		v := p.Program.JobVersion(j)
		if j.Synthetic && len(j.APIUses) > 0 {
			v = versionOf(p.Program.Index.Class(j.Class))
		}
		for _, u := range j.APIUses {
			add(u, u.Name, v, j.ID, j.Synthetic)
		}
	}
	for _, f := range apiClassFacts(p.Program.Index) {
		add(f.use, f.what, versionOf(f.cls), "", false)
	}
	out := make([]apiSite, 0, len(order))
	for _, k := range order {
		out = append(out, *byKey[k])
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Use.Loc, out[j].Use.Loc
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line < b.Pos.Line
		}
		return a.Pos.Col < b.Pos.Col
	})
	return out
}

// later reports whether v is known and after w (or w is unknown).
func later(v, w analysis.Version) bool {
	return v.Known() && (!w.Known() || !w.AtLeast(v.Minor))
}

// classVersion is the target version for code in class c: the highest
// known version of the jobs that instantiate c or a subclass of it, or
// whose root is in or around it (unknown when none of them knows its
// version); for a class no job uses, the highest known version of the
// scan's jobs; else unknown.
func classVersion(p *analysis.Pass, c *index.Class) analysis.Version {
	ix := p.Program.Index
	var using, any analysis.Version
	used := false
	for _, j := range p.Program.Graph.Jobs {
		if j.Synthetic {
			continue
		}
		v := p.Program.JobVersion(j)
		if later(v, any) {
			any = v
		}
		if c == nil || !usesClass(ix, j, c) {
			continue
		}
		used = true
		if later(v, using) {
			using = v
		}
	}
	if used {
		return using
	}
	return any
}

// usesClass reports whether job j instantiates c or a subclass of c, or is
// rooted in c or in a class that encloses it.
func usesClass(ix *index.Index, j *jobgraph.Job, c *index.Class) bool {
	for _, fqn := range append([]string{j.Class}, j.Classes...) {
		if u := ix.Class(fqn); u != nil && (u == c || ix.Implements(u, c.FQN) || isOuter(c, u)) {
			return true
		}
	}
	return false
}

// isOuter reports whether outer encloses c (an anonymous or nested class of
// a job's class is that job's code).
func isOuter(c, outer *index.Class) bool {
	for x := c.Outer; x != nil; x = x.Outer {
		if x == outer {
			return true
		}
	}
	return false
}

// classFact is an API use that is a declaration of a project class.
type classFact struct {
	use  jobgraph.APIUse
	what string
	cls  *index.Class
}

// legacyFunctions are the SourceFunction and SinkFunction families, by
// fully qualified name (§6.13; flink-2.0.md removed classes).
var legacyFunctions = map[string]string{}

func init() {
	for _, n := range []string{"SourceFunction", "ParallelSourceFunction", "RichSourceFunction", "RichParallelSourceFunction"} {
		legacyFunctions["org.apache.flink.streaming.api.functions.source."+n] = n
	}
	for _, n := range []string{"SinkFunction", "RichSinkFunction", "TwoPhaseCommitSinkFunction"} {
		legacyFunctions["org.apache.flink.streaming.api.functions.sink."+n] = n
	}
}

const flinkConfiguration = "org.apache.flink.configuration.Configuration"

// apiClassFacts finds, in the project index, the classes that declare a
// legacy source or sink function as a direct supertype (reported at that
// supertype; anonymous classes are left to the addSource/addSink call they
// are passed to), and the Flink functions that override open(Configuration)
// (reported at the method name).
func apiClassFacts(ix *index.Index) []classFact {
	var out []classFact
	for _, c := range ix.Classes() {
		if !c.IsAnonymous() {
			for _, s := range c.Supers {
				if s.Class != nil {
					continue
				}
				if name, ok := legacyFunctions[externalName(c, s.FQN, s.Ref.Name)]; ok {
					verb := "implemented"
					if len(c.Decl.Extends) > 0 && c.Decl.Extends[0].Pos == s.Ref.Pos {
						verb = "extended"
					}
					out = append(out, classFact{cls: c, what: fmt.Sprintf("%s (%s by %s)", name, verb, c.Name),
						use: jobgraph.APIUse{Name: name, Kind: jobgraph.APIClass, Loc: parser.Location{Path: c.File.Path, Pos: s.Ref.Pos}}})
				}
			}
		}
		for _, m := range c.Decl.Methods {
			if m.Name != "open" || m.IsConstructor || len(m.Params) != 1 {
				continue
			}
			_, fqn := ix.Resolve(c.File, c, m.Params[0].Type.Name)
			if externalName(c, fqn, m.Params[0].Type.Name) == flinkConfiguration && isFlinkFunction(ix, c) {
				owner := c.Name
				if c.IsAnonymous() {
					owner = "an anonymous " + c.Name
				}
				out = append(out, classFact{cls: c, what: "RichFunction.open(Configuration) (overridden by " + owner + ")",
					use: jobgraph.APIUse{Name: "RichFunction.open(Configuration)", Kind: jobgraph.APIMethod, Loc: parser.Location{Path: c.File.Path, Pos: m.Pos}}})
			}
		}
	}
	return out
}

// externalName is the fully qualified name of a type outside the scan as
// written in c's file: fqn when resolved, else the simple name in a package
// the file imports on demand when that gives a name the API rules know.
func externalName(c *index.Class, fqn, written string) string {
	if fqn != "" && strings.Contains(fqn, ".") {
		return fqn
	}
	simple := written
	if i := strings.IndexByte(simple, '<'); i >= 0 {
		simple = simple[:i]
	}
	for _, imp := range c.File.Imports {
		if !imp.Wildcard || imp.Static {
			continue
		}
		cand := imp.Path + "." + simple
		if _, ok := legacyFunctions[cand]; ok || cand == flinkConfiguration {
			return cand
		}
	}
	return fqn
}

// isFlinkFunction reports whether c extends or implements a Flink type
// (RichMapFunction, KeyedProcessFunction, ...), directly or through project
// classes.
func isFlinkFunction(ix *index.Index, c *index.Class) bool {
	for _, n := range ix.ExternalSupers(c) {
		if strings.HasPrefix(n, "org.apache.flink.") {
			return true
		}
		if !strings.Contains(n, ".") && (strings.HasPrefix(n, "Rich") || strings.HasSuffix(n, "ProcessFunction")) {
			return true
		}
	}
	return false
}

// apiReported says which rule reports a site, and at what level: API001
// for an API the target removed (a note when the target is unknown and
// some version removed it), API002 for one the target deprecated and still
// has (a note; with an unknown target, only APIs that no version removed,
// so that no use is reported twice).
func apiReported(s apiSite) (rule string, level analysis.Level) {
	e, v := s.Entry, s.Version
	switch {
	case !v.Known() && e.Removed != "":
		return "API001", analysis.LevelNote
	case !v.Known() && e.Deprecated != "":
		return "API002", analysis.LevelNote
	case !v.Known():
		return "", ""
	case e.Removed != "" && v.AtLeast(e.Removed):
		return "API001", analysis.LevelError
	case e.Deprecated != "" && v.AtLeast(e.Deprecated):
		return "API002", analysis.LevelNote
	}
	return "", ""
}

// apiRelated points at where the target version was decided.
func apiRelated(v analysis.Version) []analysis.Related {
	if !v.Known() || v.Loc.Path == "" {
		return nil
	}
	return []analysis.Related{{Location: v.Loc, Message: "the target version " + v.Describe() + " is set here"}}
}

// apiDiag is the finding for a site.
func apiDiag(s apiSite, level analysis.Level, msg string) analysis.Diagnostic {
	return analysis.Diagnostic{Location: s.Use.Loc, Level: level, Message: msg, Job: s.Job, Related: apiRelated(s.Version)}
}
