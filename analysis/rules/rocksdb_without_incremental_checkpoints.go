package rules

// RocksDB keeps its state in immutable SST files, so a checkpoint can
// upload only the files created since the previous one. Without incremental
// checkpoints every checkpoint copies the whole state: with gigabytes of
// state, checkpoints take minutes, time out, and load the storage.

import (
	"fmt"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/settings"
)

// RocksDBWithoutIncrementalCheckpoints is STATE003.
var RocksDBWithoutIncrementalCheckpoints = &analysis.Rule{
	ID:      "STATE003",
	Name:    "rocksdb-without-incremental-checkpoints",
	Title:   "RocksDB without incremental checkpoints",
	Summary: "The RocksDB state backend is used without incremental checkpoints, so every checkpoint uploads the whole state.",
	Help: `RocksDB is the backend for large state, and large state is what makes full checkpoints hurt: each one
copies every SST file to checkpoint storage, so checkpoint duration and storage traffic grow with
the state, checkpoints time out, and recovery points become sparse. Incremental checkpoints upload
only the files created since the last checkpoint. They are off by default.

The key is execution.checkpointing.incremental since Flink 1.20 (state.backend.incremental
before, still read as a deprecated key). In code, new EmbeddedRocksDBStateBackend(true) enables
them.

flinklint checks each streaming job's effective settings (code, the FlinkDeployment that runs it,
the module's config files, --flink-config) and reports where RocksDB is chosen; config files and
manifests no scanned job uses are checked on their own.

Fix: set execution.checkpointing.incremental: true (state.backend.incremental: true before 1.20),
or construct new EmbeddedRocksDBStateBackend(true).`,
	Bad: `execution.checkpointing.interval: 60s
execution.checkpointing.dir: s3://flink/checkpoints/orders
state.backend.type: rocksdb
`,
	Good: `execution.checkpointing.interval: 60s
execution.checkpointing.dir: s3://flink/checkpoints/orders
state.backend.type: rocksdb
execution.checkpointing.incremental: true
`,
	ExampleLang: "yaml",
	ExampleFile: "config.yaml",
	Level:       analysis.LevelWarning,
	Default:     true,
	Tags:        []string{"flink", "state", "checkpointing", "performance"},
	Precision:   "high",
	DocURL:      docBase + "ops/state/large_state_tuning/#incremental-checkpoints",
	Run: func(p *analysis.Pass) {
		realJobs(p, func(j *jobgraph.Job, eff *settings.Effective) {
			if eff.IsBatch() {
				return
			}
			b, ok := eff.Get(jobgraph.KeyStateBackend)
			if !ok || !b.Known || !isRocksDB(b.Value) {
				return
			}
			ver := p.Program.JobVersion(j)
			key := keyFor(ver, jobgraph.KeyIncremental)
			inc, ok := eff.Get(jobgraph.KeyIncremental)
			if ok && (!inc.Known || isTrue(inc.Value) || isReference(inc.Value)) {
				return
			}
			d := atSetting(j, b, "")
			if ok {
				d.Message = fmt.Sprintf("the RocksDB state backend (%s) takes full checkpoints: %s is %s (%s); every checkpoint uploads the whole state; set it to true%s",
					b.Origin, key, inc.Value, setAt(inc), renameHint(ver, jobgraph.KeyIncremental))
				d.Related = settingRelated(inc, "incremental checkpoints turned off here")
			} else {
				d.Message = fmt.Sprintf("the RocksDB state backend (%s) takes full checkpoints: %s is not set (looked in %s); every checkpoint uploads the whole state; set it to true or use new EmbeddedRocksDBStateBackend(true)%s",
					b.Origin, key, eff.Looked(), renameHint(ver, jobgraph.KeyIncremental))
			}
			p.Report(d)
		})
		for s := range unassociated(p) {
			if isBatchView(s.view) {
				continue
			}
			b, ok := s.view.set(jobgraph.KeyStateBackend)
			if !ok || b.Layer != 0 || !isRocksDB(b.Value) {
				continue
			}
			key := keyFor(s.version, jobgraph.KeyIncremental)
			inc, ok := s.view.set(jobgraph.KeyIncremental)
			if ok && (isTrue(inc.Value) || isReference(inc.value())) {
				continue
			}
			d := analysis.Diagnostic{Location: b.loc()}
			if ok {
				d.Message = fmt.Sprintf("%s chooses the RocksDB state backend but sets %s to %s (%s): every checkpoint uploads the whole state; set it to true",
					s.what, inc.Key, inc.value(), inc.at())
				d.Related = []analysis.Related{{Location: inc.loc(), Message: "incremental checkpoints turned off here"}}
			} else {
				d.Message = fmt.Sprintf("%s chooses the RocksDB state backend without incremental checkpoints (%s is not set in %s): every checkpoint uploads the whole state; set it to true%s",
					s.what, key, s.view.where(), renameHint(s.version, jobgraph.KeyIncremental))
			}
			p.Report(d)
		}
	},
}
