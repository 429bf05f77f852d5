package rules

// RocksDB sizes its block cache and write buffers from Flink's managed
// memory. With managed memory set to zero it gets none: reads miss the
// cache, writes flush tiny files, and compaction and checkpoint times grow,
// or RocksDB allocates outside any budget and the container is killed.

import (
	"fmt"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/settings"
)

// RocksDBWithoutManagedMemory is STATE004.
var RocksDBWithoutManagedMemory = &analysis.Rule{
	ID:      "STATE004",
	Name:    "rocksdb-without-managed-memory",
	Title:   "RocksDB without managed memory",
	Summary: "The RocksDB state backend is used while taskmanager.memory.managed.fraction or taskmanager.memory.managed.size is 0, leaving RocksDB no memory budget.",
	Help: `Since Flink 1.10 RocksDB takes its block cache, index and filter blocks and write buffers out of the
slot's managed memory (state.backend.rocksdb.memory.managed, true by default). Setting managed
memory to zero, as the docs advise for the heap backend, starves RocksDB: every read goes to
disk, memtables flush constantly, compaction and checkpoints slow down, and throughput collapses.

taskmanager.memory.managed.size wins over taskmanager.memory.managed.fraction when both are set;
flinklint reports the one that takes effect. It stays silent when RocksDB memory is managed by hand
(state.backend.rocksdb.memory.managed: false, or state.backend.rocksdb.memory.fixed-per-slot).

Each streaming job's effective settings are checked, and config files and manifests no scanned job
uses on their own.

Fix: remove the zero (the default fraction is 0.4) or size managed memory for RocksDB, e.g.
taskmanager.memory.managed.fraction: 0.4.`,
	Bad: `taskmanager.memory.process.size: 8g
taskmanager.memory.managed.fraction: 0
state.backend.type: rocksdb
execution.checkpointing.incremental: true
`,
	Good: `taskmanager.memory.process.size: 8g
taskmanager.memory.managed.fraction: 0.4
state.backend.type: rocksdb
execution.checkpointing.incremental: true
`,
	ExampleLang: "yaml",
	ExampleFile: "config.yaml",
	Level:       analysis.LevelWarning,
	Default:     true,
	Tags:        []string{"flink", "state", "memory", "performance"},
	Precision:   "high",
	DocURL:      docBase + "ops/state/large_state_tuning/#tuning-rocksdb-memory",
	Run: func(p *analysis.Pass) {
		realJobs(p, func(j *jobgraph.Job, eff *settings.Effective) {
			if eff.IsBatch() {
				return
			}
			b, ok := eff.Get(jobgraph.KeyStateBackend)
			if !ok || !b.Known || !isRocksDB(b.Value) {
				return
			}
			if v, ok := eff.Get(keyRocksManaged); ok && strings.EqualFold(strings.TrimSpace(v.Value), "false") {
				return
			}
			if v, ok := eff.Get(keyRocksFixedSlot); ok && strings.TrimSpace(v.Value) != "" {
				return
			}
			zero, ok := eff.Get(keyManagedSize)
			if !ok {
				zero, ok = eff.Get(keyManagedFraction)
			}
			if !ok || !zero.Known || !isZero(zero.Value) {
				return
			}
			d := atSetting(j, zero, fmt.Sprintf("%s is %s (%s) while the state backend is RocksDB (%s): RocksDB gets no managed memory for its block cache and write buffers; remove the zero or give it a share such as taskmanager.memory.managed.fraction: 0.4",
				zero.Key, strings.TrimSpace(zero.Value), setAt(zero), b.Origin))
			d.Related = settingRelated(b, "RocksDB chosen here")
			p.Report(d)
		})
		for s := range unassociated(p) {
			if isBatchView(s.view) {
				continue
			}
			b, ok := s.view.set(jobgraph.KeyStateBackend)
			if !ok || !isRocksDB(b.Value) {
				continue
			}
			if h, ok := s.view.set(keyRocksManaged); ok && strings.EqualFold(h.value(), "false") {
				continue
			}
			if _, ok := s.view.set(keyRocksFixedSlot); ok {
				continue
			}
			zero, ok := s.view.set(keyManagedSize)
			if !ok {
				zero, ok = s.view.set(keyManagedFraction)
			}
			if !ok || zero.Layer != 0 || !isZero(zero.Value) {
				continue
			}
			p.Report(analysis.Diagnostic{Location: zero.loc(), Message: fmt.Sprintf(
				"%s sets %s to %s while the state backend is RocksDB (%s): RocksDB gets no managed memory for its block cache and write buffers; remove the zero or give it a share such as taskmanager.memory.managed.fraction: 0.4",
				s.what, zero.Key, zero.value(), b.at()),
				Related: []analysis.Related{{Location: b.loc(), Message: "RocksDB chosen here"}}})
		}
	},
}
