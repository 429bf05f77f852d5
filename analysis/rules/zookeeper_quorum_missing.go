package rules

// ZooKeeper HA elects the leading JobManager and stores checkpoint pointers
// in ZooKeeper: without a quorum address the HA services have nothing to
// connect to and the JobManager does not start.

import (
	"fmt"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/k8s"
)

// ZooKeeperQuorumMissing is HA003.
var ZooKeeperQuorumMissing = &analysis.Rule{
	ID:      "HA003",
	Name:    "zookeeper-quorum-missing",
	Title:   "ZooKeeper high availability without quorum",
	Summary: "High availability uses ZooKeeper but high-availability.zookeeper.quorum is not set, so the JobManager cannot start.",
	Help: `With high-availability.type: zookeeper, Flink elects the leading JobManager through ZooKeeper and
keeps the pointers to job graphs and completed checkpoints there. The ZooKeeper ensemble is given
by high-availability.zookeeper.quorum (host:port pairs separated by commas); it has no default,
and without it the JobManager cannot create its HA services and does not start.

flinklint checks config files and FlinkDeployments whose HA type is zookeeper (any case) or a
ZooKeeper HA services factory class, looking for the quorum in the same file and in files given
with --flink-config.

Fix: set high-availability.zookeeper.quorum to the ensemble, e.g.
zk-0.zk:2181,zk-1.zk:2181,zk-2.zk:2181; on Kubernetes consider high-availability.type: kubernetes,
which needs no ZooKeeper.`,
	Bad: `jobmanager.rpc.address: flink-jobmanager
high-availability.type: zookeeper
high-availability.storageDir: s3://flink/ha/orders
`,
	Good: `jobmanager.rpc.address: flink-jobmanager
high-availability.type: zookeeper
high-availability.storageDir: s3://flink/ha/orders
high-availability.zookeeper.quorum: zk-0.zk:2181,zk-1.zk:2181,zk-2.zk:2181
`,
	ExampleLang: "yaml",
	ExampleFile: "config.yaml",
	Level:       analysis.LevelError,
	Default:     true,
	Tags:        []string{"flink", "high-availability", "reliability"},
	Precision:   "very-high",
	DocURL:      docBase + "deployment/ha/zookeeper_ha/",
	Run: func(p *analysis.Pass) {
		check := func(v confView, what string) {
			h, mode := highAvailability(v)
			if mode != haOn || h.Layer != 0 || !isZooKeeper(h.value()) {
				return
			}
			if _, ok := v.set(keyZKQuorum); ok {
				return
			}
			p.Report(analysis.Diagnostic{Location: h.loc(), Message: fmt.Sprintf(
				"%s uses ZooKeeper high availability (%s) but high-availability.zookeeper.quorum is not set in %s: the JobManager cannot reach ZooKeeper and does not start; set it to the ensemble's host:port list",
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
