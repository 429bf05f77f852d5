package rules

// Without high availability the JobManager is a single point of failure:
// when it dies, every job of the cluster fails, and nothing records which
// checkpoint each job should resume from, so they come back from scratch
// (or not at all in a session cluster).

import (
	"fmt"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/k8s"
)

// HighAvailabilityNotConfigured is HA001.
var HighAvailabilityNotConfigured = &analysis.Rule{
	ID:      "HA001",
	Name:    "high-availability-not-configured",
	Title:   "JobManager high availability not configured",
	Summary: "A whole cluster configuration or a FlinkDeployment does not enable JobManager high availability (high-availability.type unset or NONE).",
	Help: `The JobManager coordinates checkpoints and remembers which checkpoint each job resumes from. Without
high availability (high-availability.type: NONE, the default) that knowledge lives only in the
JobManager's memory: when its process or pod dies, every job of the cluster fails, and the new
JobManager does not know the latest completed checkpoints, so jobs restart from their initial
state, or from whatever savepoint someone passes by hand. A session cluster loses its jobs
altogether.

flinklint checks whole cluster configurations (a flink-conf.yaml or config.yaml that sets cluster
keys such as jobmanager.rpc.address, memory sizes or REST addresses; overlays that only set job
options are not checked) and every FlinkDeployment, session clusters included (their jobs need HA
just as much). Settings in files given with --flink-config count for every file and manifest.
FlinkSessionJobs are not checked: HA belongs to their session cluster.

Fix: on Kubernetes set high-availability.type: kubernetes (high-availability: kubernetes before
Flink 1.17); elsewhere zookeeper with high-availability.zookeeper.quorum. Both need
high-availability.storageDir on durable storage.`,
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
    high-availability.type: kubernetes
    high-availability.storageDir: s3://flink/ha/orders
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
	Level:       analysis.LevelWarning,
	Default:     true,
	Tags:        []string{"flink", "high-availability", "reliability"},
	Precision:   "high",
	DocURL:      docBase + "deployment/ha/overview/",
	Run: func(p *analysis.Pass) {
		for cf := range p.ConfigFiles() {
			if !cf.Cluster {
				continue
			}
			v := fileView(p.Program, cf)
			h, mode := highAvailability(v)
			key := keyFor(fileVersion(cf), keyHAType)
			switch mode {
			case haUnset:
				p.Report(analysis.Diagnostic{Location: lineOne(cf.Path), Message: fmt.Sprintf(
					"cluster config %s does not enable JobManager high availability (%s is not set in %s): a JobManager failure fails every job of the cluster and they do not resume from their latest checkpoint; set %s to kubernetes or zookeeper, with high-availability.storageDir%s",
					base(cf.Path), key, v.where(), key, renameHint(fileVersion(cf), keyHAType))})
			case haNone:
				loc := lineOne(cf.Path)
				if h.Layer == 0 {
					loc = h.loc()
				}
				p.Report(analysis.Diagnostic{Location: loc, Message: fmt.Sprintf(
					"%s is NONE (%s): cluster config %s runs without JobManager high availability, so a JobManager failure fails every job and they do not resume from their latest checkpoint; set it to kubernetes or zookeeper, with high-availability.storageDir",
					h.Key, h.at(), base(cf.Path))})
			}
		}
		for m := range p.Manifests() {
			if m.Kind != k8s.FlinkDeployment {
				continue
			}
			v := manifestView(p.Program, m)
			h, mode := highAvailability(v)
			key := keyFor(m.Version, keyHAType)
			jobs := "its job fails and restarts without its latest checkpoint"
			if m.IsSessionCluster() {
				jobs = "every job submitted to it is lost"
			}
			switch mode {
			case haUnset:
				p.Report(analysis.Diagnostic{Location: missingAt(m), Message: fmt.Sprintf(
					"%s does not enable JobManager high availability (%s is not set in %s): when the JobManager pod fails, %s; set %s: kubernetes and high-availability.storageDir in spec.flinkConfiguration%s",
					describe(m), key, v.where(), jobs, key, renameHint(m.Version, keyHAType))})
			case haNone:
				loc := missingAt(m)
				if h.Layer == 0 {
					loc = h.loc()
				}
				p.Report(analysis.Diagnostic{Location: loc, Message: fmt.Sprintf(
					"%s is NONE (%s): %s runs without JobManager high availability, so when the JobManager pod fails, %s; set it to kubernetes, with high-availability.storageDir",
					h.Key, h.at(), describe(m), jobs)})
			}
		}
	},
}
