package config

import (
	"runtime"
	"slices"
	"testing"
	"time"
)

func TestVersions(t *testing.T) {
	want := []string{"1.15", "1.16", "1.17", "1.18", "1.19", "1.20", "2.0", "2.1", "2.2", "2.3"}
	if got := Versions(); !slices.Equal(got, want) {
		t.Fatalf("Versions() = %v, want %v", got, want)
	}
	v := Versions()
	v[0] = "x"
	if Versions()[0] != "1.15" {
		t.Fatal("Versions() returns shared storage")
	}
}

func TestCanonical(t *testing.T) {
	tests := []struct{ in, want string }{
		{"state.backend", "state.backend.type"},
		{"state.checkpoints.dir", "execution.checkpointing.dir"},
		{"state.backend.fs.checkpointdir", "execution.checkpointing.dir"},
		{"high-availability", "high-availability.type"},
		{"recovery.mode", "high-availability.type"},
		{"state.backend.incremental", "execution.checkpointing.incremental"},
		{"restart-strategy", "restart-strategy.type"},
		{"state.checkpoint-storage", "execution.checkpointing.storage"},
		{"state.savepoints.dir", "execution.checkpointing.savepoint-dir"},
		{"state.checkpoints.num-retained", "execution.checkpointing.num-retained"},
		{"execution.checkpointing.unaligned", "execution.checkpointing.unaligned.enabled"},
		{"execution.savepoint.path", "execution.state-recovery.path"},
		{"high-availability.zookeeper.storageDir", "high-availability.storageDir"},
		// chained: akka.* → pekko.* (1.18), then the key lives on as pekko.*.
		{"akka.ask.timeout", "pekko.ask.timeout"},
		// current keys stay.
		{"state.backend.type", "state.backend.type"},
		{"execution.checkpointing.interval", "execution.checkpointing.interval"},
		{"pipeline.max-parallelism", "pipeline.max-parallelism"},
		{"rest.port", "rest.port"},
		// read as a deprecated key by two options: ambiguous, unchanged.
		{"web.port", "web.port"},
		{"state.backend.local-recovery", "state.backend.local-recovery"},
		// unknown and differently cased keys are returned unchanged.
		{"no.such.key", "no.such.key"},
		{"State.Backend", "State.Backend"},
		{"", ""},
		// operator keys (no Flink version knows them).
		{"job.autoscaler.target.utilization", "job.autoscaler.utilization.target"},
	}
	for _, tt := range tests {
		if got := Canonical(tt.in); got != tt.want {
			t.Errorf("Canonical(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCanonicalIdempotent(t *testing.T) {
	d := data()
	n := 0
	for k := range d.exact {
		c := Canonical(k)
		if c != k {
			n++
		}
		if cc := Canonical(c); cc != c {
			t.Errorf("Canonical(%q) = %q, but Canonical(%q) = %q", k, c, c, cc)
		}
		if !Known(c) {
			t.Errorf("Canonical(%q) = %q, which is not Known", k, c)
		}
	}
	if n < 150 {
		t.Errorf("only %d keys map to another key; the dataset has more deprecated keys", n)
	}
}

func TestOptionKey(t *testing.T) {
	tests := []struct {
		class, field, want string
	}{
		{"CheckpointingOptions", "CHECKPOINTING_INTERVAL", "execution.checkpointing.interval"},
		{"ExecutionCheckpointingOptions", "CHECKPOINTING_INTERVAL", "execution.checkpointing.interval"},
		{"PipelineOptions", "MAX_PARALLELISM", "pipeline.max-parallelism"},
		{"StateBackendOptions", "STATE_BACKEND", "state.backend.type"},
		{"RestartStrategyOptions", "RESTART_STRATEGY", "restart-strategy.type"},
		{"ExecutionOptions", "RUNTIME_MODE", "execution.runtime-mode"},
		{"PipelineOptions", "AUTO_GENERATE_UIDS", "pipeline.auto-generate-uids"},
		{"CheckpointingOptions", "EXTERNALIZED_CHECKPOINT_RETENTION", "execution.checkpointing.externalized-checkpoint-retention"},
		{"ExecutionCheckpointingOptions", "EXTERNALIZED_CHECKPOINT", "execution.checkpointing.externalized-checkpoint-retention"},
		{"CheckpointingOptions", "CHECKPOINTS_DIRECTORY", "execution.checkpointing.dir"},
		{"CheckpointingOptions", "INCREMENTAL_CHECKPOINTS", "execution.checkpointing.incremental"},
		{"CheckpointingOptions", "CHECKPOINT_STORAGE", "execution.checkpointing.storage"},
		{"CheckpointingOptions", "SAVEPOINT_DIRECTORY", "execution.checkpointing.savepoint-dir"},
		{"CheckpointingOptions", "MAX_RETAINED_CHECKPOINTS", "execution.checkpointing.num-retained"},
		{"CheckpointingOptions", "CHECKPOINTING_CONSISTENCY_MODE", "execution.checkpointing.mode"},
		{"ExecutionCheckpointingOptions", "CHECKPOINTING_MODE", "execution.checkpointing.mode"},
		{"ExecutionCheckpointingOptions", "MIN_PAUSE_BETWEEN_CHECKPOINTS", "execution.checkpointing.min-pause"},
		{"ExecutionCheckpointingOptions", "ENABLE_UNALIGNED", "execution.checkpointing.unaligned.enabled"},
		{"HighAvailabilityOptions", "HA_MODE", "high-availability.type"},
		{"HighAvailabilityOptions", "HA_STORAGE_PATH", "high-availability.storageDir"},
		{"SavepointConfigOptions", "SAVEPOINT_PATH", "execution.state-recovery.path"},
		{"StateRecoveryOptions", "SAVEPOINT_PATH", "execution.state-recovery.path"},
		{"TaskManagerOptions", "MANAGED_MEMORY_FRACTION", "taskmanager.memory.managed.fraction"},
		{"RocksDBOptions", "USE_MANAGED_MEMORY", "state.backend.rocksdb.memory.managed"},
		{"RestOptions", "ENABLE_FLAMEGRAPH", "rest.flamegraph.enabled"},
		{"CoreOptions", "DEFAULT_PARALLELISM", "parallelism.default"},
		{"MetricOptions", "REPORTER_FACTORY_CLASS", "metrics.reporter.<name>.factory.class"},
		// a deprecated field sharing its key with its replacement
		// (StateBackendOptions.STATE_BACKEND): the dataset keeps every source.
		{"CheckpointingOptions", "STATE_BACKEND", "state.backend.type"},
		// a qualified class name is cut to its simple name.
		{"org.apache.flink.configuration.PipelineOptions", "MAX_PARALLELISM", "pipeline.max-parallelism"},
	}
	for _, tt := range tests {
		got, ok := OptionKey(tt.class, tt.field)
		if !ok || got != tt.want {
			t.Errorf("OptionKey(%q, %q) = %q, %v; want %q", tt.class, tt.field, got, ok, tt.want)
		}
	}
	for _, c := range [][2]string{{"PipelineOptions", "NO_SUCH_FIELD"}, {"NoSuchOptions", "MAX_PARALLELISM"}, {"", ""}} {
		if got, ok := OptionKey(c[0], c[1]); ok {
			t.Errorf("OptionKey(%q, %q) = %q, want not found", c[0], c[1], got)
		}
	}
}

func TestKnown(t *testing.T) {
	tests := []struct {
		key  string
		want bool
	}{
		{"execution.checkpointing.interval", true},
		{"state.backend", true},                          // deprecated key
		{"rest.port", true},                              // option and fallback key
		{"taskmanager.heap.size", true},                  // removed in 2.0, known to 1.x
		{"metrics.reporter.prom.factory.class", true},    // templated
		{"metrics.reporter.prom.port", true},             // open family metrics.reporter.<name>.*
		{"containerized.master.env.JAVA_HOME", true},     // prefix family
		{"kubernetes.jobmanager.labels.app", true},       // Map option, prefix form
		{"s3.access-key", true},                          // filesystem plugin prefix
		{"$internal.application.main", true},             // undocumented
		{"kubernetes.operator.reconcile.interval", true}, // operator
		{"job.autoscaler.enabled", true},                 // operator
		{"execution.checkpointing.intervall", false},     // typo
		{"metrics.reporter", false},                      // the family needs more segments
		{"metrics.reporter.prom", false},                 // ... a parameter after the name
		{"containerized.master.env.", false},             // empty sub-key
		{"State.Backend", false},                         // case-sensitive
		{"scan.startup.mode", false},                     // a connector (table DDL) option
		{"", false},
	}
	for _, tt := range tests {
		if got := Known(tt.key); got != tt.want {
			t.Errorf("Known(%q) = %v, want %v", tt.key, got, tt.want)
		}
	}
}

func TestKeyIn(t *testing.T) {
	if k := KeyIn("1.15", "state.backend"); !k.Option || len(k.DeprecatedFor) != 0 {
		t.Errorf("1.15 state.backend = %+v, want an option", k)
	}
	if k := KeyIn("1.20", "state.backend"); k.Option || !slices.Equal(k.DeprecatedFor, []string{"state.backend.type"}) {
		t.Errorf("1.20 state.backend = %+v, want deprecated for state.backend.type", k)
	}
	if k := KeyIn("2.0", "taskmanager.heap.size"); k.Known() {
		t.Errorf("2.0 taskmanager.heap.size = %+v, want unknown (removed)", k)
	}
	if k := KeyIn("1.20", "taskmanager.heap.size"); !k.Known() {
		t.Errorf("1.20 taskmanager.heap.size = %+v, want known", k)
	}
	if k := KeyIn("2.0", "web.port"); !slices.Equal(k.DeprecatedFor, []string{"rest.bind-port", "rest.port"}) {
		t.Errorf("2.0 web.port = %+v, want deprecated for rest.bind-port and rest.port", k)
	}
	if k := KeyIn("2.0", "rest.port"); !k.Option || !k.Fallback {
		t.Errorf("2.0 rest.port = %+v, want option and fallback", k)
	}
	if k := KeyIn("1.20", "metrics.reporter.prom.interval"); !k.Templated || !k.Prefix {
		t.Errorf("1.20 metrics.reporter.prom.interval = %+v, want templated and prefix", k)
	}
	if k := KeyIn("9.9", "state.backend.type"); k.Known() {
		t.Errorf("unknown version knows %+v", k)
	}
	k := KeyIn("1.20", "state.backend")
	k.DeprecatedFor[0] = "x"
	if KeyIn("1.20", "state.backend").DeprecatedFor[0] != "state.backend.type" {
		t.Error("KeyIn returns shared storage")
	}
}

func TestOption(t *testing.T) {
	o, ok := Option("1.20", "execution.checkpointing.interval")
	if !ok || o.Type != "Duration" || o.Default != "" || !o.Documented {
		t.Errorf("1.20 execution.checkpointing.interval = %+v, %v", o, ok)
	}
	o, ok = Option("1.20", "pipeline.max-parallelism")
	if !ok || o.Type != "Integer" || o.Default != "-1" {
		t.Errorf("1.20 pipeline.max-parallelism = %+v, %v", o, ok)
	}
	o, ok = Option("1.20", "state.backend.type")
	if !ok || o.Type != "String" || o.Default != `"hashmap"` {
		t.Errorf("1.20 state.backend.type = %+v, %v", o, ok)
	}
	o, ok = Option("1.20", "execution.checkpointing.externalized-checkpoint-retention")
	if !ok || o.Type != "Enum" || !slices.Contains(o.Enum, "RETAIN_ON_CANCELLATION") || !slices.Contains(o.Enum, "NO_EXTERNALIZED_CHECKPOINTS") {
		t.Errorf("1.20 retention = %+v, %v", o, ok)
	}
	o, ok = Option("1.20", "metrics.reporter.prom.interval")
	if !ok || !o.Templated || o.Key != "metrics.reporter.<name>.interval" || o.Type != "Duration" {
		t.Errorf("1.20 metrics.reporter.prom.interval = %+v, %v", o, ok)
	}
	o, ok = Option("1.20", "$internal.application.main")
	if !ok || o.Documented {
		t.Errorf("1.20 $internal.application.main = %+v, %v", o, ok)
	}
	o, ok = Option("1.20", "execution.checkpointing.alignment-timeout")
	if !ok || !o.Deprecated || o.Type != "Duration" {
		t.Errorf("1.20 execution.checkpointing.alignment-timeout = %+v, %v; want a deprecated option", o, ok)
	}
	o, ok = Option("1.20", "metrics.reporter.prom.port")
	if !ok || o.Key != "metrics.reporter.<name>.<parameter>" {
		t.Errorf("1.20 metrics.reporter.prom.port = %+v, %v; want the catch-all template", o, ok)
	}
	if _, ok := Option("1.20", "state.backend"); ok {
		t.Error("Option resolves a deprecated key; it should not")
	}
	if _, ok := Option("2.0", "taskmanager.heap.size"); ok {
		t.Error("2.0 has taskmanager.heap.size")
	}
	if _, ok := Option("3.0", "pipeline.max-parallelism"); ok {
		t.Error("unknown version has an option")
	}
	o, _ = Option("1.20", "execution.checkpointing.externalized-checkpoint-retention")
	o.Enum[0] = "x"
	if o2, _ := Option("1.20", "execution.checkpointing.externalized-checkpoint-retention"); o2.Enum[0] == "x" {
		t.Error("Option returns shared storage")
	}
}

func TestPrefixFamily(t *testing.T) {
	p, ok := newPrefixFamily("metrics.reporter.<name>.*")
	if !ok {
		t.Fatal("not a family")
	}
	for key, want := range map[string]bool{
		"metrics.reporter.prom.port":        true,
		"metrics.reporter.prom.a.b":         true,
		"metrics.reporter.prom":             false,
		"metrics.reporter..port":            false,
		"metrics.reporter.prom.":            false,
		"metrics.reporters":                 false,
		"metrics.reporterx.prom.port":       false,
		"xmetrics.reporter.prom.port":       false,
		"metrics.reporter.prom.factory.cls": true,
	} {
		if got := p.matches(key); got != want {
			t.Errorf("%q matches %v, want %v", key, got, want)
		}
	}
	if _, ok := newPrefixFamily("no.star"); ok {
		t.Error("a family without .* accepted")
	}
}

func TestCompareVersions(t *testing.T) {
	vs := []string{"2.1", "1.9", "1.20", "2.0", "1.15"}
	slices.SortFunc(vs, compareVersions)
	if want := []string{"1.9", "1.15", "1.20", "2.0", "2.1"}; !slices.Equal(vs, want) {
		t.Errorf("sorted %v, want %v", vs, want)
	}
}

// TestDatasetFootprint logs what loading costs; run with -v to see it.
func TestDatasetFootprint(t *testing.T) {
	if testing.Short() {
		t.Skip("measures")
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	d, err := load(datasetGz)
	elapsed := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(d)
	retained := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("load: %v, retained heap %.1f MiB, %d exact keys, %d canonical mappings, %d fields",
		elapsed, float64(retained)/(1<<20), len(d.exact), len(d.canonical), len(d.fields))
	if retained > 32<<20 {
		t.Errorf("the loaded dataset retains %d bytes", retained)
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(datasetGz)))
	for b.Loop() {
		if _, err := load(datasetGz); err != nil {
			b.Fatal(err)
		}
	}
}

// The dataset loads once, whichever goroutine asks first.
func TestConcurrentUse(t *testing.T) {
	done := make(chan string)
	for i := 0; i < 8; i++ {
		go func() {
			k, _ := OptionKey("PipelineOptions", "MAX_PARALLELISM")
			_ = Known("state.backend")
			_, _ = Option("2.0", k)
			done <- Canonical("state.backend")
		}()
	}
	for i := 0; i < 8; i++ {
		if got := <-done; got != "state.backend.type" {
			t.Errorf("Canonical = %q", got)
		}
	}
}

func TestRenamed(t *testing.T) {
	for key, want := range map[string][2]string{
		"high-availability.type":                {"1.17", "high-availability"},
		"state.backend.type":                    {"1.17", "state.backend"},
		"restart-strategy.type":                 {"1.17", "restart-strategy"},
		"execution.checkpointing.dir":           {"1.20", "state.checkpoints.dir"},
		"execution.checkpointing.incremental":   {"1.20", "state.backend.incremental"},
		"execution.checkpointing.savepoint-dir": {"1.20", "state.savepoints.dir"},
	} {
		since, old, ok := Renamed(key)
		if !ok || since != want[0] || old != want[1] {
			t.Errorf("Renamed(%s) = %q, %q, %v; want %v", key, since, old, ok, want)
		}
	}
	if _, _, ok := Renamed("pipeline.max-parallelism"); ok {
		t.Error("pipeline.max-parallelism was never renamed")
	}
	if n, ok := NameIn("1.18", "execution.checkpointing.dir"); !ok || n != "state.checkpoints.dir" {
		t.Errorf("NameIn(1.18, execution.checkpointing.dir) = %q, %v", n, ok)
	}
}

func TestSourceField(t *testing.T) {
	for src, want := range map[string][2]string{
		"flink-core:org.apache.flink.configuration.CheckpointingOptions#CHECKPOINTS_DIRECTORY": {"CheckpointingOptions", "CHECKPOINTS_DIRECTORY"},
		"flink-statebackend-rocksdb:org.apache.flink.state.rocksdb.RocksDBOptions$Inner#X":     {"Inner", "X"},
		"flink-table-planner_2.12:org.apache.flink.table.planner.Foo$#BAR":                     {"Foo", "BAR"},
		"flink-core/src/main/java/org/apache/flink/configuration/BlobServerOptions.java#PORT":  {"BlobServerOptions", "PORT"},
		"flink-core:org.apache.flink.configuration.CoreOptions#fileSystemConnectionLimit()":    {"CoreOptions", "fileSystemConnectionLimit()"},
	} {
		c, f, ok := sourceField(src)
		if !ok || c != want[0] || f != want[1] {
			t.Errorf("sourceField(%q) = %q, %q, %v; want %v", src, c, f, ok, want)
		}
	}
	for _, src := range []string{"", "no-field", "x#"} {
		if _, _, ok := sourceField(src); ok {
			t.Errorf("sourceField(%q) ok", src)
		}
	}
}
