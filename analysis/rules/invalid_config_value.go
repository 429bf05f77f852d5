package rules

// Flink keeps configuration values as strings and converts them when an
// option is read: a value that does not parse fails the JobManager or
// TaskManager at startup, or the job at submission, with an
// IllegalArgumentException far from the line that caused it.

import (
	"fmt"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/config"
)

// InvalidConfigValue is CFG007.
var InvalidConfigValue = &analysis.Rule{
	ID:      "CFG007",
	Name:    "invalid-config-value",
	Title:   "Config value of the wrong type",
	Summary: "A config value that does not parse for its option's type (duration, memory size, enum, boolean, number): Flink fails when it reads the option.",
	Help: `Flink parses a value when an option is read, and a value it cannot parse fails the process or the
job submission. flinklint parses values the way Flink does, with the option's type in the target
version:

- **Duration** (TimeUtils.parseDuration): a whole number and an optional unit, with or without a space:
  d/day(s), h/hour(s), m/min/minute(s), s/sec(s)/second(s), ms/milli(s)/millisecond(s),
  µs/micro(s)/microsecond(s), ns/nano(s)/nanosecond(s), any case; no unit means milliseconds.
  "60 s", "1min", "500ms", "10 sec" are fine; "1.5 s", "PT10S" and "-1" are not.
- **MemorySize** (MemorySize.parseBytes): a whole number and an optional unit: b/bytes,
  k/kb/kibibytes, m/mb/mebibytes, g/gb/gibibytes, t/tb/tebibytes, any case; no unit means bytes.
  "1728m", "4 gb", "512mb" are fine; "1.5g" and "2 gigs" are not.
- **Enum**: one of the option's values, any case (EXACTLY_ONCE, exactly_once).
- **Boolean**: true or false, any case ("ture", "yes" in flink-conf.yaml, "1" are errors).
- **Integer, Long, Float, Double**: Java number syntax.

In flink-conf.yaml quotes are part of the value: max-parallelism: "128" is the text "128" with quotes,
which is not a number. Values that a deployment tool substitutes (${VAR}, ${env:VAR}) are not
checked, and values of secret keys are never printed.

Fix: write the value in the form the message names.`,
	Bad: `execution.checkpointing.interval: 1.5 min
execution.checkpointing.incremental: ture
`,
	Good: `execution.checkpointing.interval: 90 s
execution.checkpointing.incremental: true
`,
	ExampleLang: "yaml",
	ExampleFile: "config.yaml",
	Level:       analysis.LevelError,
	Default:     true,
	Tags:        []string{"flink", "configuration"},
	Precision:   "very-high",
	DocURL:      docBase + "deployment/config/",
	Run: func(p *analysis.Pass) {
		for s := range hygSources(p) {
			legacy := s.file != nil && s.file.Format == config.Legacy
			for _, e := range s.entries {
				msg, ok := hygInvalidValue(e.Key, e.Value, "in "+s.where(), s.version)
				if !ok {
					continue
				}
				if v := strings.TrimSpace(e.Value); legacy && len(v) > 1 && (v[0] == '"' || v[0] == '\'') && !isSecretKey(e.Key) {
					msg += " (flink-conf.yaml keeps quotes as part of the value)"
				}
				p.Report(analysis.Diagnostic{Location: s.at(hygValuePos(e)), Message: msg})
			}
		}
		for cs := range hygCodeSettings(p) {
			if cs.setter != "setString" || !cs.Known {
				continue
			}
			if msg, ok := hygInvalidValue(cs.Key, cs.Value, "set with Configuration.setString", cs.version); ok {
				p.Report(analysis.Diagnostic{Location: cs.Loc, Message: msg, Job: cs.job.ID})
			}
		}
	},
}

// hygTypeNames name option types in messages.
var hygTypeNames = map[string]string{
	"Boolean": "boolean", "Integer": "integer", "Long": "integer", "Float": "number", "Double": "number",
	"Duration": "duration", "MemorySize": "memory size", "Enum": "value",
}

// hygInvalidValue checks a value against the option's type in the target
// version; for an unknown version, against every version that defines the
// option, and it is invalid only when no version accepts it.
func hygInvalidValue(key, value, where string, ver analysis.Version) (string, bool) {
	v := strings.TrimSpace(value)
	if v == "" || isReference(v) {
		return "", false
	}
	versions := config.Versions()
	if dv, known := hygDataVersion(ver); known {
		versions = []string{dv}
	}
	want, typ, checked := "", "", false
	for i := len(versions) - 1; i >= 0; i-- {
		o, ok := hygOptionFor(versions[i], key)
		if !ok {
			continue
		}
		w, good := hygCheckValue(o, v)
		if good {
			return "", false
		}
		if !checked {
			want, typ, checked = w, o.Type, true
		}
	}
	if !checked {
		return "", false
	}
	return fmt.Sprintf("value %s of key %q %s is not a valid %s: Flink expects %s", hygShowValue(key, v), key, where, hygTypeNames[typ], want), true
}
