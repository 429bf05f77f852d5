package rules

// last-state and savepoint upgrades restore the new job version from a
// checkpoint or savepoint whose location the operator finds through the
// checkpoint directory; the operator refuses both modes without one, so
// the deployment is never reconciled.

import (
	"fmt"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/k8s"
)

// UpgradeModeNeedsCheckpointDir is K8S002.
var UpgradeModeNeedsCheckpointDir = &analysis.Rule{
	ID:      "K8S002",
	Name:    "upgrade-mode-needs-checkpoint-dir",
	Title:   "Stateful upgrade mode without checkpoint directory",
	Summary: "A FlinkDeployment or FlinkSessionJob uses upgradeMode last-state or savepoint but its configuration sets no checkpoint directory; the Kubernetes operator rejects it.",
	Help: `The Flink Kubernetes operator validates every FlinkDeployment and FlinkSessionJob before it deploys
anything. With spec.job.upgradeMode last-state or savepoint it requires a checkpoint directory
(execution.checkpointing.dir; state.checkpoints.dir before Flink 1.20) in the effective
configuration ("Checkpoint directory ... must be defined for last-state and savepoint upgrade
modes"): without it the resource is rejected and never reconciled.

The operator reads its own default configuration, spec.flinkConfiguration and, for a session job,
the session cluster's flinkConfiguration. Settings the job makes in code do not count: the
operator validates before any code runs. flinklint looks in those manifests and in files given with
--flink-config (standing in for the operator's default configuration), and skips session jobs
whose session cluster is not in the scan.

Fix: set execution.checkpointing.dir in spec.flinkConfiguration to durable storage (S3, GCS,
HDFS, a persistent volume).`,
	Bad: `apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: orders
spec:
  image: flink:1.20
  flinkVersion: v1_20
  serviceAccount: flink
  jobManager:
    resource: {memory: 2048m, cpu: 1}
  taskManager:
    resource: {memory: 4096m, cpu: 2}
  job:
    jarURI: local:///opt/flink/usrlib/orders.jar
    entryClass: com.example.OrdersJob
    upgradeMode: last-state
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
  jobManager:
    resource: {memory: 2048m, cpu: 1}
  taskManager:
    resource: {memory: 4096m, cpu: 2}
  job:
    jarURI: local:///opt/flink/usrlib/orders.jar
    entryClass: com.example.OrdersJob
    upgradeMode: last-state
`,
	ExampleLang: "yaml",
	ExampleFile: "deployment.yaml",
	Level:       analysis.LevelError,
	Default:     true,
	Tags:        []string{"flink", "kubernetes", "checkpointing", "upgrade"},
	Precision:   "very-high",
	DocURL:      operatorDocBase + "custom-resource/job-management/#stateful-and-stateless-application-upgrades",
	Run: func(p *analysis.Pass) {
		for m := range p.Manifests() {
			if !validatedJob(m) {
				continue
			}
			mode := strings.ToLower(strings.TrimSpace(m.UpgradeMode.Value))
			if mode != "last-state" && mode != "savepoint" {
				continue
			}
			v := manifestView(p.Program, m)
			if _, ok := v.set(jobgraph.KeyCheckpointDir); ok {
				continue
			}
			key := keyFor(manifestVersion(m), jobgraph.KeyCheckpointDir)
			d := analysis.Diagnostic{Location: fieldLoc(m, m.UpgradeMode), Message: fmt.Sprintf(
				"%s uses upgradeMode %s but %s is not set in %s: the operator rejects it, since %s upgrades restore from checkpoints; set %s in spec.flinkConfiguration%s",
				describe(m), mode, key, v.where(), mode, key, renameHint(manifestVersion(m), jobgraph.KeyCheckpointDir))}
			codeSetting(m, jobgraph.KeyCheckpointDir, &d)
			p.Report(d)
		}
	},
}

// validatedJob reports a manifest whose job spec the operator validates
// with a configuration flinklint can see: a FlinkDeployment with a job, or
// a FlinkSessionJob whose session cluster is in the scan.
func validatedJob(m *analysis.Manifest) bool {
	if m.JobPos.IsZero() {
		return false
	}
	return m.Kind == k8s.FlinkDeployment || m.Session != nil
}

// codeSetting notes in d that the deployed job sets key in code, which the
// operator's validation does not see.
func codeSetting(m *analysis.Manifest, key string, d *analysis.Diagnostic) {
	for _, j := range m.Jobs {
		if s, ok := j.Lookup(key); ok {
			d.Message += fmt.Sprintf(" (the job sets it in code at %s:%d, which the operator does not see: it validates the spec before the job runs)", base(s.Loc.Path), s.Loc.Pos.Line)
			d.Related = append(d.Related, analysis.Related{Location: s.Loc, Message: "set in code, invisible to the operator's validation"})
			return
		}
	}
}
