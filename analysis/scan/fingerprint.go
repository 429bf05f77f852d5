package scan

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/baseline"
	"github.com/flinklint/flinklint/analysis/load"
	"github.com/flinklint/flinklint/sarif"
)

// fingerprint fills two partialFingerprints: primaryLocationLineHash the
// way GitHub's upload action would, so that alerts keep their identity
// across commits also when SARIF is uploaded through the API; and
// flinklint/v1, which ignores line numbers and is the baseline's key. Only
// files with findings are read again, once each; a file that cannot be read
// keeps its findings with a fingerprint of the message alone.
func fingerprint(root string, ds []analysis.Diagnostic) {
	type text struct {
		hashes []string
		lines  []string
	}
	files := map[string]text{}
	for i := range ds {
		d := &ds[i]
		t, seen := files[d.Path]
		if !seen {
			ref := load.FileRef{Rel: d.Path, Abs: filepath.Join(root, filepath.FromSlash(d.Path))}
			if st, err := os.Stat(ref.Abs); err == nil {
				ref.Size = st.Size()
				if src, err := load.ReadFile(ref, load.DefaultMaxFileSize); err == nil {
					t.hashes = sarif.LineHashes(src)
					t.lines = strings.Split(string(src), "\n")
				}
			}
			files[d.Path] = t
		}
		if d.Fingerprints == nil {
			d.Fingerprints = map[string]string{}
		}
		if d.Pos.Line > 0 && int(d.Pos.Line) < len(t.hashes) {
			d.Fingerprints[sarif.PrimaryLocationLineHash] = t.hashes[d.Pos.Line]
		}
		line := ""
		if d.Pos.Line > 0 && int(d.Pos.Line) <= len(t.lines) {
			line = t.lines[d.Pos.Line-1]
		}
		d.Fingerprints[baseline.Key] = baseline.Fingerprint(*d, line)
	}
}
