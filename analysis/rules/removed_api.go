package rules

// A job that uses an API its Flink version removed does not compile against
// that version, or (for a class loaded only at run time) fails when it is
// submitted. Flink 2.0 removed most of what 1.x deprecated: SourceFunction
// and SinkFunction with addSource/addSink, the setters that take Java
// objects (setStateBackend, setRestartStrategy, setCheckpointStorage),
// RestartStrategies, Flink's Time class, the typed Configuration setters,
// iterations and positional keys.

import (
	"fmt"

	"github.com/flinklint/flinklint/analysis"
)

// RemovedAPI is API001.
var RemovedAPI = &analysis.Rule{
	ID:      "API001",
	Name:    "removed-api",
	Title:   "API removed in the target Flink version",
	Summary: "The code uses a Flink API that the target Flink version removed (setStateBackend, RestartStrategies, addSource/SourceFunction, Time, ...), so the job does not build or start on that version.",
	Help: `Flink 2.0 removed the DataStream APIs that 1.x had deprecated: SourceFunction and SinkFunction
with env.addSource and DataStream.addSink; the environment and CheckpointConfig setters that take
Java objects (setStateBackend, setRestartStrategy and RestartStrategies, setCheckpointStorage,
enableExternalizedCheckpoints, setExternalizedCheckpointCleanup); ExecutionCheckpointingOptions; Flink's
Time class in window, TTL and restart methods; the typed Configuration setters (setInteger, setLong,
setBoolean, ...); RichFunction#open(Configuration); DataStream#iterate; keyBy with field positions or
expressions. A job using one of them does not compile against Flink 2.0.

The target version comes from --flink-version, the FlinkDeployment's spec.flinkVersion or the build
file. When it is unknown, uses of removed APIs are reported as notes that name the version that removed
them.

Fix: move to the replacement each finding names. Most settings become configuration options
(state.backend.type, restart-strategy.type, execution.checkpointing.dir, ...) set in a Configuration
passed to StreamExecutionEnvironment.getExecutionEnvironment(conf) or in the cluster configuration;
sources and sinks move to fromSource/sinkTo with FLIP-27 sources and Sink V2; Time becomes
java.time.Duration.`,
	Bad: `package com.example;

import org.apache.flink.api.common.restartstrategy.RestartStrategies;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Upgrade {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setRestartStrategy(RestartStrategies.fixedDelayRestart(3, 10_000));
        env.fromSequence(1, 10).print();
        env.execute();
    }
}
`,
	Good: `package com.example;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Upgrade {
    public static void main(String[] args) throws Exception {
        Configuration conf = new Configuration();
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "exponential-delay");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.fromSequence(1, 10).print();
        env.execute();
    }
}
`,
	Level:     analysis.LevelError,
	Default:   true,
	Tags:      []string{"flink", "upgrade", "api"},
	Precision: "high",
	DocURL:    "https://nightlies.apache.org/flink/flink-docs-release-2.0/release-notes/flink-2.0/",
	Run: func(p *analysis.Pass) {
		for s := range apiSites(p) {
			rule, level := apiReported(s)
			if rule != "API001" {
				continue
			}
			e := s.Entry
			var msg string
			if s.Version.Known() {
				msg = fmt.Sprintf("%s was removed in Flink %s and the target is %s: %s", s.What, e.Removed, s.Version.Describe(), e.Replacement)
			} else {
				dep := ""
				if e.Deprecated != "" {
					dep = " (deprecated " + e.deprecatedPhrase() + ")"
				}
				msg = fmt.Sprintf("%s is removed in Flink %s%s and the target Flink version is unknown: %s", s.What, e.Removed, dep, e.Replacement)
			}
			p.Report(apiDiag(s, level, msg))
		}
	},
}
