package logconf

import (
	"fmt"
	"strings"
	"testing"
)

// TestLoggers reads named loggers in every format: name, resolved level,
// and the text at the level's position.
func TestLoggers(t *testing.T) {
	cases := []struct {
		name, file, src string
		want            []string // "name=LEVEL@text"
	}{
		{"log4j2", "log4j.properties", "rootLogger.level = INFO\nproperty.kafkaLevel = warn\nlogger.kafka.name = org.apache.kafka\nlogger.kafka.level = ${kafkaLevel}\nlogger.zk.name=org.apache.zookeeper\nlogger.zk.level=INFO\nlogger.bare.name = org.apache.hadoop\n",
			[]string{"org.apache.kafka=WARN@${kafkaLevel}", "org.apache.zookeeper=INFO@INFO", "org.apache.hadoop=@"}},
		{"log4j2 shorthand wins", "log4j2.properties", "rootLogger = INFO, console\nlogger.kafka = DEBUG, console\nlogger.kafka.name = org.apache.kafka\nlogger.kafka.level = WARN\n",
			[]string{"org.apache.kafka=DEBUG@DEBUG"}},
		{"log4j1", "log4j.properties", "log4j.rootLogger=INFO, file\nlog4j.logger.org.apache.kafka=info, file\nlog4j.category.org.apache.zookeeper=, file\n",
			[]string{"org.apache.kafka=INFO@info", "org.apache.zookeeper=@"}},
		{"logback", "logback.xml", "<configuration>\n  <logger name=\"org.apache.kafka\" level=\"INFO\"/>\n  <logger name=\"org.apache.zookeeper\"><level value=\"debug\"/></logger>\n  <root level=\"INFO\"/>\n</configuration>\n",
			[]string{"org.apache.kafka=INFO@INFO", "org.apache.zookeeper=DEBUG@debug"}},
		{"log4j2 xml", "log4j2.xml", "<Configuration>\n  <Loggers>\n    <AsyncLogger name=\"org.apache.kafka\" level=\"warn\"/>\n    <Root level=\"info\"/>\n  </Loggers>\n</Configuration>\n",
			[]string{"org.apache.kafka=WARN@warn"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l := Read(tc.file, []byte(tc.src), 1, 0)
			var got []string
			for _, lg := range l.Loggers {
				at := ""
				if lg.Level.Set {
					at = textAt(tc.src, lg.Level.Pos)
				}
				got = append(got, fmt.Sprintf("%s=%s@%s", lg.Name, lg.Level.Level, at))
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
