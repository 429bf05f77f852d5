package rules

// A metrics reporter only exports Flink's metrics; someone learns about a
// failing job only when an alert fires. The signals production checklists
// name are the ones that precede most incidents: checkpoints failing or
// slowing down (state grows, recovery falls behind), back-pressure, and
// input that stops or drops.

import (
	"fmt"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/alerts"
	"github.com/flinklint/flinklint/analysis/k8s"
	"github.com/flinklint/flinklint/parser"
)

// alertSignal is one of those signals and the Flink metric names
// (lower case, as they appear inside Prometheus metric names) that cover
// it.
type alertSignal struct {
	what    string
	metrics []string
}

var alertSignals = []alertSignal{
	{"failed checkpoints (numberOfFailedCheckpoints)", []string{"numberoffailedcheckpoints"}},
	{"checkpoint duration (lastCheckpointDuration)", []string{"lastcheckpointduration"}},
	{"back-pressure (backPressuredTimeMsPerSecond, isBackPressured or outPoolUsage)", []string{"backpressuredtimemspersecond", "isbackpressured", "outpoolusage"}},
	{"input rate (numRecordsInPerSecond or numBytesInPerSecond)", []string{"numrecordsin", "numbytesin"}},
}

// FlinkAlertsIncomplete is OBS006.
var FlinkAlertsIncomplete = &analysis.Rule{
	ID:      "OBS006",
	Name:    "flink-alerts-incomplete",
	Title:   "Alerting rules miss Flink's key signals",
	Summary: "The repository's Prometheus alerting rules cover Flink metrics but none alerts on failed checkpoints, checkpoint duration, back-pressure or input rate; or a metrics reporter is configured and no alerting rule uses any Flink metric.",
	Help: `Exporting metrics is half of monitoring: someone has to be told when they go wrong. Flink's
monitoring documentation and production checklists name the signals that precede most incidents:

- failed checkpoints (numberOfFailedCheckpoints increasing): state stops being saved, recovery
  will replay more and more;
- checkpoint duration (lastCheckpointDuration approaching the checkpoint timeout): the next
  step is failing checkpoints;
- back-pressure (backPressuredTimeMsPerSecond, isBackPressured, outPoolUsage near 1): the job
  cannot keep up;
- input rate (numRecordsInPerSecond, numBytesInPerSecond dropping to zero): the job is stuck or a
  source is gone.

flinklint reads Prometheus rule files and the Prometheus operator's PrometheusRule manifests in
the repository (alerting rules: alert and expr). When some alert uses a Flink metric (a flink_
metric name, as the Prometheus reporter exports them), it lists the signals no alert covers, once
for the repository. When none does and a whole cluster configuration or a FlinkDeployment
configures a metrics reporter, it notes that at the reporter. Alerts kept elsewhere (another
repository, a monitoring SaaS) cannot be seen: suppress the finding with a reason then.

Fix: add alerts for the missing signals, for example
increase(flink_jobmanager_job_numberOfFailedCheckpoints[10m]) > 0.`,
	Bad: `groups:
  - name: flink
    rules:
      - alert: FlinkJobRestarting
        expr: increase(flink_jobmanager_job_numRestarts[10m]) > 3
`,
	Good: `groups:
  - name: flink
    rules:
      - alert: FlinkJobRestarting
        expr: increase(flink_jobmanager_job_numRestarts[10m]) > 3
      - alert: FlinkCheckpointsFailing
        expr: increase(flink_jobmanager_job_numberOfFailedCheckpoints[10m]) > 0
      - alert: FlinkCheckpointsSlow
        expr: max(flink_jobmanager_job_lastCheckpointDuration) > 300000
      - alert: FlinkBackPressured
        expr: max(flink_taskmanager_job_task_backPressuredTimeMsPerSecond) > 500
      - alert: FlinkNoInput
        expr: sum(flink_taskmanager_job_task_numRecordsInPerSecond) == 0
`,
	ExampleLang: "yaml",
	ExampleFile: "flink-alerts.yaml",
	Level:       analysis.LevelNote,
	Default:     true,
	Tags:        []string{"flink", "observability"},
	Precision:   "medium",
	DocURL:      docBase + "ops/metrics/",
	Run: func(p *analysis.Pass) {
		var flink []alerts.Alert
		var first parser.Location
		var files []string
		for f := range p.Alerts() {
			n := 0
			for _, a := range f.Alerts {
				if strings.Contains(strings.ToLower(a.Expr), "flink_") {
					if n == 0 && first.Path == "" {
						first = parser.Location{Path: f.Path, Pos: a.Pos}
					}
					flink = append(flink, a)
					n++
				}
			}
			if n > 0 {
				files = append(files, base(f.Path))
			}
		}
		if len(flink) > 0 {
			var missing []string
			for _, s := range alertSignals {
				covered := false
				for _, a := range flink {
					expr := strings.ToLower(a.Expr)
					for _, m := range s.metrics {
						if strings.Contains(expr, m) {
							covered = true
						}
					}
				}
				if !covered {
					missing = append(missing, s.what)
				}
			}
			if len(missing) > 0 {
				p.Report(analysis.Diagnostic{Location: first, Message: fmt.Sprintf(
					"the repository's alerting rules use Flink metrics (%d alerts in %s) but none alerts on %s: these are the signals that precede most Flink incidents; add alerts for them",
					len(flink), andList(dedupStrings(files)), andList(missing))})
			}
			return
		}
		const msg = "%s configures a metrics reporter (%s) but no alerting rule in the repository (Prometheus rule files, PrometheusRule manifests) uses a Flink metric: failed checkpoints, back-pressure or a stalled input would alert no one; add alerts on numberOfFailedCheckpoints, lastCheckpointDuration, backPressuredTimeMsPerSecond and numRecordsInPerSecond, or suppress this if alerts live elsewhere"
		for cf := range p.ConfigFiles() {
			if !cf.Cluster || cf.Flag {
				continue
			}
			if h, ok := (confView{layers: []confLayer{{file: cf.File}}}).any(isReporterKey); ok {
				p.Report(analysis.Diagnostic{Location: h.loc(), Message: fmt.Sprintf(msg, base(cf.Path), h.Key)})
			}
		}
		for m := range p.Manifests() {
			if m.Kind != k8s.FlinkDeployment {
				continue
			}
			if h, ok := (confView{layers: []confLayer{{file: manifestView(p.Program, m).layers[0].file}}}).any(isReporterKey); ok {
				p.Report(analysis.Diagnostic{Location: h.loc(), Message: fmt.Sprintf(msg, describe(m), h.Key)})
			}
		}
	},
}
