package rules

// The Kafka and ZooKeeper clients log at INFO what only matters when
// debugging: every producer and consumer prints its whole configuration
// when it starts (once per subtask, again on every restart), group
// rebalances and metadata updates, and ZooKeeper client sessions log each
// connection. Under an INFO root they bury Flink's own messages and fill
// the log pipeline; the usual production advice is to raise such libraries
// to WARN.

import (
	"fmt"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/logconf"
	"github.com/flinklint/flinklint/parser"
)

// noisyLoggers are the loggers NoisyLibraryLogging checks, with the
// library they belong to: the clients as published and as Flink shades
// them.
var noisyLoggers = map[string]string{
	"org.apache.kafka": "Kafka",
	"org.apache.flink.kafka.shaded.org.apache.kafka": "Kafka",
	"org.apache.zookeeper":                           "ZooKeeper",
	"org.apache.flink.shaded.zookeeper3":             "ZooKeeper",
	"org.apache.flink.shaded.zookeeper":              "ZooKeeper",
}

// NoisyLibraryLogging is OBS005.
var NoisyLibraryLogging = &analysis.Rule{
	ID:      "OBS005",
	Name:    "noisy-library-logging",
	Title:   "Kafka or ZooKeeper logger at INFO or below",
	Summary: "A logging configuration whose root logger is INFO sets the Kafka or ZooKeeper client loggers to INFO, DEBUG or TRACE, or leaves them unset while the scan shows the library in use, so their chatter buries Flink's own messages.",
	Help: `With the root logger at INFO, the Kafka and ZooKeeper clients log a great deal that only matters
when debugging them: every Kafka producer and consumer prints its whole configuration when it is
created (once per subtask, and again after every restart), consumer group rebalances, metadata and
transaction coordinator changes; the ZooKeeper client logs every session and connection. Flink's
own shipped log4j.properties sets these loggers to INFO. In production they drown the messages
that explain a failure and inflate log shipping costs; the usual advice is to keep the root at
INFO and raise such libraries to WARN.

flinklint reads log4j 2 properties (logger.<id>.name and logger.<id>.level, or the logger.<id> =
LEVEL shorthand), log4j 1.x properties (log4j.logger.<name>), logback and log4j XML
(<logger name level>) and spec.logConfiguration of FlinkDeployments, and reports the loggers
org.apache.kafka and org.apache.zookeeper (and Flink's shaded copies
org.apache.flink.shaded.zookeeper3 and org.apache.flink.kafka.shaded.org.apache.kafka) when they
are set to INFO or below under a root that is INFO. A file that gives them no level of their own
(nor a package above them, such as org.apache) leaves them at the root's INFO: that is reported
too, at the root level, when the scan shows the library in use (a Java file importing a Kafka
connector or client; ZooKeeper high availability in a config file or manifest). Files under
src/main/resources and src/test are skipped, as for OBS003.

Fix: logger.kafka.level = WARN and logger.zookeeper.level = WARN (log4j 2), or
<logger name="org.apache.kafka" level="WARN"/> (logback).`,
	Bad: `rootLogger.level = INFO
rootLogger.appenderRef.console.ref = ConsoleAppender

logger.kafka.name = org.apache.kafka
logger.kafka.level = INFO

appender.console.name = ConsoleAppender
appender.console.type = CONSOLE
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n
`,
	Good: `rootLogger.level = INFO
rootLogger.appenderRef.console.ref = ConsoleAppender

logger.kafka.name = org.apache.kafka
logger.kafka.level = WARN

appender.console.name = ConsoleAppender
appender.console.type = CONSOLE
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n
`,
	ExampleLang: "properties",
	ExampleFile: "log4j-console.properties",
	Level:       analysis.LevelNote,
	Default:     true,
	Tags:        []string{"flink", "observability"},
	Precision:   "high",
	DocURL:      docBase + "deployment/advanced/logging/",
	Run: func(p *analysis.Pass) {
		uses := libraryUses(p.Program)
		for lc := range p.LogConfigs() {
			if lc.Level.Effective() != "INFO" || (lc.Manifest == nil && classpathResource(lc.Path)) {
				continue
			}
			what := lc.Name
			if lc.Manifest != nil {
				what = fmt.Sprintf("spec.logConfiguration %s of %s", lc.Name, describe(lc.Manifest))
			}
			root := "INFO"
			if lc.Level.FromDefault {
				root = fmt.Sprintf("%s, INFO wherever the variable is unset", lc.Level.Raw)
			}
			var unset []string
			for _, u := range uses {
				if !governed(lc.Level, u.lib) {
					unset = append(unset, fmt.Sprintf("%s (%s)", u.lib, u.why))
				}
			}
			if len(unset) > 0 && !lc.Level.Pos.IsZero() {
				p.Report(analysis.Diagnostic{Location: parser.Location{Path: lc.Path, Pos: lc.Level.Pos}, Message: fmt.Sprintf(
					"%s sets the root logger to %s and configures no logger for the %s clients, so they log at INFO: their configuration dumps, rebalances and sessions bury Flink's own messages; %s",
					what, root, andList(unset), inheritFix(lc.Level.Format))})
			}
			for _, lg := range lc.Level.Loggers {
				lib, ok := noisyLoggers[lg.Name]
				if !ok || !lg.Level.Set || !atInfoOrBelow(lg.Level.Level) {
					continue
				}
				if last, _ := lc.Level.Logger(lg.Name); last.Level.Pos != lg.Level.Pos {
					continue // a later entry for the same logger wins
				}
				level := lg.Level.Level
				if lg.Level.FromDefault {
					level = fmt.Sprintf("%s (%s wherever the variable is unset)", lg.Level.Raw, lg.Level.Level)
				}
				p.Report(analysis.Diagnostic{Location: parser.Location{Path: lc.Path, Pos: lg.Level.Pos}, Message: fmt.Sprintf(
					"%s sets logger %s to %s under a root logger at %s: the %s client logs its configuration, rebalances and sessions per subtask and buries Flink's own messages; %s",
					what, lg.Name, level, root, lib, warnFix(lc.Level.Format, lg.Name))})
			}
		}
	},
}

// libraryUse is evidence that the scanned jobs or clusters use a noisy
// library: a Java import of a Kafka connector, a ZooKeeper HA setting.
type libraryUse struct{ lib, why string }

// libraryUses finds the first evidence of each library, in path order.
func libraryUses(p *analysis.Program) []libraryUse {
	var out []libraryUse
	if p.Index != nil {
	files:
		for _, f := range p.Index.Files {
			for _, imp := range f.Imports {
				if strings.HasPrefix(imp.Path, "org.apache.flink.connector.kafka.") || strings.HasPrefix(imp.Path, "org.apache.flink.streaming.connectors.kafka.") || strings.HasPrefix(imp.Path, "org.apache.kafka.") {
					out = append(out, libraryUse{"Kafka", "imported in " + base(f.Path)})
					break files
				}
			}
		}
	}
	for _, cf := range p.ConfigFiles {
		if h, ok := fileView(p, cf).set(keyHAType); ok && h.Layer == 0 && isZooKeeper(h.value()) {
			out = append(out, libraryUse{"ZooKeeper", "ZooKeeper HA in " + h.at()})
			return out
		}
	}
	for _, m := range p.Manifests {
		if h, ok := manifestView(p, m).set(keyHAType); ok && h.Layer == 0 && isZooKeeper(h.value()) {
			out = append(out, libraryUse{"ZooKeeper", "ZooKeeper HA in " + h.at()})
			return out
		}
	}
	return out
}

// governed reports whether a logging configuration gives the library's
// loggers (or a package above them, such as org.apache) a level of their
// own.
func governed(l logconf.Level, lib string) bool {
	for name, owner := range noisyLoggers {
		if owner != lib {
			continue
		}
		for _, lg := range l.Loggers {
			if lg.Level.Set && (lg.Name == name || strings.HasPrefix(name, lg.Name+".")) {
				return true
			}
		}
	}
	return false
}

func inheritFix(format string) string {
	switch format {
	case logconf.FormatLog4j1:
		return "add log4j.logger.org.apache.kafka=WARN (and org.apache.zookeeper, org.apache.flink.shaded.zookeeper3)"
	case logconf.FormatLogback, logconf.FormatLog4j2XML, logconf.FormatLog4j1XML:
		return `add <logger name="org.apache.kafka" level="WARN"/> (and org.apache.zookeeper, org.apache.flink.shaded.zookeeper3)`
	}
	return "add logger.kafka.name = org.apache.kafka with logger.kafka.level = WARN (and the same for org.apache.zookeeper and org.apache.flink.shaded.zookeeper3)"
}

// atInfoOrBelow reports INFO, DEBUG, TRACE or ALL.
func atInfoOrBelow(level string) bool {
	switch strings.ToUpper(level) {
	case "INFO", "DEBUG", "TRACE", "ALL":
		return true
	}
	return false
}

func warnFix(format, logger string) string {
	switch format {
	case logconf.FormatLog4j1:
		return fmt.Sprintf("set log4j.logger.%s=WARN", logger)
	case logconf.FormatLogback, logconf.FormatLog4j2XML, logconf.FormatLog4j1XML:
		return fmt.Sprintf("set its level to WARN (<logger name=%q level=\"WARN\"/>)", logger)
	}
	return "set its level to WARN (logger.<id>.level = WARN)"
}
