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
// and drops its bodies, except the files a job's interpretation most likely
// enters (keepBodies), up to DefaultKeepBodies of source. A body the
// interpretation needs and that was dropped is parsed again on demand
// (index.Body), within restoreBudget. Findings never depend on which
// bodies were kept: TestBodiesKeptOrNot scans with every body kept and with
// none kept.

// DefaultKeepBodies is how much Java source keeps its method bodies: the
// files likely to hold what jobs enter fit on the generated 40,000-file
// monorepo (117 files are parsed again there, 59 at 20,000 files).
const DefaultKeepBodies = 12 << 20

// KeepAllBodies as Options.KeepBodies keeps every method body.
const KeepAllBodies = math.MaxInt64

// restoreBudget is how much source the files parsed again may keep.
func restoreBudget(keep int64) int64 {
	if keep < 0 {
		return 0 // one file at a time
	}
	return 4 << 20
}

// keepBodies decides whether f keeps its method bodies: when a job's
// interpretation is likely to enter them (the file creates an environment
// or has methods that take or return Flink streams or environments) and
// the budget allows. It only saves parsing again; any answer is correct.
func (st *parsing) keepBodies(f *parser.File, size int64) bool {
	if st.keepAll {
		return true
	}
	if st.keepNone || !likelyEntered(f) {
		return false
	}
	if st.keepLeft.Add(-size) < 0 {
		st.keepLeft.Add(size)
		return false
	}
	return true
}

// likelyEntered: f creates an environment, or has methods that take or
// return Flink streams or environments (names as written; nothing is
// resolved yet).
func likelyEntered(f *parser.File) bool {
	found := false
	pipeline := func(t parser.TypeRef) bool { return flinkapi.SimpleRole(flinkapi.Simple(t.Name)).Pipeline() }
	f.EachType(func(td *parser.TypeDecl) {
		for _, m := range td.Methods {
			if found || !m.HasBody() {
				continue
			}
			found = pipeline(m.Result)
			for _, p := range m.Params {
				found = found || pipeline(p.Type)
			}
			for _, c := range m.Facts().Calls {
				found = found || flinkapi.EnvCreators[c.Name]
			}
		}
	})
	return found
}

// javaLoader parses a Java file of the scan again for index.Body. It runs
// on the job graph's goroutine, after the parsing pool is gone, with a
// parser of its own.
func javaLoader(ctx context.Context, refs []load.FileRef) index.Loader {
	byRel := make(map[string]load.FileRef, len(refs))
	for _, r := range refs {
		byRel[r.Rel] = r
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
