package rules

// high-availability.storageDir holds what HA recovers from: job graphs,
// user jars and the metadata of completed checkpoints. On file:// or a
// relative path it lives on one machine's disk, so when that JobManager
// host or pod is replaced the pointers in ZooKeeper or the ConfigMaps point
// at nothing and HA recovers no job.

import (
	"fmt"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/k8s"
)

// HighAvailabilityStorageLocal is HA005.
var HighAvailabilityStorageLocal = &analysis.Rule{
	ID:      "HA005",
	Name:    "high-availability-storage-local",
	Title:   "High availability storage on a local file system",
	Summary: "high-availability.storageDir is a file:// or relative path, so the recovery metadata is local to one machine and HA recovers nothing once it is gone.",
	Help: `With high availability on, ZooKeeper or Kubernetes ConfigMaps keep only pointers; the job graphs,
user jars and completed-checkpoint metadata they point to are written to
high-availability.storageDir. A new JobManager (a standby, or the pod Kubernetes starts after a
crash) must read them. On file:// or a relative path the files are on the disk of the JobManager
that wrote them: the replacement finds the pointers but not the data, and the jobs cannot be
recovered (or fail to start: "Could not retrieve the submitted job graph"). This is CKPT002's
reasoning applied to HA: Flink's HA documentation asks for a storage directory on a durable file
system that every JobManager can reach.

flinklint checks every config file and FlinkDeployment that sets the directory (the deprecated
high-availability.zookeeper.storageDir counts), unless high-availability.type is NONE or, in a whole
cluster configuration, unset. In an overlay that sets the directory without the HA type, the
finding says it assumes the cluster enables HA. A file:// path on a volume every JobManager
mounts (a shared ReadWriteMany PersistentVolume, NFS) is durable: suppress the finding there with
a reason.

Fix: point high-availability.storageDir at shared durable storage: s3://, gs://, abfs://, hdfs://.`,
	Bad: `jobmanager.rpc.address: flink-jobmanager
high-availability.type: zookeeper
high-availability.zookeeper.quorum: zk-0.zk:2181,zk-1.zk:2181,zk-2.zk:2181
high-availability.storageDir: file:///tmp/ha
`,
	Good: `jobmanager.rpc.address: flink-jobmanager
high-availability.type: zookeeper
high-availability.zookeeper.quorum: zk-0.zk:2181,zk-1.zk:2181,zk-2.zk:2181
high-availability.storageDir: s3://flink/ha/orders
`,
	ExampleLang: "yaml",
	ExampleFile: "config.yaml",
	Level:       analysis.LevelWarning,
	Default:     true,
	Tags:        []string{"flink", "high-availability", "reliability"},
	Precision:   "high",
	DocURL:      docBase + "deployment/ha/overview/",
	Run: func(p *analysis.Pass) {
		check := func(v confView, what string, whole bool) {
			dir, ok := v.set(keyHAStorage)
			if !ok || dir.Layer != 0 || isReference(dir.value()) {
				return
			}
			why := localDir(dir.value())
			if why == "" {
				return
			}
			h, mode := highAvailability(v)
			ha := ""
			switch mode {
			case haNone:
				return
			case haUnset:
				if whole {
					return // HA is off; HA001 says so
				}
				ha = fmt.Sprintf(" (high-availability.type is not set in %s: assuming the cluster enables HA)", v.where())
			case haOn:
				ha = fmt.Sprintf(" (high availability %s, %s)", h.value(), h.at())
			}
			p.Report(analysis.Diagnostic{Location: dir.loc(), Message: fmt.Sprintf(
				"%s stores high availability data in %q, which is %s%s: job graphs and checkpoint metadata stay on one machine and a replacement JobManager cannot recover the jobs; use shared durable storage such as s3://<bucket>/flink/ha",
				what, dir.value(), why, ha)})
		}
		for cf := range p.ConfigFiles() {
			check(fileView(p.Program, cf), base(cf.Path), cf.Cluster)
		}
		for m := range p.Manifests() {
			if m.Kind == k8s.FlinkDeployment {
				check(manifestView(p.Program, m), describe(m), true)
			}
		}
	},
}
