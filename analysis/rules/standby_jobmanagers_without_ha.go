package rules

// Standby JobManagers and upgrade rollbacks both rely on high availability:
// standbys need leader election to know which of them leads, and the
// operator rolls back from the HA metadata. The operator rejects either
// without HA, so the deployment never starts.

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/k8s"
)

// StandbyJobManagersWithoutHA is HA004.
var StandbyJobManagersWithoutHA = &analysis.Rule{
	ID:      "HA004",
	Name:    "standby-jobmanagers-without-ha",
	Title:   "Standby JobManagers or rollbacks without high availability",
	Summary: "A FlinkDeployment asks for more than one JobManager replica, or enables upgrade rollbacks, without high availability; the Kubernetes operator rejects it.",
	Help: `Several JobManager replicas only make sense with leader election: one leads, the others wait to take
over. Leader election is part of high availability, so the Flink Kubernetes operator refuses a
FlinkDeployment with spec.jobManager.replicas greater than 1 when high-availability.type is not set
("High availability should be enabled when starting standby JobManagers"). Likewise
kubernetes.operator.deployment.rollback.enabled: true needs HA metadata to roll an upgrade back
("HA must be enabled for rollback support"). The deployment is not reconciled until that is fixed.

flinklint looks for high-availability.type in spec.flinkConfiguration and in files given with
--flink-config (the operator's default configuration is invisible to it).

Fix: set high-availability.type: kubernetes and high-availability.storageDir in
spec.flinkConfiguration, or go back to one JobManager replica and no rollbacks.`,
	Bad: `apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: orders
spec:
  image: flink:1.20
  flinkVersion: v1_20
  serviceAccount: flink
  jobManager:
    replicas: 2
    resource: {memory: 2048m, cpu: 1}
  taskManager:
    resource: {memory: 4096m, cpu: 2}
  job:
    jarURI: local:///opt/flink/usrlib/orders.jar
    entryClass: com.example.OrdersJob
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
    high-availability.type: kubernetes
    high-availability.storageDir: s3://flink/ha/orders
  jobManager:
    replicas: 2
    resource: {memory: 2048m, cpu: 1}
  taskManager:
    resource: {memory: 4096m, cpu: 2}
  job:
    jarURI: local:///opt/flink/usrlib/orders.jar
    entryClass: com.example.OrdersJob
`,
	ExampleLang: "yaml",
	ExampleFile: "deployment.yaml",
	Level:       analysis.LevelError,
	Default:     true,
	Tags:        []string{"flink", "high-availability", "kubernetes"},
	Precision:   "very-high",
	DocURL:      operatorDocBase + "custom-resource/job-management/#application-upgrade-rollbacks-experimental",
	Run: func(p *analysis.Pass) {
		for m := range p.Manifests() {
			if m.Kind != k8s.FlinkDeployment {
				continue
			}
			v := manifestView(p.Program, m)
			if _, mode := highAvailability(v); mode == haOn || mode == haUnknown {
				continue
			}
			key := keyFor(m.Version, keyHAType)
			if n, err := strconv.Atoi(strings.TrimSpace(m.JobManagerReplicas.Value)); m.JobManagerReplicas.Set && err == nil && n > 1 {
				p.Report(analysis.Diagnostic{Location: fieldLoc(m, m.JobManagerReplicas), Message: fmt.Sprintf(
					"%s asks for %d JobManager replicas but high availability is off (%s is not enabled in %s): the operator rejects standby JobManagers without HA; set %s: kubernetes and high-availability.storageDir, or use 1 replica%s",
					describe(m), n, key, v.where(), key, renameHint(m.Version, keyHAType))})
			}
			if h, ok := v.get(keyRollback); ok && h.Layer == 0 && isTrue(h.Value) {
				p.Report(analysis.Diagnostic{Location: h.loc(), Message: fmt.Sprintf(
					"%s enables upgrade rollbacks (%s) but high availability is off (%s is not enabled in %s): the operator rejects rollbacks without HA; set %s: kubernetes and high-availability.storageDir, or disable rollbacks%s",
					describe(m), keyRollback, key, v.where(), key, renameHint(m.Version, keyHAType))})
			}
		}
	},
}
