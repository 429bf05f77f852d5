package rules

// Flink still reads a deprecated key, but logs a warning for it on every
// start, and a later version removes it: the setting then silently stops
// applying. Deprecated keys also overlap with their replacements
// (high-availability and high-availability.type), which Flink 2.x YAML
// cannot hold together.

import (
	"fmt"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/config"
)

// DeprecatedConfigKey is CFG004.
var DeprecatedConfigKey = &analysis.Rule{
	ID:      "CFG004",
	Name:    "deprecated-config-key",
	Title:   "Deprecated config key",
	Summary: "A config key is deprecated in the target Flink version; the message names its replacement.",
	Help: `Flink renames configuration keys over time and keeps reading the old names for a few versions, with a
warning in the log ("Config uses deprecated configuration key 'state.backend' instead of proper key
'state.backend.type'"). The waves that matter most:

- 1.17: state.backend → state.backend.type, high-availability → high-availability.type,
  restart-strategy → restart-strategy.type;
- 1.20: checkpoint options move under execution.checkpointing.* (state.checkpoints.dir →
  execution.checkpointing.dir, state.savepoints.dir → execution.checkpointing.savepoint-dir,
  state.backend.incremental → execution.checkpointing.incremental, ...) and recovery options under
  execution.state-recovery.*;
- 2.0 removes many deprecated keys outright (see removed-config-key).

flinklint looks the key up in the options of the target version (--flink-version, spec.flinkVersion,
the build file) in config files, spec.flinkConfiguration, and keys set in code with
Configuration.setString. When the version is unknown, it names the versions that deprecate the key.
Deprecated keys of the Flink Kubernetes operator are reported too.

Fix: rename the key to its replacement; the value stays the same.`,
	Bad: `state.checkpoints.dir: s3://flink/checkpoints
`,
	Good: `execution.checkpointing.dir: s3://flink/checkpoints
`,
	ExampleLang: "yaml",
	ExampleFile: "config.yaml",
	Level:       analysis.LevelNote,
	Default:     true,
	Tags:        []string{"flink", "configuration", "upgrade"},
	Precision:   "very-high",
	DocURL:      docBase + "deployment/config/",
	Run: func(p *analysis.Pass) {
		for s := range hygSources(p) {
			for _, e := range s.entries {
				if msg, ok := hygDeprecation(e.Key, "in "+s.where(), s.version); ok {
					p.Report(analysis.Diagnostic{Location: s.at(e.KeyPos), Message: msg})
				}
			}
		}
		for cs := range hygCodeSettings(p) {
			if msg, ok := hygDeprecation(cs.Key, "set with Configuration."+cs.setter, cs.version); ok {
				p.Report(analysis.Diagnostic{Location: cs.Loc, Message: msg, Job: cs.job.ID})
			}
		}
	},
}

// hygDeprecation says whether key is deprecated for the target version,
// and how.
func hygDeprecation(key, where string, ver analysis.Version) (string, bool) {
	use := func() string {
		if r := hygReplacement(key); r != "" {
			return "; use " + r
		}
		return "; it has no direct replacement"
	}
	if dv, known := hygDataVersion(ver); known {
		if hygDeprecatedIn(dv, key) {
			removed := ""
			if r := hygRemovedIn(key); r != "" && !ver.AtLeast(r) {
				removed = " (removed in Flink " + r + ")"
			}
			return fmt.Sprintf("key %q %s is deprecated in %s%s%s", key, where, ver.Describe(), removed, use()), true
		}
	} else if vs := hygVersionsWhere(func(v string) bool { return hygDeprecatedIn(v, key) }); len(vs) > 0 {
		removed := ""
		if r := hygRemovedIn(key); r != "" {
			removed = ", removed in " + r
		}
		return fmt.Sprintf("key %q %s is deprecated in Flink %s%s (the target Flink version is unknown)%s", key, where, hygRange(vs), removed, use()), true
	}
	if c := config.Canonical(key); c != key && len(hygVersionsWhere(func(v string) bool { return config.KeyIn(v, key).Known() })) == 0 {
		return fmt.Sprintf("key %q %s is deprecated by the Flink Kubernetes operator; use %s", key, where, c), true
	}
	return "", false
}

// hygRemovedIn returns the version from which on no version reads key,
// after an earlier one did; "" when the newest version reads it or none
// ever did.
func hygRemovedIn(key string) string {
	vs := config.Versions()
	i := len(vs) - 1
	for i >= 0 && !hygKnownIn(vs[i], key) {
		i--
	}
	if i < 0 || i == len(vs)-1 {
		return ""
	}
	return vs[i+1]
}
