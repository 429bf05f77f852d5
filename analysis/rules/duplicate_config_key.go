package rules

// A key set twice is at best dead text and at worst the wrong value:
// flink-conf.yaml keeps the last one, config.yaml (1.19+) refuses to load
// at all, a key set both nested and flat keeps one of them, unspecified
// which. Flink 2.x writes its configuration back as nested YAML, where a
// key cannot be both a value and the parent of other keys: the Kubernetes
// operator refuses such configurations ("Overlapping key prefixes").

import (
	"fmt"
	"sort"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/config"
	"github.com/flinklint/flinklint/analysis/k8s"
	"github.com/flinklint/flinklint/parser"
)

// DuplicateConfigKey is CFG003.
var DuplicateConfigKey = &analysis.Rule{
	ID:      "CFG003",
	Name:    "duplicate-config-key",
	Title:   "Config key set twice",
	Summary: "A config key is set twice in one file or manifest (also nested and flat), or, for Flink 2.x, a key is both a value and the prefix of another key.",
	Help: `What a duplicate key does depends on the file:

- **config.yaml** (Flink 1.19+): a key written twice in one mapping is a YAML error, and Flink refuses
  to start ("Duplicate key"). A key set both nested and flat (execution: {checkpointing: {interval:
  ...}} and execution.checkpointing.interval: ...) keeps one of the two values, unspecified which.
- **flink-conf.yaml**: the last value wins, silently (reported at level warning).
- **Kubernetes manifests**: kubectl refuses a mapping with a duplicate key; in spec.flinkConfiguration,
  nested and flat forms of one key keep one value.

**Overlapping key prefixes.** Flink 2.x reads and writes configuration as standard YAML, where a key
cannot hold a value and be the parent of other keys at the same time. Legacy keys such as
high-availability, state.backend or restart-strategy next to their sub-keys
(high-availability.storageDir, state.backend.incremental, restart-strategy.fixed-delay.attempts) break
it: the Flink Kubernetes operator refuses the deployment ("Overlapping key prefixes detected",
operator 1.12+), and writers of nested YAML drop one of the keys. That is why Flink 1.17 renamed them
to high-availability.type, state.backend.type and restart-strategy.type. flinklint reports overlaps in
config.yaml files and FlinkDeployments that target Flink 2.0 or later (at level note when the version
is unknown).

Fix: delete one of the duplicates; for overlapping prefixes use the current key
(high-availability.type instead of high-availability).`,
	Bad: `execution.checkpointing.interval: 60 s
execution.checkpointing.dir: s3://flink/checkpoints
execution.checkpointing.interval: 10 s
`,
	Good: `execution.checkpointing.interval: 60 s
execution.checkpointing.dir: s3://flink/checkpoints
`,
	ExampleLang: "yaml",
	ExampleFile: "config.yaml",
	Level:       analysis.LevelError,
	Default:     true,
	Tags:        []string{"flink", "configuration"},
	Precision:   "very-high",
	DocURL:      docBase + "deployment/config/#flink-configuration-file",
	Run: func(p *analysis.Pass) {
		dup := func(path string, pr config.Problem, level analysis.Level) {
			d := analysis.Diagnostic{Level: level, Location: parser.Location{Path: path, Pos: pr.Pos}, Message: pr.Message}
			if !pr.Related.IsZero() {
				d.Related = []analysis.Related{{Location: parser.Location{Path: path, Pos: pr.Related}, Message: "first set here"}}
			}
			p.Report(d)
		}
		for cf := range p.ConfigFiles() {
			if !hygFlinkFile(cf) {
				continue
			}
			level := analysis.LevelError
			if cf.Format == config.Legacy {
				level = analysis.LevelWarning // the last one wins
			}
			for _, pr := range cf.Problems {
				if pr.Kind == config.ProblemDuplicate {
					dup(cf.Path, pr, level)
				}
			}
		}
		for fp := range p.ManifestProblems() {
			if fp.Kind != config.ProblemDuplicate {
				continue
			}
			d := analysis.Diagnostic{Location: fp.Location, Message: fp.Message}
			if !fp.Related.Pos.IsZero() {
				d.Related = []analysis.Related{{Location: fp.Related, Message: "first set here"}}
			}
			p.Report(d)
		}
		for s := range hygSources(p) {
			switch {
			case s.file != nil && s.file.Format != config.Standard:
				continue // flink-conf.yaml: Flink 2.x does not read it (CFG001)
			case s.manifest != nil && s.manifest.Kind != k8s.FlinkDeployment:
				continue
			}
			level := analysis.LevelError
			qualifier := ""
			switch {
			case s.version.AtLeast("2.0"):
			case s.version.Known():
				continue
			default:
				level = analysis.LevelNote
				qualifier = " once the target is Flink 2.0 or later (the target Flink version is unknown)"
			}
			for _, o := range hygOverlaps(s.entries) {
				msg := fmt.Sprintf("key %q is both a value and a prefix of %q: Flink 2.x standard YAML cannot hold both (the Kubernetes operator rejects \"Overlapping key prefixes\")%s",
					o.short.Key, o.long.Key, qualifier)
				if c := config.Canonical(o.short.Key); c != o.short.Key {
					msg += "; use " + c
				}
				p.Report(analysis.Diagnostic{Level: level, Location: s.at(o.short.KeyPos), Message: msg,
					Related: []analysis.Related{{Location: s.at(o.long.KeyPos), Message: fmt.Sprintf("%q is set here", o.long.Key)}}})
			}
		}
	},
}

// hygOverlap is a key that is also the prefix of another key.
type hygOverlap struct{ short, long config.Entry }

// hygOverlaps finds keys written with a value that other keys extend
// (k and k.x), one per key: the first extension in byte order.
func hygOverlaps(entries []config.Entry) []hygOverlap {
	byKey := map[string]config.Entry{}
	var keys []string
	for _, e := range entries {
		if _, ok := byKey[e.Key]; !ok {
			keys = append(keys, e.Key)
			byKey[e.Key] = e
		}
	}
	sort.Strings(keys)
	var out []hygOverlap
	for i, k := range keys {
		// Keys extending k sort right after it, possibly after keys such
		// as "k-x" or "k0" that merely share its characters.
		for _, l := range keys[i+1:] {
			if !strings.HasPrefix(l, k) {
				break
			}
			if l[len(k)] == '.' {
				out = append(out, hygOverlap{short: byKey[k], long: byKey[l]})
				break
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i].short.KeyPos, out[j].short.KeyPos
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
	return out
}
