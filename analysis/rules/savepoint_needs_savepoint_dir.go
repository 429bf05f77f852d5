package rules

// Savepoint upgrades, manual savepoints (savepointTriggerNonce), periodic
// savepoints and the last-state max checkpoint age all write savepoints to
// the savepoint directory; the operator refuses any of them without one, so
// the deployment is never reconciled.

import (
	"fmt"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/parser"
)

// SavepointNeedsSavepointDir is K8S003.
var SavepointNeedsSavepointDir = &analysis.Rule{
	ID:      "K8S003",
	Name:    "savepoint-needs-savepoint-dir",
	Title:   "Savepoints requested without savepoint directory",
	Summary: "A FlinkDeployment or FlinkSessionJob uses upgradeMode savepoint, savepointTriggerNonce, periodic savepoints or a last-state max checkpoint age without a savepoint directory; the Kubernetes operator rejects it.",
	Help: `Everything that makes the Flink Kubernetes operator take a savepoint needs to know where to write it:
execution.checkpointing.savepoint-dir (state.savepoints.dir before Flink 1.20). The operator
rejects a job spec that asks for savepoints without it:
- spec.job.upgradeMode: savepoint ("Job could not be upgraded with savepoint while config key ...
  is not set");
- spec.job.savepointTriggerNonce (manual savepoints);
- kubernetes.operator.periodic.savepoint.interval, whenever the key is present, even with 0;
- kubernetes.operator.job.upgrade.last-state.max.allowed.checkpoint.age, which falls back to
  savepoint upgrades.

The operator reads its default configuration, spec.flinkConfiguration and, for a session job, the
session cluster's. Settings the job makes in code (env.setDefaultSavepointDirectory) do not count.
flinklint looks in those manifests and in files given with --flink-config, and skips session jobs
whose session cluster is not in the scan.

Fix: set execution.checkpointing.savepoint-dir in spec.flinkConfiguration to durable storage.`,
	Bad: `apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: orders
spec:
  image: flink:1.20
  flinkVersion: v1_20
  serviceAccount: flink
  flinkConfiguration:
    execution.checkpointing.dir: s3://flink/checkpoints/orders
  jobManager:
    resource: {memory: 2048m, cpu: 1}
  taskManager:
    resource: {memory: 4096m, cpu: 2}
  job:
    jarURI: local:///opt/flink/usrlib/orders.jar
    entryClass: com.example.OrdersJob
    upgradeMode: savepoint
`,
	Good: `apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: orders
spec:
  image: flink:1.20
  flinkVersion: v1_20
  serviceAccount: flink
  flinkConfiguration:
    execution.checkpointing.dir: s3://flink/checkpoints/orders
    execution.checkpointing.savepoint-dir: s3://flink/savepoints/orders
  jobManager:
    resource: {memory: 2048m, cpu: 1}
  taskManager:
    resource: {memory: 4096m, cpu: 2}
  job:
    jarURI: local:///opt/flink/usrlib/orders.jar
    entryClass: com.example.OrdersJob
    upgradeMode: savepoint
`,
	ExampleLang: "yaml",
	ExampleFile: "deployment.yaml",
	Level:       analysis.LevelError,
	Default:     true,
	Tags:        []string{"flink", "kubernetes", "savepoints", "upgrade"},
	Precision:   "very-high",
	DocURL:      operatorDocBase + "custom-resource/job-management/#stateful-and-stateless-application-upgrades",
	Run: func(p *analysis.Pass) {
		for m := range p.Manifests() {
			if !validatedJob(m) {
				continue
			}
			v := manifestView(p.Program, m)
			if _, ok := v.set(jobgraph.KeySavepointDir); ok {
				continue
			}
			type trigger struct {
				what string
				loc  parser.Location
			}
			var ts []trigger
			var notes string
			if strings.EqualFold(strings.TrimSpace(m.UpgradeMode.Value), "savepoint") {
				ts = append(ts, trigger{"upgradeMode savepoint", fieldLoc(m, m.UpgradeMode)})
			}
			if m.SavepointTriggerNonce.Set {
				ts = append(ts, trigger{"spec.job.savepointTriggerNonce", fieldLoc(m, m.SavepointTriggerNonce)})
			}
			if h, ok := v.set(keyPeriodicSavepnt); ok && !h.Flag {
				ts = append(ts, trigger{keyPeriodicSavepnt, h.loc()})
				if isZero(h.Value) {
					notes += "; the operator rejects " + keyPeriodicSavepnt + " even when it is 0, so remove the key if periodic savepoints are not wanted"
				}
			}
			if h, ok := v.set(keyMaxCheckpointAge); ok && !h.Flag {
				ts = append(ts, trigger{keyMaxCheckpointAge, h.loc()})
				notes += "; " + keyMaxCheckpointAge + " falls back to savepoint upgrades"
			}
			if len(ts) == 0 {
				continue
			}
			key := keyFor(manifestVersion(m), jobgraph.KeySavepointDir)
			var whats []string
			var related []analysis.Related
			for i, t := range ts {
				whats = append(whats, t.what)
				if i > 0 {
					related = append(related, analysis.Related{Location: t.loc, Message: t.what + " also needs the savepoint directory"})
				}
			}
			d := analysis.Diagnostic{Location: ts[0].loc, Related: related, Message: fmt.Sprintf(
				"%s asks for savepoints through %s but %s is not set in %s: the operator rejects it; set %s in spec.flinkConfiguration%s%s",
				describe(m), strings.Join(whats, " and "), key, v.where(), key, renameHint(manifestVersion(m), jobgraph.KeySavepointDir), notes)}
			codeSetting(m, jobgraph.KeySavepointDir, &d)
			p.Report(d)
		}
	},
}
