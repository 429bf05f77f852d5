package rules

// With HA on, the JobManager writes job graphs, jars and checkpoint
// metadata to high-availability.storageDir and keeps only pointers in
// ZooKeeper or Kubernetes ConfigMaps. Without the directory the HA services
// cannot start: the JobManager fails at startup.

import (
	"fmt"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/k8s"
)

// HighAvailabilityStorageMissing is HA002.
var HighAvailabilityStorageMissing = &analysis.Rule{
	ID:      "HA002",
	Name:    "high-availability-storage-missing",
	Title:   "High availability without storage directory",
	Summary: "JobManager high availability is enabled but high-availability.storageDir is not set, so the JobManager cannot start.",
	Help: `High availability keeps only small pointers in ZooKeeper or in Kubernetes ConfigMaps; the data they
point to (job graphs, user jars, completed checkpoint metadata) is written to
high-availability.storageDir. Flink requires the directory whenever high-availability.type is not
NONE: without it the HA services fail to start and so does the JobManager ("Configuration is
missing the mandatory parameter: high-availability.storageDir").

The directory must be on storage every JobManager can reach and that survives pods and machines:
S3, GCS, Azure Blob Storage, HDFS, or a shared volume.

flinklint checks every config file and FlinkDeployment that enables HA, looking for the directory in
the same file (or spec.flinkConfiguration) and in files given with --flink-config; the deprecated
high-availability.zookeeper.storageDir counts.

Fix: set high-availability.storageDir, e.g. s3://flink/ha/<cluster>.`,
	Bad: `jobmanager.rpc.address: flink-jobmanager
high-availability.type: zookeeper
high-availability.zookeeper.quorum: zk-0.zk:2181,zk-1.zk:2181,zk-2.zk:2181
`,
	Good: `jobmanager.rpc.address: flink-jobmanager
high-availability.type: zookeeper
high-availability.zookeeper.quorum: zk-0.zk:2181,zk-1.zk:2181,zk-2.zk:2181
high-availability.storageDir: s3://flink/ha/orders
`,
	ExampleLang: "yaml",
	ExampleFile: "config.yaml",
	Level:       analysis.LevelError,
	Default:     true,
	Tags:        []string{"flink", "high-availability", "reliability"},
	Precision:   "very-high",
	DocURL:      docBase + "deployment/ha/overview/",
	Run: func(p *analysis.Pass) {
		check := func(v confView, what string) {
			h, mode := highAvailability(v)
			if mode != haOn || h.Layer != 0 {
				return
			}
			if _, ok := v.set(keyHAStorage); ok {
				return
			}
			p.Report(analysis.Diagnostic{Location: h.loc(), Message: fmt.Sprintf(
				"%s enables high availability (%s) but high-availability.storageDir is not set in %s: the JobManager fails to start without it; set it to a durable shared directory such as s3://<bucket>/flink/ha",
				what, h.value(), v.where())})
		}
		for cf := range p.ConfigFiles() {
			check(fileView(p.Program, cf), base(cf.Path))
		}
		for m := range p.Manifests() {
			if m.Kind == k8s.FlinkDeployment {
				check(manifestView(p.Program, m), describe(m))
			}
		}
	},
}
