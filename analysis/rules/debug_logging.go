package rules

// At DEBUG or TRACE, Flink, Kafka clients, Hadoop and the AWS SDK log
// several lines per record batch, request and checkpoint: throughput drops,
// log volumes fill, and log shipping costs climb, while the lines that
// matter drown.

import (
	"fmt"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/logconf"
	"github.com/flinklint/flinklint/parser"
)

// DebugLogging is OBS003.
var DebugLogging = &analysis.Rule{
	ID:      "OBS003",
	Name:    "debug-logging",
	Title:   "Root logger at DEBUG or TRACE",
	Summary: "A logging configuration (log4j*.properties, logback*.xml or a FlinkDeployment's spec.logConfiguration) sets the root logger to DEBUG, TRACE or ALL.",
	Help: `The root logger level applies to Flink and to every library of the job: Kafka and Pulsar clients,
Hadoop and S3 file systems, the AWS SDK, Netty. At DEBUG or TRACE they log per request, per record
batch and per checkpoint: throughput drops, disks and log pipelines fill up, and the messages that
matter are lost in the noise. Production clusters log at INFO; turn DEBUG on for one logger
(logger.kafka.name = org.apache.kafka, logger.kafka.level = DEBUG) when you need it. Since Flink
1.13 log4j reloads its configuration every 30 seconds, so that needs no restart.

flinklint reads conf/log4j*.properties, logback*.xml and spec.logConfiguration of FlinkDeployments.
A level that comes from a substitution default (rootLogger.level = ${env:LOG_LEVEL:-DEBUG}) is
reported too: it applies wherever the variable is not set. Logging files under src/main/resources
and src/test are skipped: they are bundled in the job jar or used by tests, and a Flink cluster
logs with its own configuration.

Fix: set rootLogger.level = INFO (log4j 2), <root level="INFO"> (logback).`,
	Bad: `rootLogger.level = DEBUG
rootLogger.appenderRef.console.ref = ConsoleAppender

appender.console.name = ConsoleAppender
appender.console.type = CONSOLE
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n
`,
	Good: `rootLogger.level = INFO
rootLogger.appenderRef.console.ref = ConsoleAppender

logger.checkpoint.name = org.apache.flink.runtime.checkpoint
logger.checkpoint.level = DEBUG

appender.console.name = ConsoleAppender
appender.console.type = CONSOLE
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n
`,
	ExampleLang: "properties",
	ExampleFile: "log4j-console.properties",
	Level:       analysis.LevelWarning,
	Default:     true,
	Tags:        []string{"flink", "observability", "performance"},
	Precision:   "high",
	DocURL:      docBase + "deployment/advanced/logging/",
	Run: func(p *analysis.Pass) {
		for lc := range p.LogConfigs() {
			if !lc.Level.Set || !lc.Level.Verbose() || (lc.Manifest == nil && classpathResource(lc.Path)) {
				continue
			}
			what := lc.Name
			if lc.Manifest != nil {
				what = fmt.Sprintf("spec.logConfiguration %s of %s", lc.Name, describe(lc.Manifest))
			}
			level := fmt.Sprintf("sets the root logger to %s", lc.Level.Level)
			if lc.Level.FromDefault {
				level = fmt.Sprintf("sets the root logger to %s, which defaults to %s wherever the variable is unset", lc.Level.Raw, lc.Level.Level)
			}
			pos := lc.Level.Pos
			if pos.IsZero() {
				pos = lineOne(lc.Path).Pos
			}
			p.Report(analysis.Diagnostic{Location: parser.Location{Path: lc.Path, Pos: pos}, Message: fmt.Sprintf(
				"%s %s: Flink and every library log at that level, which slows the job and floods the logs; use %s and raise single loggers when debugging",
				what, level, infoFix(lc.Level.Format))})
		}
	},
}

// classpathResource reports a logging file under src/main/resources or
// src/test: bundled in the job jar or used by tests, not read by a Flink
// cluster.
func classpathResource(path string) bool {
	p := "/" + path
	return strings.Contains(p, "/src/main/resources/") || strings.Contains(p, "/src/test/")
}

func infoFix(format string) string {
	switch format {
	case logconf.FormatLog4j1:
		return "log4j.rootLogger=INFO, <appenders>"
	case logconf.FormatLogback:
		return `<root level="INFO">`
	case logconf.FormatLog4j2XML:
		return `<Root level="INFO">`
	case logconf.FormatLog4j1XML:
		return `<priority value="INFO"/> in <root>`
	}
	return "rootLogger.level = INFO"
}
