package logconf

import (
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/flinklint/flinklint/parser"
)

// P builds a position: line, column, end line, end column (exclusive).
func P(l, c, el, ec int) parser.Pos { return parser.MakePos(l, c, el, ec) }

// textAt returns the text of src (BOM stripped) at p, counting columns in
// UTF-16 code units, so tests can check positions by what they cover.
func textAt(src string, p parser.Pos) string {
	src = strings.TrimPrefix(src, "\ufeff")
	lines := strings.SplitAfter(strings.ReplaceAll(strings.ReplaceAll(src, "\r\n", "\n"), "\r", "\n"), "\n")
	var b strings.Builder
	for l := p.Line; l <= p.EndLine && int(l)-1 < len(lines); l++ {
		u := utf16.Encode([]rune(lines[l-1]))
		from, to := 0, len(u)
		if l == p.Line {
			from = int(p.Col) - 1
		}
		if l == p.EndLine {
			to = int(p.EndCol) - 1
		}
		if from < 0 || to > len(u) || from > to {
			return "<bad position>"
		}
		b.WriteString(string(utf16.Decode(u[from:to])))
	}
	return b.String()
}

type levelCase struct {
	name        string
	src         string
	level       string
	set         bool
	raw         string
	fromDefault bool
	format      string
	pos         parser.Pos // checked when not zero
	at          string     // the text at Pos; defaults to raw
}

func runLevelCases(t *testing.T, read func(string, []byte) Level, cases []levelCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := read("conf/x", []byte(tc.src))
			if got.Level != tc.level || got.Set != tc.set || got.Raw != tc.raw || got.FromDefault != tc.fromDefault || got.Format != tc.format {
				t.Fatalf("got %+v\nwant level %q set %v raw %q fromDefault %v format %q", got, tc.level, tc.set, tc.raw, tc.fromDefault, tc.format)
			}
			if !tc.pos.IsZero() && got.Pos != tc.pos {
				t.Errorf("pos = %v, want %v", got.Pos, tc.pos)
			}
			if !got.Set {
				if !got.Pos.IsZero() {
					t.Errorf("pos = %v for an unset level", got.Pos)
				}
				return
			}
			want := tc.at
			if want == "" {
				want = tc.raw
			}
			if s := textAt(tc.src, got.Pos); s != want {
				t.Errorf("text at %v = %q, want %q", got.Pos, s, want)
			}
		})
	}
}

const asfHeader = `################################################################################
#  Licensed to the Apache Software Foundation (ASF) under one
#  or more contributor license agreements.
################################################################################
`

// flinkLog4j is shaped like flink-dist's conf/log4j.properties.
const flinkLog4j = asfHeader + `
# Allows this configuration to be modified at runtime. The file will be checked every 30 seconds.
monitorInterval=30

# This affects logging for both user code and Flink
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = MainAppender

# Uncomment this if you want to _only_ change Flink's logging
#logger.flink.name = org.apache.flink
#logger.flink.level = INFO

logger.akka.name = akka
logger.akka.level = INFO
logger.kafka.name= org.apache.kafka
logger.kafka.level = INFO

# Log all infos in the given file
appender.main.name = MainAppender
appender.main.type = RollingFile
appender.main.append = true
appender.main.fileName = ${sys:log.file}
appender.main.filePattern = ${sys:log.file}.%i
appender.main.layout.type = PatternLayout
appender.main.layout.pattern = %d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n

# Suppress the irrelevant (wrong) warnings from the Netty channel handler
logger.netty.name = org.jboss.netty.channel.DefaultChannelPipeline
logger.netty.level = OFF
`

// flinkLog4jConsole is shaped like flink-dist's conf/log4j-console.properties.
const flinkLog4jConsole = asfHeader + `
monitorInterval=30

# This affects logging for both user code and Flink
rootLogger.level = INFO
rootLogger.appenderRef.console.ref = ConsoleAppender
rootLogger.appenderRef.rolling.ref = RollingFileAppender

appender.console.name = ConsoleAppender
appender.console.type = CONSOLE
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n
appender.console.filter.threshold.type = thresholdFilter
appender.console.filter.threshold.level = ${sys:console.log.level:-ALL}
`

func TestReadLog4j2(t *testing.T) {
	runLevelCases(t, ReadLog4j, []levelCase{
		{name: "flink log4j.properties", src: flinkLog4j, level: "INFO", set: true, raw: "INFO", format: FormatLog4j2, pos: P(10, 20, 10, 24)},
		{name: "flink log4j-console.properties", src: flinkLog4jConsole, level: "INFO", set: true, raw: "INFO", format: FormatLog4j2, pos: P(9, 20, 9, 24)},
		{name: "debug", src: strings.Replace(flinkLog4jConsole, "rootLogger.level = INFO", "rootLogger.level = DEBUG", 1),
			level: "DEBUG", set: true, raw: "DEBUG", format: FormatLog4j2, pos: P(9, 20, 9, 25)},
		{name: "lower case trace", src: "rootLogger.level=trace\n", level: "TRACE", set: true, raw: "trace", format: FormatLog4j2, pos: P(1, 18, 1, 23)},
		{name: "colon separator", src: "rootLogger.level:DEBUG", level: "DEBUG", set: true, raw: "DEBUG", format: FormatLog4j2},
		{name: "blank separator", src: "rootLogger.level \t DEBUG  \n", level: "DEBUG", set: true, raw: "DEBUG", format: FormatLog4j2, pos: P(1, 20, 1, 25)},
		{name: "leading blanks", src: "   rootLogger.level = WARN\n", level: "WARN", set: true, raw: "WARN", format: FormatLog4j2, pos: P(1, 23, 1, 27)},
		{name: "shorthand", src: "rootLogger = DEBUG, STDOUT\nappender.console.name = STDOUT\n",
			level: "DEBUG", set: true, raw: "DEBUG", format: FormatLog4j2, pos: P(1, 14, 1, 19)},
		{name: "shorthand wins over level", src: "rootLogger.level = INFO\nrootLogger = DEBUG, STDOUT\n",
			level: "DEBUG", set: true, raw: "DEBUG", format: FormatLog4j2, pos: P(2, 14, 2, 19)},
		{name: "shorthand without level", src: "rootLogger = , STDOUT\nrootLogger.level = ERROR\n",
			level: "ERROR", set: true, raw: "ERROR", format: FormatLog4j2},
		{name: "hash comment", src: "#rootLogger.level = DEBUG\nrootLogger.level = INFO\n", level: "INFO", set: true, raw: "INFO", format: FormatLog4j2, pos: P(2, 20, 2, 24)},
		{name: "bang comment", src: "  ! rootLogger.level = DEBUG\n", format: FormatLog4j2},
		{name: "not a comment mid-line", src: "rootLogger.level = DEBUG # noisy\n", set: true, raw: "DEBUG # noisy", format: FormatLog4j2},
		{name: "last duplicate wins", src: "rootLogger.level = DEBUG\nrootLogger.level = INFO\n", level: "INFO", set: true, raw: "INFO", format: FormatLog4j2, pos: P(2, 20, 2, 24)},
		{name: "continuation in value", src: "rootLogger.level = \\\n    DEBUG\nrootLogger.appenderRef.a.ref = A\n",
			level: "DEBUG", set: true, raw: "DEBUG", format: FormatLog4j2, pos: P(2, 5, 2, 10)},
		{name: "continuation in key", src: "rootLogger.\\\n  level = TRACE\n", level: "TRACE", set: true, raw: "TRACE", format: FormatLog4j2, pos: P(2, 11, 2, 16)},
		{name: "continuation inside the level", src: "rootLogger.level = DE\\\n  BUG\n", level: "DEBUG", set: true, raw: "DEBUG",
			format: FormatLog4j2, pos: P(1, 20, 2, 6), at: "DE\\\n  BUG"},
		{name: "escaped backslash is no continuation", src: "rootLogger.level = DEBUG\\\\\nrootLogger.x = y\n",
			set: true, raw: "DEBUG\\", format: FormatLog4j2, pos: P(1, 20, 1, 27), at: "DEBUG\\\\"},
		{name: "unicode escape", src: "rootLogger.level = \\u0044EBUG\n", level: "DEBUG", set: true, raw: "DEBUG", format: FormatLog4j2,
			pos: P(1, 20, 1, 30), at: "\\u0044EBUG"},
		{name: "CRLF", src: "# x\r\nrootLogger.level = DEBUG\r\n", level: "DEBUG", set: true, raw: "DEBUG", format: FormatLog4j2, pos: P(2, 20, 2, 25)},
		{name: "BOM", src: "\ufeffrootLogger.level = DEBUG\n", level: "DEBUG", set: true, raw: "DEBUG", format: FormatLog4j2, pos: P(1, 20, 1, 25)},
		{name: "non-ASCII comment before", src: "# Größe des Logs 😀 — ändern\nrootLogger.level = DEBUG\n",
			level: "DEBUG", set: true, raw: "DEBUG", format: FormatLog4j2, pos: P(2, 20, 2, 25)},
		{name: "non-ASCII before on the line", src: "property.é😀 = DEBUG\nrootLogger.level = ${é😀}\n",
			level: "DEBUG", set: true, raw: "${é😀}", format: FormatLog4j2, pos: P(2, 20, 2, 26)},
		{name: "env default", src: "rootLogger.level = ${env:LOG_LEVEL:-INFO}\n", level: "INFO", set: true, raw: "${env:LOG_LEVEL:-INFO}", fromDefault: true, format: FormatLog4j2},
		{name: "sys default debug", src: "rootLogger.level = ${sys:root.level:-debug}\n", level: "DEBUG", set: true, raw: "${sys:root.level:-debug}", fromDefault: true, format: FormatLog4j2},
		{name: "deferred lookup", src: "rootLogger.level = $${env:LOG_LEVEL:-WARN}\n", level: "WARN", set: true, raw: "$${env:LOG_LEVEL:-WARN}", fromDefault: true, format: FormatLog4j2},
		{name: "nested default", src: "rootLogger.level = ${env:A:-${sys:b:-trace}}\n", level: "TRACE", set: true, raw: "${env:A:-${sys:b:-trace}}", fromDefault: true, format: FormatLog4j2},
		{name: "no default", src: "rootLogger.level = ${env:LOG_LEVEL}\n", set: true, raw: "${env:LOG_LEVEL}", format: FormatLog4j2},
		{name: "unterminated", src: "rootLogger.level = ${env:LOG_LEVEL\n", set: true, raw: "${env:LOG_LEVEL", format: FormatLog4j2},
		{name: "file property", src: "property.rootLevel = DEBUG\nrootLogger.level = ${rootLevel}\n", level: "DEBUG", set: true, raw: "${rootLevel}", format: FormatLog4j2},
		{name: "file property with env default", src: "property.lvl = ${env:LVL:-ERROR}\nrootLogger.level = ${lvl}\n", level: "ERROR", set: true, raw: "${lvl}", fromDefault: true, format: FormatLog4j2},
		{name: "file property wins over default", src: "property.lvl = OFF\nrootLogger.level = ${lvl:-DEBUG}\n", level: "OFF", set: true, raw: "${lvl:-DEBUG}", format: FormatLog4j2},
		{name: "self reference", src: "property.a = ${a}\nrootLogger.level = ${a}\n", set: true, raw: "${a}", format: FormatLog4j2},
		{name: "reference fan-out", src: "property.c = D\nproperty.b = " + strings.Repeat("${c}", 40) + "\nproperty.a = " + strings.Repeat("${b}", 40) + "\nrootLogger.level = ${a}\n",
			set: true, raw: "${a}", format: FormatLog4j2},
		{name: "default fan-out", src: "property.a = " + strings.Repeat("${x:-${x:-${x:-D}}}", 40) + "\nrootLogger.level = ${a}${a}\n",
			set: true, raw: "${a}${a}", format: FormatLog4j2},
		{name: "not a level", src: "rootLogger.level = VERBOSE\n", set: true, raw: "VERBOSE", format: FormatLog4j2},
		{name: "empty level", src: "rootLogger.level =   \n", format: FormatLog4j2},
		{name: "no root logger", src: "appender.console.type = Console\nlogger.x.level = DEBUG\n", format: FormatLog4j2},
		{name: "empty file", src: "", format: FormatLog4j2},
	})
}

func TestReadLog4j1(t *testing.T) {
	runLevelCases(t, ReadLog4j, []levelCase{
		// flink-playgrounds table-walkthrough src/main/resources/log4j.properties
		{name: "playground", src: asfHeader + "\nlog4j.rootLogger=Warn, console\n\nlog4j.appender.console=org.apache.log4j.ConsoleAppender\n",
			level: "WARN", set: true, raw: "Warn", format: FormatLog4j1, pos: P(6, 18, 6, 22)},
		{name: "debug", src: "log4j.rootLogger = DEBUG, A1\nlog4j.appender.A1=org.apache.log4j.ConsoleAppender\n", level: "DEBUG", set: true, raw: "DEBUG", format: FormatLog4j1, pos: P(1, 20, 1, 25)},
		{name: "level only", src: "log4j.rootLogger=INFO", level: "INFO", set: true, raw: "INFO", format: FormatLog4j1},
		{name: "root category", src: "log4j.rootCategory=TRACE, stdout\n", level: "TRACE", set: true, raw: "TRACE", format: FormatLog4j1},
		{name: "rootLogger wins over rootCategory", src: "log4j.rootCategory=TRACE, stdout\nlog4j.rootLogger=INFO, stdout\n", level: "INFO", set: true, raw: "INFO", format: FormatLog4j1},
		{name: "keeps the default level", src: "log4j.rootLogger=, A1\n", format: FormatLog4j1},
		{name: "substitution from the file", src: "root.level=DEBUG\nlog4j.rootLogger=${root.level}, A1\n", level: "DEBUG", set: true, raw: "${root.level}", format: FormatLog4j1},
		{name: "continuation", src: "log4j.rootLogger=\\\n  DEBUG, \\\n  A1\n", level: "DEBUG", set: true, raw: "DEBUG", format: FormatLog4j1, pos: P(2, 3, 2, 8)},
		{name: "log4j2 keys win", src: "log4j.rootLogger=DEBUG, A1\nrootLogger.level = INFO\n", level: "INFO", set: true, raw: "INFO", format: FormatLog4j2},
	})
}

const operatorLogback = `<?xml version="1.0" encoding="UTF-8"?>
<!--
  ~ Licensed to the Apache Software Foundation (ASF) under one
  -->

<configuration>
    <appender name="ConsoleAppender" class="ch.qos.logback.core.ConsoleAppender">
        <encoder>
            <pattern>%d{yyyy-MM-dd HH:mm:ss,SSS} %-5level %-60.60logger{60} %X - %msg%n</pattern>
        </encoder>
    </appender>

    <!-- The following loggers keep the log level of common libraries/connectors on INFO -->
    <logger name="akka" level="INFO" />
    <logger name="org.apache.kafka" level="DEBUG" />

    <root level="INFO">
        <appender-ref ref="ConsoleAppender" />
    </root>
</configuration>
`

func TestReadLogback(t *testing.T) {
	runLevelCases(t, ReadLogback, []levelCase{
		{name: "operator logback-console.xml", src: operatorLogback, level: "INFO", set: true, raw: "INFO", format: FormatLogback, pos: P(17, 18, 17, 22)},
		{name: "attribute debug", src: "<configuration>\n  <root level=\"DEBUG\">\n    <appender-ref ref=\"STDOUT\"/>\n  </root>\n</configuration>\n",
			level: "DEBUG", set: true, raw: "DEBUG", format: FormatLogback, pos: P(2, 16, 2, 21)},
		{name: "single quotes and blanks", src: "<configuration><root  level = 'debug' ></root></configuration>", level: "DEBUG", set: true, raw: "debug", format: FormatLogback, pos: P(1, 32, 1, 37)},
		{name: "namespace", src: `<configuration xmlns="http://ch.qos.logback/xml/ns/logback" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <root level="TRACE"><appender-ref ref="A"/></root>
</configuration>`, level: "TRACE", set: true, raw: "TRACE", format: FormatLogback, pos: P(2, 16, 2, 21)},
		{name: "nested level", src: "<configuration>\n  <root>\n    <level value=\"debug\"/>\n    <appender-ref ref=\"STDOUT\"/>\n  </root>\n</configuration>\n",
			level: "DEBUG", set: true, raw: "debug", format: FormatLogback, pos: P(3, 19, 3, 24)},
		{name: "nested level wins", src: "<configuration><root level=\"INFO\"><level value=\"TRACE\"/></root></configuration>", level: "TRACE", set: true, raw: "TRACE", format: FormatLogback},
		{name: "logger level is not root", src: "<configuration><logger name=\"x\"><level value=\"DEBUG\"/></logger><root level=\"WARN\"/></configuration>", level: "WARN", set: true, raw: "WARN", format: FormatLogback},
		{name: "debug attribute is not the root level", src: "<configuration debug=\"true\" scan=\"true\">\n<root level=\"INFO\"/>\n</configuration>", level: "INFO", set: true, raw: "INFO", format: FormatLogback},
		{name: "upper-case tags", src: "<Configuration><Root Level=\"Debug\"/></Configuration>", level: "DEBUG", set: true, raw: "Debug", format: FormatLogback},
		{name: "last root wins", src: "<configuration><root level=\"DEBUG\"/><root level=\"INFO\"/><root/></configuration>", level: "INFO", set: true, raw: "INFO", format: FormatLogback},
		{name: "root without level", src: "<configuration><root><appender-ref ref=\"A\"/></root></configuration>", format: FormatLogback},
		{name: "variable default", src: "<configuration><root level=\"${LOG_LEVEL:-WARN}\"/></configuration>", level: "WARN", set: true, raw: "${LOG_LEVEL:-WARN}", fromDefault: true, format: FormatLogback},
		{name: "property", src: "<configuration>\n<property name=\"ROOT_LEVEL\" value=\"TRACE\"/>\n<root level=\"${ROOT_LEVEL}\"/>\n</configuration>", level: "TRACE", set: true, raw: "${ROOT_LEVEL}", format: FormatLogback, pos: P(3, 14, 3, 27)},
		{name: "unresolved variable", src: "<configuration><root level=\"${LOG_LEVEL}\"/></configuration>", set: true, raw: "${LOG_LEVEL}", format: FormatLogback},
		{name: "entity in attribute", src: "<configuration><root level=\"DEB&#85;G\"/></configuration>", level: "DEBUG", set: true, raw: "DEBUG", format: FormatLogback, at: "DEB&#85;G"},
		{name: "non-ASCII before on the line", src: "<configuration><!-- Größe 😀 --><root level=\"DEBUG\"/></configuration>", level: "DEBUG", set: true, raw: "DEBUG", format: FormatLogback, pos: P(1, 46, 1, 51)},
		{name: "non-ASCII comment line before", src: "<!-- 日志配置 😀 -->\n<configuration>\n<root level=\"DEBUG\"/></configuration>", level: "DEBUG", set: true, raw: "DEBUG", format: FormatLogback, pos: P(3, 14, 3, 19)},
		{name: "BOM and CRLF", src: "\ufeff<?xml version=\"1.0\"?>\r\n<configuration>\r\n<root level=\"DEBUG\"/>\r\n</configuration>\r\n", level: "DEBUG", set: true, raw: "DEBUG", format: FormatLogback, pos: P(3, 14, 3, 19)},
		{name: "latin-1 declaration", src: "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><configuration><root level=\"INFO\"/></configuration>", level: "INFO", set: true, raw: "INFO", format: FormatLogback},
		{name: "log4j2 xml", src: `<?xml version="1.0" encoding="UTF-8"?>
<Configuration status="debug" monitorInterval="30">
  <Properties><Property name="lvl"><![CDATA[ trace ]]></Property></Properties>
  <Appenders><Console name="STDOUT"/></Appenders>
  <Loggers>
    <Logger name="org.apache.flink" level="info"/>
    <Root level="${lvl}"><AppenderRef ref="STDOUT"/></Root>
  </Loggers>
</Configuration>`, level: "TRACE", set: true, raw: "${lvl}", format: FormatLog4j2XML, pos: P(7, 18, 7, 24)},
		{name: "log4j2 xml with namespace", src: `<Configuration xmlns="http://logging.apache.org/log4j/2.0/config" status="warn"><Loggers><Root level="DEBUG"/></Loggers></Configuration>`,
			level: "DEBUG", set: true, raw: "DEBUG", format: FormatLog4j2XML},
		{name: "log4j2 async root", src: "<Configuration><Loggers><AsyncRoot level=\"debug\"/></Loggers></Configuration>", level: "DEBUG", set: true, raw: "debug", format: FormatLog4j2XML},
		{name: "log4j1 xml", src: `<!DOCTYPE log4j:configuration SYSTEM "log4j.dtd">
<log4j:configuration xmlns:log4j="http://jakarta.apache.org/log4j/">
  <root>
    <priority value="debug"/>
    <appender-ref ref="console"/>
  </root>
</log4j:configuration>`, level: "DEBUG", set: true, raw: "debug", format: FormatLog4j1XML, pos: P(4, 22, 4, 27)},
		{name: "malformed: unclosed", src: "<configuration><root level=\"DEBUG\">", format: ""},
		{name: "malformed: mismatched", src: "<configuration><root level=\"DEBUG\"></configuration></root>", format: ""},
		{name: "malformed: bad attribute", src: "<configuration><root level=DEBUG/></configuration>", format: ""},
		{name: "malformed: unknown entity", src: "<configuration>&nbsp;<root level=\"DEBUG\"/></configuration>", format: ""},
		{name: "not XML", src: "rootLogger.level = DEBUG\n", format: ""},
		{name: "empty", src: "", format: ""},
	})
}

func TestRead(t *testing.T) {
	cases := []struct {
		name         string
		content      string
		first, col   int
		level        string
		pos          parser.Pos
		isLogConfig  bool
		effectiveStr string
	}{
		{"conf/log4j.properties", "rootLogger.level = DEBUG\n", 1, 0, "DEBUG", P(1, 20, 1, 25), true, "DEBUG"},
		{"log4j-console.properties", "# c\nrootLogger.level = TRACE\n", 12, 6, "TRACE", P(13, 26, 13, 31), true, "TRACE"},
		{"C:\\flink\\conf\\LOG4J2-test.properties", "rootLogger.level = INFO\n", 0, 0, "INFO", P(1, 20, 1, 24), true, "INFO"},
		{"logback-console.xml", "<configuration>\n<root level=\"DEBUG\"/>\n</configuration>\n", 20, 4, "DEBUG", P(21, 18, 21, 23), true, "DEBUG"},
		{"src/main/resources/log4j2.xml", "<Configuration><Loggers><Root level=\"warn\"/></Loggers></Configuration>", 1, 0, "WARN", P(1, 38, 1, 42), true, "WARN"},
		{"logback.xml", "<configuration><root/></configuration>", 1, 0, "", parser.Pos{}, true, "DEBUG"},
		{"log4j-cli.properties", "appender.a.type = Console\n", 1, 0, "", parser.Pos{}, true, "ERROR"},
		{"flink-conf.yaml", "rootLogger.level: DEBUG\n", 1, 0, "", parser.Pos{}, false, ""},
		{"log4j.yaml", "rootLogger.level: DEBUG\n", 1, 0, "", parser.Pos{}, false, ""},
		{"mylog4j.properties", "rootLogger.level = DEBUG\n", 1, 0, "", parser.Pos{}, false, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := IsLogConfig(tc.name); got != tc.isLogConfig {
				t.Errorf("IsLogConfig = %v", got)
			}
			got := Read(tc.name, []byte(tc.content), tc.first, tc.col)
			if got.Level != tc.level || got.Pos != tc.pos {
				t.Errorf("Read = %+v, want level %q pos %v", got, tc.level, tc.pos)
			}
			if e := got.Effective(); e != tc.effectiveStr {
				t.Errorf("Effective = %q, want %q", e, tc.effectiveStr)
			}
		})
	}
}

func TestVerbose(t *testing.T) {
	for lvl, want := range map[string]bool{"DEBUG": true, "TRACE": true, "ALL": true, "INFO": false, "WARN": false, "ERROR": false, "OFF": false, "": false} {
		if got := (Level{Level: lvl}).Verbose(); got != want {
			t.Errorf("Verbose(%q) = %v", lvl, got)
		}
	}
}

// TestEmbeddedManifest reads a FlinkDeployment's spec.logConfiguration block
// the way the manifest reader will pass it: the block's text without its
// indentation, with the line and indentation it has in the manifest.
func TestEmbeddedManifest(t *testing.T) {
	manifest := `apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
spec:
  logConfiguration:
    log4j-console.properties: |
      # Größe 😀
      rootLogger.level = DEBUG
      rootLogger.appenderRef.console.ref = ConsoleAppender
`
	block := "# Größe 😀\nrootLogger.level = DEBUG\nrootLogger.appenderRef.console.ref = ConsoleAppender\n"
	got := Read("log4j-console.properties", []byte(block), 6, 6)
	if got.Level != "DEBUG" || got.Pos != P(7, 26, 7, 31) {
		t.Fatalf("got %+v", got)
	}
	if s := textAt(manifest, got.Pos); s != "DEBUG" {
		t.Errorf("text at %v in the manifest = %q", got.Pos, s)
	}
}

func TestHugeInput(t *testing.T) {
	var b strings.Builder
	for b.Len() < 1<<20 {
		b.WriteString("logger.l.level = INFO\n# comment line\n")
	}
	b.WriteString("rootLogger.level = DEBUG\n")
	if got := ReadLog4j("big.properties", []byte(b.String())); got.Level != "DEBUG" {
		t.Errorf("got %+v", got)
	}
	deep := strings.Repeat("<a>", 50000) + strings.Repeat("</a>", 50000)
	if got := ReadLogback("deep.xml", []byte(deep)); got.Set {
		t.Errorf("got %+v", got)
	}
}

func FuzzReadLog4j(f *testing.F) {
	for _, s := range []string{flinkLog4j, "rootLogger = DEBUG, A\n", "rootLogger.level = \\u00", "a\\\n", "rootLogger.level=${${${", "log4j.rootLogger=${a}\na=${a}", "logger.k.name=org.apache.kafka\nlogger.k=${x:-INFO}, A\n", "log4j.logger.a=,B\nlog4j.category.b=debug"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		l := Read("log4j.properties", b, 3, 2)
		if l.Set && l.Pos.IsZero() {
			t.Errorf("set without position: %+v", l)
		}
		for _, lg := range l.Loggers {
			if lg.Level.Set && lg.Level.Pos.IsZero() {
				t.Errorf("logger %q set without position: %+v", lg.Name, lg.Level)
			}
		}
	})
}

func FuzzReadLogback(f *testing.F) {
	for _, s := range []string{operatorLogback, "<a><root level='x'/>", "<root><level value=\"${a:-${b}}\"/></root>", "<![CDATA[", "<c><logger name='k'><level value='info'/></logger><AsyncLogger name='z' level='${l:-warn}'/></c>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		l := Read("logback.xml", b, 1, 0)
		if l.Set && l.Pos.IsZero() {
			t.Errorf("set without position: %+v", l)
		}
		for _, lg := range l.Loggers {
			if lg.Level.Set && lg.Level.Pos.IsZero() {
				t.Errorf("logger %q set without position: %+v", lg.Name, lg.Level)
			}
		}
	})
}
