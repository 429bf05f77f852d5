package rules

// With upgradeMode stateless (the operator's default) every spec change
// cancels the job and starts the new version from empty state: windows,
// deduplication sets and Kafka offsets of a stateful job are thrown away on
// each upgrade.

import (
	"fmt"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/parser"
)

// StatefulJobStatelessUpgrade is K8S001.
var StatefulJobStatelessUpgrade = &analysis.Rule{
	ID:      "K8S001",
	Name:    "stateful-job-stateless-upgrade",
	Title:   "Stateful job upgraded statelessly",
	Summary: "A FlinkDeployment or FlinkSessionJob runs a job with stateful operators (or a job outside the scan) with upgradeMode stateless or unset, so every upgrade starts it from empty state.",
	Help: `The Flink Kubernetes operator applies every change to a deployment's spec (a new image, jar,
parallelism or config) as an upgrade, and spec.job.upgradeMode decides what state the new version
starts from. stateless, the default, cancels the running job and starts the new one from nothing:
keyed state, windows, deduplication sets and source offsets are lost on every upgrade, and the
Kafka source starts again from its configured starting offsets.

savepoint takes a savepoint, stops the job and restores the new version from it; last-state
restores from the latest checkpoint (faster; also works when the job is unhealthy). Both need a
checkpoint directory (K8S002); savepoint also needs a savepoint directory (K8S003).

flinklint reports a warning for deployments whose spec.job.entryClass is a scanned streaming job
with stateful operators (by the rules of UID001), and a note when the entry class is not in the
scan: its state is unknown, but nearly every streaming job keeps some (source offsets at least).
Jobs in the scan without state, and batch jobs, are not reported.

Fix: set spec.job.upgradeMode: savepoint (or last-state), with execution.checkpointing.dir and
execution.checkpointing.savepoint-dir in spec.flinkConfiguration.`,
	Bad: `apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: counts
spec:
  image: flink:1.20
  flinkVersion: v1_20
  serviceAccount: flink
  jobManager:
    resource: {memory: 2048m, cpu: 1}
  taskManager:
    resource: {memory: 4096m, cpu: 2}
  job:
    jarURI: local:///opt/flink/usrlib/counts.jar
    entryClass: com.example.Counts
`,
	Good: `apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: counts
spec:
  image: flink:1.20
  flinkVersion: v1_20
  serviceAccount: flink
  flinkConfiguration:
    execution.checkpointing.dir: s3://flink/checkpoints/counts
    execution.checkpointing.savepoint-dir: s3://flink/savepoints/counts
  jobManager:
    resource: {memory: 2048m, cpu: 1}
  taskManager:
    resource: {memory: 4096m, cpu: 2}
  job:
    jarURI: local:///opt/flink/usrlib/counts.jar
    entryClass: com.example.Counts
    upgradeMode: savepoint
`,
	ExampleLang: "yaml",
	ExampleFile: "deployment.yaml",
	Level:       analysis.LevelWarning,
	Default:     true,
	Tags:        []string{"flink", "kubernetes", "state", "upgrade"},
	Precision:   "high",
	DocURL:      operatorDocBase + "custom-resource/job-management/#stateful-and-stateless-application-upgrades",
	Run: func(p *analysis.Pass) {
		for m := range p.Manifests() {
			if m.JobPos.IsZero() {
				continue
			}
			if m.UpgradeMode.Set && !strings.EqualFold(strings.TrimSpace(m.UpgradeMode.Value), "stateless") {
				continue
			}
			loc := parser.Location{Path: m.Path, Pos: m.JobPos}
			how := "without spec.job.upgradeMode (the operator's default is stateless)"
			if !m.UpgradeMode.KeyPos.IsZero() {
				loc = fieldLoc(m, m.UpgradeMode)
				how = "with upgradeMode stateless"
				if !m.UpgradeMode.Set {
					how = "with an empty upgradeMode (the operator's default, stateless, applies)"
				}
			}
			if len(m.Jobs) == 0 {
				// The job is not in the scan: its state is unknown, but
				// nearly every streaming job keeps some (source offsets).
				job := "a job that is not in the scan"
				if m.EntryClass.Set {
					job = m.EntryClass.Value + ", which is not in the scan,"
				}
				p.Report(analysis.Diagnostic{Location: loc, Level: analysis.LevelNote, Message: fmt.Sprintf(
					"%s runs %s %s: if the job keeps state (any Kafka or file source keeps its offsets there), every upgrade starts it from empty state; set spec.job.upgradeMode: savepoint or last-state",
					describe(m), job, how)})
				continue
			}
			var job *jobgraph.Job
			var op *jobgraph.Operator
			for _, j := range m.Jobs {
				eff := p.Program.Settings(j)
				if eff == nil || eff.IsBatch() {
					continue
				}
				if o := firstStateful(j); o != nil {
					job, op = j, o
					break
				}
			}
			if op == nil {
				continue
			}
			p.Report(analysis.Diagnostic{Location: loc, Job: job.ID, Message: fmt.Sprintf(
				"%s runs %s, whose operator %q (%s:%d) is stateful, %s: every upgrade starts the job from empty state; set spec.job.upgradeMode: savepoint or last-state",
				describe(m), job.Class, op.Method, base(op.Loc.Path), op.Loc.Pos.Line, how),
				Related: statefulRelated(op)})
		}
	},
}
