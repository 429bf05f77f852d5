package rules

// A deprecated Flink API still works in the target version, but the next
// major version removes it (Flink 2.0 removed almost everything 1.x
// deprecated); moving to the replacement while the job still runs on 1.x
// makes the upgrade a version bump instead of a rewrite.

import (
	"fmt"

	"github.com/flinklint/flinklint/analysis"
)

// DeprecatedAPI is API002.
var DeprecatedAPI = &analysis.Rule{
	ID:      "API002",
	Name:    "deprecated-api",
	Title:   "API deprecated in the target Flink version",
	Summary: "The code uses a Flink API that the target Flink version deprecates; the finding names its replacement.",
	Help: `Flink deprecates an API one or more minor versions before a major version removes it. Flink 1.19
deprecated the setters that take Java objects (setStateBackend, setRestartStrategy and
RestartStrategies, setCheckpointStorage), Flink's Time class, the typed Configuration setters and
RichFunction#open(Configuration); 1.18 deprecated SourceFunction and addSource; 1.20 deprecated
SinkFunction and addSink, setExternalizedCheckpointCleanup, ExecutionCheckpointingOptions and the
org.apache.flink.streaming.api.CheckpointingMode setters. Flink 2.0 removed most of them (API001
reports those when the target is 2.x).

The target version comes from --flink-version, the FlinkDeployment's spec.flinkVersion or the build
file. When it is unknown, this rule reports the APIs that are deprecated and not removed in any
version, naming the version that deprecated them; deprecated APIs that a later version removed are
reported by API001.

Fix: move to the replacement the finding names; the replacements exist in the version that
deprecates the API.`,
	Bad: `package com.example;

import org.apache.flink.streaming.api.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Modes {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(60_000);
        env.getCheckpointConfig().setCheckpointingMode(CheckpointingMode.EXACTLY_ONCE);
        env.fromSequence(1, 10).print();
        env.execute();
    }
}
`,
	Good: `package com.example;

import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Modes {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(60_000);
        env.getCheckpointConfig().setCheckpointingConsistencyMode(CheckpointingMode.EXACTLY_ONCE);
        env.fromSequence(1, 10).print();
        env.execute();
    }
}
`,
	Level:     analysis.LevelNote,
	Default:   true,
	Tags:      []string{"flink", "upgrade", "api"},
	Precision: "high",
	DocURL:    "https://nightlies.apache.org/flink/flink-docs-release-1.20/release-notes/flink-1.19/",
	Run: func(p *analysis.Pass) {
		for s := range apiSites(p) {
			rule, level := apiReported(s)
			if rule != "API002" {
				continue
			}
			e := s.Entry
			var msg string
			switch {
			case !s.Version.Known():
				msg = fmt.Sprintf("%s is deprecated %s and the target Flink version is unknown: %s", s.What, e.deprecatedPhrase(), e.Replacement)
			case e.Removed != "":
				msg = fmt.Sprintf("%s is deprecated %s and removed in Flink %s; the target is %s: %s", s.What, e.deprecatedPhrase(), e.Removed, s.Version.Describe(), e.Replacement)
			default:
				msg = fmt.Sprintf("%s is deprecated %s and the target is %s: %s", s.What, e.deprecatedPhrase(), s.Version.Describe(), e.Replacement)
			}
			p.Report(apiDiag(s, level, msg))
		}
	},
}
