// Package fix applies the suggested fixes of findings to the files on disk
// (`flinklint scan --fix`). Edits are positioned in lines and UTF-16
// columns like every finding; they are converted to byte offsets here, in
// one place. A file that did not parse cleanly is never touched, and files
// are replaced atomically.
package fix

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/internal/atomicfile"
	"github.com/flinklint/flinklint/parser"
)

// Result says what was fixed.
type Result struct {
	Fixed []analysis.Diagnostic // the findings whose fix was applied
	Files []string              // root-relative paths changed, sorted
}

// Apply applies the first fix of every diagnostic that has one. skip
// reports files that must not be edited (syntax errors, invalid text).
func Apply(root string, ds []analysis.Diagnostic, skip func(path string) bool) (Result, error) {
	type edit struct {
		analysis.Edit
		diag int
	}
	byPath := map[string][]edit{}
	for i, d := range ds {
		if len(d.Fixes) == 0 {
			continue
		}
		for _, e := range d.Fixes[0].Edits {
			byPath[e.Path] = append(byPath[e.Path], edit{e, i})
		}
	}
	var paths []string
	for p := range byPath {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var res Result
	fixed := map[int]bool{}
	for _, path := range paths {
		if skip(path) {
			continue
		}
		abs := filepath.Join(root, filepath.FromSlash(path))
		src, err := os.ReadFile(abs)
		if err != nil {
			return res, err
		}
		type span struct {
			start, end int
			text       string
			diag       int
		}
		var spans []span
		lines := parser.NewLineIndex(src)
		for _, e := range byPath[path] {
			start, ok1 := lines.Offset(int(e.Pos.Line), int(e.Pos.Col))
			end, ok2 := lines.Offset(int(e.Pos.EndLine), int(e.Pos.EndCol))
			if !ok1 || !ok2 || end < start {
				return res, fmt.Errorf("%s: fix position %d:%d is outside the file", path, e.Pos.Line, e.Pos.Col)
			}
			spans = append(spans, span{start, end, e.Text, e.diag})
		}
		sort.SliceStable(spans, func(i, j int) bool { return spans[i].start > spans[j].start })
		out := src
		last := -1
		for _, s := range spans {
			if s.start == last {
				continue // the same place reached twice (a helper in two jobs)
			}
			last = s.start
			out = append(out[:s.start:s.start], append([]byte(s.text), out[s.end:]...)...)
		}
		// An existing file keeps its permissions.
		if err := atomicfile.Write(abs, func(w io.Writer) error { _, err := w.Write(out); return err }); err != nil {
			return res, err
		}
		for _, s := range spans {
			fixed[s.diag] = true
		}
		res.Files = append(res.Files, path)
	}
	for i, d := range ds {
		if fixed[i] {
			res.Fixed = append(res.Fixed, d)
		}
	}
	return res, nil
}
