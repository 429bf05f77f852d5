// Package baseline lets a team adopt flinklint on a repository that already
// has findings: --write-baseline records the current findings, --baseline
// reports only the ones that are not recorded. Findings are matched by the
// line-independent fingerprint flinklint/v1 (rule, path, job and operator
// identity, the message without line numbers, and the flagged line's text
// without whitespace), so they keep matching when unrelated lines move.
package baseline

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/internal/atomicfile"
)

// Key is the partialFingerprints key of the line-independent fingerprint.
const Key = "flinklint/v1"

// File is the baseline file's shape.
type File struct {
	Version  int     `json:"version"`
	Tool     string  `json:"tool"`
	Findings []Entry `json:"findings"`
}

// Entry is one recorded finding; Rule, Path and Message are for humans
// reading the file, Fingerprint is what matches.
type Entry struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule"`
	Path        string `json:"path"`
	Message     string `json:"message"`
}

var lineRefs = regexp.MustCompile(`:\d+(:\d+)?\b`)

// Fingerprint computes flinklint/v1 for d, given the text of its line.
func Fingerprint(d analysis.Diagnostic, line string) string {
	h := sha256.New()
	for _, part := range []string{
		d.RuleID, d.Path, d.Job, d.Operator,
		lineRefs.ReplaceAllString(d.Message, ""),
		strings.Join(strings.Fields(line), ""),
	} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// Write records ds (which carry their flinklint/v1 fingerprint) at path,
// atomically.
func Write(path string, ds []analysis.Diagnostic) error {
	f := File{Version: 1, Tool: "flinklint", Findings: []Entry{}}
	for _, d := range ds {
		f.Findings = append(f.Findings, Entry{Fingerprint: d.Fingerprints[Key], Rule: d.RuleID, Path: d.Path, Message: d.Message})
	}
	sort.SliceStable(f.Findings, func(i, j int) bool {
		a, b := f.Findings[i], f.Findings[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Fingerprint < b.Fingerprint
	})
	data, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	data = append(data, '\n')
	if st, err := os.Stat(path); err == nil && !st.Mode().IsRegular() {
		// A device or pipe: write in place, never rename over it.
		return os.WriteFile(path, data, 0)
	}
	return atomicfile.Write(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// Set counts recorded fingerprints (the same finding can occur twice).
type Set map[string]int

// Load reads a baseline file.
func Load(path string) (Set, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read baseline: %w", err)
	}
	var f File
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("baseline %s is not a flinklint baseline: %v", path, err)
	}
	if f.Version != 1 {
		return nil, fmt.Errorf("baseline %s has version %d; this flinklint reads version 1", path, f.Version)
	}
	s := Set{}
	for _, e := range f.Findings {
		s[e.Fingerprint]++
	}
	return s, nil
}

// Filter returns the findings the baseline does not record, and how many it
// matched. Each recorded fingerprint matches as many findings as it was
// recorded for.
func Filter(ds []analysis.Diagnostic, s Set) (kept []analysis.Diagnostic, matched int) {
	left := Set{}
	for k, v := range s {
		left[k] = v
	}
	for _, d := range ds {
		if fp := d.Fingerprints[Key]; fp != "" && left[fp] > 0 {
			left[fp]--
			matched++
			continue
		}
		kept = append(kept, d)
	}
	return kept, matched
}
