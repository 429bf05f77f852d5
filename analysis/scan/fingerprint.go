package scan

import (
	"os"
	"path/filepath"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/baseline"
	"github.com/flinklint/flinklint/analysis/load"
	"github.com/flinklint/flinklint/parser"
	"github.com/flinklint/flinklint/sarif"
)

// fingerprint fills two partialFingerprints: primaryLocationLineHash the
// way GitHub's upload action would, so that alerts keep their identity
// across commits also when SARIF is uploaded through the API; and
// flinklint/v1, which ignores line numbers and is the baseline's key. Only
// files with findings are read again, once each and one at a time; a file
// that cannot be read keeps its findings with a fingerprint of the message
// alone.
func fingerprint(root string, ds []analysis.Diagnostic) {
	byPath := map[string][]int{}
	var paths []string
	for i := range ds {
		p := ds[i].Path
		if _, seen := byPath[p]; !seen {
			paths = append(paths, p)
		}
		byPath[p] = append(byPath[p], i)
	}
	for _, p := range paths {
		var hashes []string
		var src []byte
		lines := parser.NewLineIndex(nil)
		ref := load.FileRef{Rel: p, Abs: filepath.Join(root, filepath.FromSlash(p))}
		if st, err := os.Stat(ref.Abs); err == nil {
			ref.Size = st.Size()
			if b, err := load.ReadFile(ref, load.DefaultMaxFileSize); err == nil {
				src = b
				hashes = sarif.LineHashes(src)
				lines = parser.NewLineIndex(src)
			}
		}
		for _, i := range byPath[p] {
			d := &ds[i]
			if d.Fingerprints == nil {
				d.Fingerprints = map[string]string{}
			}
			if d.Pos.Line > 0 && int(d.Pos.Line) < len(hashes) {
				d.Fingerprints[sarif.PrimaryLocationLineHash] = hashes[d.Pos.Line]
			}
			line := ""
			if d.Pos.Line > 0 && int(d.Pos.Line) <= lines.Count() && src != nil {
				start, end := lines.Bounds(int(d.Pos.Line) - 1)
				line = string(src[start:end])
			}
			d.Fingerprints[baseline.Key] = baseline.Fingerprint(*d, line)
		}
	}
}
