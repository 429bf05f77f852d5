package rules

// Flink reads one file from its conf directory, and which one depends on the
// version: flink-conf.yaml up to 1.18, flink-conf.yaml over config.yaml in
// 1.19 and 1.20 when both exist, config.yaml only from 2.0 on. A file the
// target version does not read is silently ignored with all its settings:
// the cluster starts with defaults (no HA, no checkpoint directory, default
// memory) and nothing says why.

import (
	"fmt"
	"path"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/config"
)

// ConfigFileNotRead is CFG001.
var ConfigFileNotRead = &analysis.Rule{
	ID:      "CFG001",
	Name:    "config-file-not-read",
	Title:   "Config file the target Flink version does not read",
	Summary: "A flink-conf.yaml for a Flink 2.x target, a config.yaml next to a flink-conf.yaml for 1.19/1.20, or a config.yaml for a version before 1.19: Flink ignores the file and all its settings.",
	Help: `Flink reads a single configuration file from its conf directory (FLINK_CONF_DIR), and which one
depends on the version:

| Flink | reads |
| --- | --- |
| up to 1.18 | flink-conf.yaml only (the legacy line-by-line format) |
| 1.19, 1.20 | config.yaml (standard YAML), **but flink-conf.yaml wins when both exist** |
| 2.0 and later | config.yaml only; flink-conf.yaml and its parser are gone |

A file the version does not read is ignored silently, with every setting in it: a cluster upgraded to
2.0 with its old flink-conf.yaml starts without high availability, checkpoint directory or memory
settings, and a config.yaml added next to a flink-conf.yaml in 1.19 or 1.20 changes nothing.

The target version comes from --flink-version, spec.flinkVersion or the build file (pom.xml,
build.gradle). When it is unknown, flinklint reports a flink-conf.yaml at level note (2.x does not read
it), and a config.yaml next to a flink-conf.yaml (1.15–1.20 ignore it). Files given with
--flink-config, files that set nothing, config.yaml files without a single Flink key, and the
Kubernetes operator's own configuration (a file with kubernetes.operator.* keys) are not reported.

Fix: for Flink 2.x convert flink-conf.yaml to config.yaml (bin/migrate-config-file.sh, shipped with
1.19 and later, does it) and delete the old file; for 1.19 and 1.20 keep one of the two files; before
1.19 write the settings into flink-conf.yaml.`,
	Bad: `# Flink 2.x reads only config.yaml: none of these settings apply.
jobmanager.rpc.address: flink-jobmanager
taskmanager.numberOfTaskSlots: 4
execution.checkpointing.interval: 60 s
execution.checkpointing.dir: s3://flink/checkpoints
`,
	Good: `# This legacy file is empty: its settings moved to conf/config.yaml, the only file
# Flink 2.x reads (bin/migrate-config-file.sh converts a flink-conf.yaml).
# Delete the file once nothing refers to it.
`,
	ExampleLang: "yaml",
	ExampleFile: "flink-conf.yaml",
	Level:       analysis.LevelWarning,
	Default:     true,
	Tags:        []string{"flink", "configuration", "upgrade"},
	Precision:   "high",
	DocURL:      docBase + "deployment/config/#flink-configuration-file",
	Run: func(p *analysis.Pass) {
		// Files Flink would find in one conf directory.
		byDir := map[string]map[string]*analysis.ConfigFile{}
		for cf := range p.ConfigFiles() {
			if cf.Flag {
				continue
			}
			dir := path.Dir(cf.Path)
			if byDir[dir] == nil {
				byDir[dir] = map[string]*analysis.ConfigFile{}
			}
			byDir[dir][path.Base(cf.Path)] = cf
		}
		for cf := range p.ConfigFiles() {
			if cf.Flag || len(cf.Entries) == 0 || !hygFlinkFile(cf) || hygOperatorConfig(cf) {
				continue
			}
			name := path.Base(cf.Path)
			v := cf.Version
			switch name {
			case config.LegacyFileName:
				switch {
				case v.AtLeast("2.0"):
					p.Report(analysis.Diagnostic{Location: lineOne(cf.Path), Message: fmt.Sprintf(
						"%s is not read by %s: Flink 2.x reads only config.yaml, so none of the %s in this file apply; convert it with bin/migrate-config-file.sh and rename it config.yaml",
						name, v.Describe(), hygSettings(len(cf.Entries)))})
				case !v.Known():
					p.Report(analysis.Diagnostic{Level: analysis.LevelNote, Location: lineOne(cf.Path), Message: fmt.Sprintf(
						"%s is not read by Flink 2.0 and later, which read only config.yaml (the target Flink version is unknown); before upgrading, convert it with bin/migrate-config-file.sh",
						name)})
				}
			case config.StandardFileName:
				legacy := byDir[path.Dir(cf.Path)][config.LegacyFileName]
				var related []analysis.Related
				if legacy != nil {
					related = []analysis.Related{{Location: lineOne(legacy.Path), Message: "flink-conf.yaml in the same directory"}}
				}
				switch {
				case v.Known() && !v.AtLeast("1.19"):
					p.Report(analysis.Diagnostic{Location: lineOne(cf.Path), Related: related, Message: fmt.Sprintf(
						"%s is not read by %s: Flink reads config.yaml from 1.19 on and only flink-conf.yaml before, so none of the %s in this file apply; write them into flink-conf.yaml (flat keys) or upgrade",
						name, v.Describe(), hygSettings(len(cf.Entries)))})
				case legacy == nil:
				case v.AtLeast("1.19") && !v.AtLeast("2.0"):
					p.Report(analysis.Diagnostic{Location: lineOne(cf.Path), Related: related, Message: fmt.Sprintf(
						"%s is ignored by %s: when flink-conf.yaml is in the same directory Flink 1.19 and 1.20 read flink-conf.yaml instead; keep the settings in one of the two files",
						name, v.Describe())})
				case !v.Known():
					p.Report(analysis.Diagnostic{Level: analysis.LevelNote, Location: lineOne(cf.Path), Related: related, Message: fmt.Sprintf(
						"%s is ignored by Flink 1.15–1.20 because flink-conf.yaml is in the same directory (the target Flink version is unknown; 1.19 and 1.20 prefer flink-conf.yaml, earlier versions read only it); keep the settings in one file",
						name)})
				}
			}
		}
	},
}

// hygOperatorConfig reports a file that sets kubernetes.operator.* keys:
// the Flink Kubernetes operator's own configuration (its Helm chart's
// conf/flink-conf.yaml), which the operator reads whatever Flink version
// its deployments run.
func hygOperatorConfig(cf *analysis.ConfigFile) bool {
	for _, e := range cf.Entries {
		if strings.HasPrefix(e.Key, "kubernetes.operator.") {
			return true
		}
	}
	return false
}

// hygSettings counts settings for a message: "1 setting", "4 settings".
func hygSettings(n int) string {
	if n == 1 {
		return "1 setting"
	}
	return fmt.Sprintf("%d settings", n)
}
