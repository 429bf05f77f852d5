package rules

// Flink's metrics (checkpoint durations and sizes, backpressure, consumer
// lag, restarts) only leave the cluster through a metrics reporter. Without
// one there is nothing to alert on: a job that stopped checkpointing or
// fell hours behind looks healthy until someone opens the web UI.

import (
	"fmt"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/k8s"
)

// MetricsReporterNotConfigured is OBS001.
var MetricsReporterNotConfigured = &analysis.Rule{
	ID:      "OBS001",
	Name:    "metrics-reporter-not-configured",
	Title:   "No metrics reporter configured",
	Summary: "A whole cluster configuration or a FlinkDeployment configures no metrics reporter (metrics.reporter.<name>.factory.class), so nothing exports Flink's metrics.",
	Help: `Flink measures what production monitoring needs: checkpoint duration, size and failures, restarts,
backpressure, records lag of the Kafka source, JVM memory and GC. A metrics reporter sends them to
a monitoring system; without one they are only visible in the web UI, and there is nothing to
alert on when a job stops checkpointing or falls behind.

flinklint checks whole cluster configurations (files that set cluster keys; overlays with job
options only are not checked) and FlinkDeployments for any metrics.reporter.<name>.factory.class
(a metrics.reporter.<name>.class counts too; OBS002 reports that form). Files given with
--flink-config count for all. A reporter configured by the platform (the operator's default
configuration, a managed service) is invisible to flinklint: disable the rule there.

Fix: configure a reporter, for example Prometheus:
metrics.reporter.prom.factory.class: org.apache.flink.metrics.prometheus.PrometheusReporterFactory
and metrics.reporter.prom.port: 9249.`,
	Bad: `jobmanager.rpc.address: flink-jobmanager
taskmanager.memory.process.size: 4096m
`,
	Good: `jobmanager.rpc.address: flink-jobmanager
taskmanager.memory.process.size: 4096m
metrics.reporter.prom.factory.class: org.apache.flink.metrics.prometheus.PrometheusReporterFactory
metrics.reporter.prom.port: 9249
`,
	ExampleLang: "yaml",
	ExampleFile: "config.yaml",
	Level:       analysis.LevelNote,
	Default:     true,
	Tags:        []string{"flink", "observability"},
	Precision:   "medium",
	DocURL:      docBase + "deployment/metric_reporters/",
	Run: func(p *analysis.Pass) {
		const fix = "configure one, e.g. metrics.reporter.prom.factory.class: org.apache.flink.metrics.prometheus.PrometheusReporterFactory"
		for cf := range p.ConfigFiles() {
			if !cf.Cluster {
				continue
			}
			v := fileView(p.Program, cf)
			if _, ok := v.any(isReporterKey); ok {
				continue
			}
			p.Report(analysis.Diagnostic{Location: lineOne(cf.Path), Message: fmt.Sprintf(
				"cluster config %s configures no metrics reporter (no metrics.reporter.<name>.factory.class in %s): checkpoint, lag and restart metrics reach no monitoring system; %s",
				base(cf.Path), v.where(), fix)})
		}
		for m := range p.Manifests() {
			if m.Kind != k8s.FlinkDeployment {
				continue
			}
			v := manifestView(p.Program, m)
			if _, ok := v.any(isReporterKey); ok {
				continue
			}
			p.Report(analysis.Diagnostic{Location: missingAt(m), Message: fmt.Sprintf(
				"%s configures no metrics reporter (no metrics.reporter.<name>.factory.class in %s): checkpoint, lag and restart metrics reach no monitoring system; %s in spec.flinkConfiguration",
				describe(m), v.where(), fix)})
		}
	},
}

// isReporterKey matches metrics.reporter.<name>.factory.class and
// metrics.reporter.<name>.class with a value.
func isReporterKey(key, value string) bool {
	name, ok := strings.CutPrefix(key, "metrics.reporter.")
	if !ok || value == "" {
		return false
	}
	name, ok = strings.CutSuffix(name, ".class")
	name = strings.TrimSuffix(name, ".factory")
	return ok && name != "" && !strings.Contains(name, ".")
}
