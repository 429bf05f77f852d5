package scan

import (
	"context"
	"fmt"
	"math"

	"github.com/flinklint/flinklint/analysis/flinkapi"
	"github.com/flinklint/flinklint/analysis/index"
	"github.com/flinklint/flinklint/analysis/load"
	"github.com/flinklint/flinklint/parser"
)

// Memory stays flat as the tree grows (issue 6) because method bodies do
// not live for the whole scan. The passes over the whole program (the
// class index, callers, relevance) read each body's facts, taken right
// after the parse (parser.BodyFacts, index.Prepare, suppressions); the
// interpretation of jobs enters a few percent of the methods, and only
// those need their statements. So each parsed file keeps its declarations
// and drops its bodies, except those a job's interpretation most likely
// enters (keepBodies), up to DefaultKeepBodies of source. A body the
// interpretation needs and that was dropped is parsed again on demand
// (index.Body), within restoreBudget. Findings never depend on which
// bodies were kept: TestBodiesKeptOrNot scans with every body kept and with
// none kept.

// DefaultKeepBodies is how much Java source keeps its method bodies. The
// methods likely entered take 1.0 MiB of source on the generated
// 20,000-file monorepo, 2.2 MiB at 40,000 files and 4.4 MiB at 80,000,
// where 59, 117 and 213 files are parsed again (482 at 80,000 with a
// 4 MiB budget, which costs a second of sequential parsing).
const DefaultKeepBodies = 8 << 20

// KeepAllBodies as Options.KeepBodies keeps every method body.
const KeepAllBodies = math.MaxInt64

// restoreBudget is how much source the files parsed again may keep.
func restoreBudget(keep int64) int64 {
	if keep < 0 {
		return 0 // one file at a time
	}
	return 4 << 20
}

// keepBodies returns which methods of f keep their bodies: none unless a
// job's interpretation likely enters f (it creates an environment, or has
// methods that take or return Flink streams or environments), and then
// those methods, the constructors and main (what a job's entry point
// calls), while the budget (their source bytes) allows. It only saves
// parsing again; any answer is correct.
func (st *parsing) keepBodies(f *parser.File, src []byte) func(*parser.Method) bool {
	if st.keepAll {
		return func(*parser.Method) bool { return true }
	}
	if st.keepNone || !likelyEnteredFile(f) {
		return nil
	}
	lines := parser.NewLineIndex(src)
	return func(m *parser.Method) bool {
		if !m.IsConstructor && m.Name != "main" && !likelyEntered(m) {
			return false
		}
		size := declSize(lines, m.Span)
		if st.keepLeft.Add(-size) < 0 {
			st.keepLeft.Add(size)
			return false
		}
		return true
	}
}

// declSize is about the number of source bytes in span: from the start of
// its first line to the end of its last.
func declSize(lines *parser.LineIndex, span parser.Pos) int64 {
	n := lines.Count()
	first, last := int(span.Line)-1, int(span.EndLine)-1
	if first < 0 || last < first || last >= n {
		return 0
	}
	start, _ := lines.Bounds(first)
	_, end := lines.Bounds(last)
	return int64(end - start)
}

func likelyEnteredFile(f *parser.File) bool {
	found := false
	f.EachType(func(td *parser.TypeDecl) {
		for _, m := range td.Methods {
			found = found || likelyEntered(m)
		}
	})
	return found
}

// likelyEntered: m creates an environment, or takes or returns Flink
// streams or environments (names as written; nothing is resolved yet).
func likelyEntered(m *parser.Method) bool {
	if !m.HasBody() {
		return false
	}
	pipeline := func(t parser.TypeRef) bool { return flinkapi.SimpleRole(flinkapi.Simple(t.Name)).Pipeline() }
	if pipeline(m.Result) {
		return true
	}
	for _, p := range m.Params {
		if pipeline(p.Type) {
			return true
		}
	}
	for _, c := range m.Facts().Calls {
		if flinkapi.EnvCreators[c.Name] {
			return true
		}
	}
	return false
}

// javaLoader parses a file of files again for index.Body. It runs
// on the job graph's goroutine, after the parsing pool is gone, with a
// parser of its own.
func javaLoader(ctx context.Context, files []*javaFile) index.Loader {
	byRel := make(map[string]load.FileRef, len(files))
	for _, f := range files {
		byRel[f.ref.Rel] = f.ref
	}
	return func(rel string) (*parser.File, int64, error) {
		ref, ok := byRel[rel]
		if !ok {
			return nil, 0, fmt.Errorf("not a file of the scan")
		}
		src, err := load.ReadFile(ref, load.DefaultMaxFileSize)
		if err != nil {
			return nil, 0, cause(err)
		}
		ps := parser.NewParser()
		defer ps.Close()
		f, err := ps.Parse(ctx, ref.Rel, src)
		if err != nil {
			return nil, 0, err
		}
		return f, int64(len(src)), nil
	}
}

func factsOf(files []*javaFile) []*index.FileFacts {
	out := make([]*index.FileFacts, len(files))
	for i, f := range files {
		out[i] = f.facts
	}
	return out
}
