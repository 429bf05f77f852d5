package scan

import (
	"os"
	"path/filepath"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/load"
	"github.com/flinklint/flinklint/sarif"
)

// fingerprint fills partialFingerprints.primaryLocationLineHash the way
// GitHub's upload action would, so that alerts keep their identity across
// commits also when the SARIF is uploaded through the API. Only files with
// findings are read again, once each; a file that cannot be read keeps its
// findings without a fingerprint (upload-sarif then computes one itself).
func fingerprint(root string, ds []analysis.Diagnostic) {
	hashes := map[string][]string{}
	for i := range ds {
		d := &ds[i]
		h, seen := hashes[d.Path]
		if !seen {
			ref := load.FileRef{Rel: d.Path, Abs: filepath.Join(root, filepath.FromSlash(d.Path))}
			if st, err := os.Stat(ref.Abs); err == nil {
				ref.Size = st.Size()
				if src, err := load.ReadFile(ref, load.DefaultMaxFileSize); err == nil {
					h = sarif.LineHashes(src)
				}
			}
			hashes[d.Path] = h
		}
		if d.Pos.Line > 0 && d.Pos.Line < len(h) {
			if d.Fingerprints == nil {
				d.Fingerprints = map[string]string{}
			}
			d.Fingerprints[sarif.PrimaryLocationLineHash] = h[d.Pos.Line]
		}
	}
}
