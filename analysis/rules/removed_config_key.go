package rules

// Flink ignores keys it does not know without a word: a key the target
// version removed (taskmanager.heap.size and security.ssl.enabled in 2.0,
// metrics.reporter.<name>.class since 1.17) or does not know yet leaves the
// setting at its default, and the cluster runs without the memory, TLS or
// reporter it was configured with.

import (
	"fmt"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/config"
)

// RemovedConfigKey is CFG005.
var RemovedConfigKey = &analysis.Rule{
	ID:      "CFG005",
	Name:    "removed-config-key",
	Title:   "Config key the target version does not read",
	Summary: "A config key that earlier Flink versions read and the target version no longer does (or that only later versions read): Flink ignores it silently.",
	Help: `Flink does not reject configuration keys it does not know: it ignores them. A key that the target
version has removed therefore stops working without an error. Flink 2.0 removed a long list of
deprecated options (its release notes list them), among them the legacy memory keys
taskmanager.heap.size / jobmanager.heap.size, security.ssl.enabled (use security.ssl.internal.enabled
and security.ssl.rest.enabled), metrics.reporter.<name>.class (use .factory.class) and
security.kerberos.fetch.delegation-token. The same happens the other way round: a key that only a
later version knows (execution.checkpointing.dir appeared in 1.20) does nothing on an older cluster.

Some entries of the 2.0 list only removed a Java constant while the key lives on: state.backend.type
is the key of the state backend option in every version from 1.17 on, and state.backend.local-recovery
is still read (as a deprecated key); flinklint goes by the keys each version reads, not by the list.

flinklint checks config files, spec.flinkConfiguration and keys set in code with
Configuration.setString against the target version (--flink-version, spec.flinkVersion, the build
file); when the version is unknown, it reports keys removed in some version at level note.

Fix: replace the key with the one the target version reads (the message names it) or remove it.`,
	Bad: `taskmanager.heap.size: 4096m
`,
	Good: `taskmanager.memory.process.size: 4096m
`,
	ExampleLang: "yaml",
	ExampleFile: "config.yaml",
	Level:       analysis.LevelError,
	Default:     true,
	Tags:        []string{"flink", "configuration", "upgrade"},
	Precision:   "high",
	DocURL:      docBase + "deployment/config/",
	Run: func(p *analysis.Pass) {
		for s := range hygSources(p) {
			for _, e := range s.entries {
				if msg, level, ok := hygRemoval(e.Key, "in "+s.where(), s.version, false); ok {
					p.Report(analysis.Diagnostic{Level: level, Location: s.at(e.KeyPos), Message: msg})
				}
			}
		}
		for cs := range hygCodeSettings(p) {
			if msg, level, ok := hygRemoval(cs.Key, "set with Configuration."+cs.setter, cs.version, true); ok {
				p.Report(analysis.Diagnostic{Level: level, Location: cs.Loc, Message: msg, Job: cs.job.ID})
			}
		}
	},
}

// hygRemoval says whether the target version does not read a key some
// other version reads. Keys set in code reach the rules under their current
// name (jobgraph maps state.backend to state.backend.type), so for them
// canonical says that a key newer than the target proves nothing: the code
// may have written the old name.
func hygRemoval(key, where string, ver analysis.Version, canonical bool) (string, analysis.Level, bool) {
	use := func() string {
		if r := hygReplacement(key); r != "" {
			return "; use " + r
		}
		return "; delete the setting"
	}
	vs := config.Versions()
	dv, known := hygDataVersion(ver)
	if !known {
		r := hygRemovedIn(key)
		if r == "" {
			return "", "", false
		}
		return fmt.Sprintf("key %q %s is not read by Flink %s and later, which removed it (the target Flink version is unknown)%s", key, where, r, use()), analysis.LevelNote, true
	}
	if hygKnownIn(dv, key) {
		return "", "", false
	}
	at := -1
	for i, v := range vs {
		if v == dv {
			at = i
		}
	}
	for i := at - 1; i >= 0; i-- {
		if hygKnownIn(vs[i], key) {
			return fmt.Sprintf("key %q %s is not read by %s: Flink %s removed it%s", key, where, ver.Describe(), vs[i+1], use()), "", true
		}
	}
	for i := at + 1; i < len(vs) && !canonical; i++ {
		if hygKnownIn(vs[i], key) {
			return fmt.Sprintf("key %q %s is not read by %s: Flink reads it from %s on; use the key %s reads or upgrade", key, where, ver.Describe(), vs[i], dv), "", true
		}
	}
	return "", "", false
}
