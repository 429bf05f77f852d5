package rules

// A TaskManager sizes its heap, managed memory, network buffers and JVM
// overhead from one total: taskmanager.memory.process.size or
// taskmanager.memory.flink.size. Without it (or explicit task heap and
// managed memory) the TaskManager refuses to start, and on Kubernetes the
// operator refuses the deployment.

import (
	"fmt"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/k8s"
	"github.com/flinklint/flinklint/parser"
)

// TaskManagerMemoryNotSet is MEM001.
var TaskManagerMemoryNotSet = &analysis.Rule{
	ID:      "MEM001",
	Name:    "taskmanager-memory-not-set",
	Title:   "TaskManager memory not configured",
	Summary: "A whole cluster configuration sets neither taskmanager.memory.process.size nor taskmanager.memory.flink.size (nor task heap and managed memory), or a FlinkDeployment gives its TaskManagers no memory.",
	Help: `Flink derives every TaskManager memory pool (task heap, managed memory used by RocksDB, network
buffers, metaspace, JVM overhead) from one of: taskmanager.memory.process.size (the whole
container or process), taskmanager.memory.flink.size (without JVM metaspace and overhead), or both
taskmanager.memory.task.heap.size and taskmanager.memory.managed.size. With none of them the
TaskManager does not start ("Either required fine-grained memory ... or Total Flink Memory size ...
or Total Process Memory size ... need to be configured explicitly"). Flink's shipped config sets
1728m, which is rarely the right size: choose it from the state size and the container.

On Kubernetes the operator turns spec.taskManager.resource.memory (or
spec.taskManager.resources.requests.memory) into taskmanager.memory.process.size, and rejects a
FlinkDeployment that has neither that nor the Flink keys in spec.flinkConfiguration. A memory
request in a pod template does not count: Flink sizes the container from its own settings.

flinklint checks whole cluster configurations (files that set cluster keys; overlays with job
options only are not checked) and FlinkDeployments; files given with --flink-config count for all.

Fix: set taskmanager.memory.process.size (for example 4096m) in the cluster config, or
spec.taskManager.resource.memory in the FlinkDeployment.`,
	Bad: `jobmanager.rpc.address: flink-jobmanager
jobmanager.memory.process.size: 1600m
taskmanager.numberOfTaskSlots: 4
`,
	Good: `jobmanager.rpc.address: flink-jobmanager
jobmanager.memory.process.size: 1600m
taskmanager.numberOfTaskSlots: 4
taskmanager.memory.process.size: 8g
`,
	ExampleLang: "yaml",
	ExampleFile: "config.yaml",
	Level:       analysis.LevelWarning,
	Default:     true,
	Tags:        []string{"flink", "memory", "reliability"},
	Precision:   "high",
	DocURL:      docBase + "deployment/memory/mem_setup/",
	Run: func(p *analysis.Pass) {
		for cf := range p.ConfigFiles() {
			if !cf.Cluster {
				continue
			}
			v := fileView(p.Program, cf)
			if tmMemorySet(v, cf.Version) {
				continue
			}
			p.Report(analysis.Diagnostic{Location: lineOne(cf.Path), Message: fmt.Sprintf(
				"cluster config %s does not size TaskManager memory (no %s or %s in %s): TaskManagers do not start without it; set %s, e.g. 4096m",
				base(cf.Path), keyTMProcess, keyTMFlink, v.where(), keyTMProcess)})
		}
		for m := range p.Manifests() {
			if m.Kind != k8s.FlinkDeployment || m.TaskManagerMemory.Set {
				continue
			}
			v := manifestView(p.Program, m)
			if tmMemorySet(v, m.Version) {
				continue
			}
			msg := fmt.Sprintf("%s gives its TaskManagers no memory (no spec.taskManager.resource.memory, spec.taskManager.resources.requests.memory, or %s in %s): the operator rejects it; set spec.taskManager.resource.memory, e.g. 4096m",
				describe(m), keyTMProcess, v.where())
			d := analysis.Diagnostic{Location: parser.Location{Path: m.Path, Pos: m.Pos}, Message: msg}
			if m.TaskManagerPodMemory.Set {
				d.Message += "; the pod template's memory request does not size Flink"
				d.Related = []analysis.Related{{Location: fieldLoc(m, m.TaskManagerPodMemory), Message: "pod template memory, which Flink overrides with its own memory settings"}}
			}
			p.Report(d)
		}
	},
}

// tmMemorySet reports whether a view sizes TaskManager memory the way
// Flink accepts: a process or Flink total, or task heap plus managed
// memory; before 2.0 also the legacy taskmanager.heap.size/.mb.
func tmMemorySet(v confView, ver analysis.Version) bool {
	for _, k := range []string{keyTMProcess, keyTMFlink} {
		if _, ok := v.set(k); ok {
			return true
		}
	}
	_, heap := v.set(keyTMTaskHeap)
	_, managed := v.set(keyManagedSize)
	if heap && managed {
		return true
	}
	if !ver.AtLeast("2.0") {
		for _, k := range []string{"taskmanager.heap.size", "taskmanager.heap.mb"} {
			if _, ok := v.set(k); ok {
				return true
			}
		}
	}
	return false
}
