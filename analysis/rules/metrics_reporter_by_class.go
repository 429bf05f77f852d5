package rules

// Since Flink 1.17 metric reporters are only loaded through their factory
// (metrics.reporter.<name>.factory.class); a reporter configured by class
// is ignored and the cluster reports no metrics to the monitoring system,
// which nobody notices until an incident needs the dashboards.

import (
	"fmt"
	"strings"

	"github.com/flinklint/flinklint/analysis"
)

// MetricsReporterByClass is OBS002.
var MetricsReporterByClass = &analysis.Rule{
	ID:      "OBS002",
	Name:    "metrics-reporter-by-class",
	Title:   "Metrics reporter configured by class",
	Summary: "A metrics reporter is configured with metrics.reporter.<name>.class, which Flink ignores since 1.17 (deprecated in 1.16): set metrics.reporter.<name>.factory.class.",
	Help: `Flink loads metric reporters as plugins through their factories. Configuring a reporter by its class
(metrics.reporter.prom.class: org.apache.flink.metrics.prometheus.PrometheusReporter) was deprecated in
Flink 1.16, has not worked since 1.17 (FLINK-24235) and its option is gone in 2.0: the reporter is
not started, and Prometheus, Datadog or InfluxDB receive nothing.

The finding is an error when the target version is 1.17 or later, a warning for older or unknown
versions.

Fix: set metrics.reporter.<name>.factory.class to the reporter's factory, e.g.
org.apache.flink.metrics.prometheus.PrometheusReporterFactory,
org.apache.flink.metrics.datadog.DatadogHttpReporterFactory,
org.apache.flink.metrics.influxdb.InfluxdbReporterFactory, org.apache.flink.metrics.jmx.JMXReporterFactory,
org.apache.flink.metrics.slf4j.Slf4jReporterFactory.`,
	Bad: `metrics.reporter.prom.class: org.apache.flink.metrics.prometheus.PrometheusReporter
metrics.reporter.prom.port: 9249
`,
	Good: `metrics.reporter.prom.factory.class: org.apache.flink.metrics.prometheus.PrometheusReporterFactory
metrics.reporter.prom.port: 9249
`,
	ExampleLang: "yaml",
	ExampleFile: "config.yaml",
	Level:       analysis.LevelWarning,
	Default:     true,
	Tags:        []string{"flink", "observability", "upgrade"},
	Precision:   "very-high",
	DocURL:      docBase + "deployment/metric_reporters/",
	Run: func(p *analysis.Pass) {
		for s := range hygSources(p) {
			for _, e := range s.entries {
				name := hygReporterClass(e.Key)
				if name == "" {
					continue
				}
				factory := "metrics.reporter." + name + ".factory.class"
				level := analysis.LevelWarning
				state := "Flink 1.17 and later ignore it"
				switch {
				case s.version.AtLeast("1.17"):
					level = analysis.LevelError
					state = s.version.Describe() + " ignores it"
				case s.version.Known():
					state = "it is ignored from Flink 1.17 on"
				default:
					state += " (the target Flink version is unknown)"
				}
				if f, ok := s.last(factory); ok {
					p.Report(analysis.Diagnostic{Level: level, Location: s.at(e.KeyPos),
						Related: []analysis.Related{{Location: s.at(f.KeyPos), Message: factory + " is set here"}},
						Message: fmt.Sprintf("%s in %s configures reporter %q by class, which %s; %s is set, so remove this key", e.Key, s.where(), name, hygWhich(state), factory)})
					continue
				}
				p.Report(analysis.Diagnostic{Level: level, Location: s.at(e.KeyPos), Message: fmt.Sprintf(
					"%s in %s configures reporter %q by class, which %s: the reporter does not start; set %s%s instead",
					e.Key, s.where(), name, hygWhich(state), factory, hygFactoryFor(e.Value))})
			}
		}
	},
}

// hygWhich turns "Flink 1.20 ignores it" into "Flink 1.20 ignores" for a
// relative clause ("..., which Flink 1.20 ignores").
func hygWhich(state string) string {
	state = strings.Replace(state, " ignores it", " ignores", 1)
	state = strings.Replace(state, " ignore it", " ignore", 1)
	return strings.Replace(state, "it is ignored", "is ignored", 1)
}

// hygFactoryFor suggests the factory of a reporter class: Flink's reporter
// factories are named after the reporter with a Factory suffix.
func hygFactoryFor(class string) string {
	class = strings.TrimSpace(hygUnquote(strings.TrimSpace(class)))
	if strings.HasSuffix(class, "Reporter") && !strings.ContainsAny(class, " ${") {
		return " to " + class + "Factory"
	}
	return " to the reporter's factory class"
}
