package k8s_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/flinklint/flinklint/analysis/config"
	"github.com/flinklint/flinklint/analysis/k8s"
	"github.com/flinklint/flinklint/parser"
)

// P builds a position: line, column, end line, end column (exclusive).
func P(l, c, el, ec int) parser.Pos { return parser.MakePos(l, c, el, ec) }

// find returns the position of the first occurrence of text on a 1-based
// line of src, columns counted independently of the reader (UTF-16 units).
func find(t *testing.T, src string, line int, text string) parser.Pos {
	t.Helper()
	lines := strings.Split(src, "\n")
	if line < 1 || line > len(lines) {
		t.Fatalf("no line %d", line)
	}
	i := strings.Index(lines[line-1], text)
	if i < 0 {
		t.Fatalf("line %d %q has no %q", line, lines[line-1], text)
	}
	col := len(utf16.Encode([]rune(lines[line-1][:i]))) + 1
	return P(line, col, line, col+len(utf16.Encode([]rune(text))))
}

// read reads src and checks what holds for every file.
func read(t *testing.T, src string) ([]*k8s.Resource, []k8s.Problem, bool) {
	t.Helper()
	res, ps, isFlink := k8s.Read("deploy/app.yaml", []byte(src))
	checkInvariants(t, src, res, ps)
	return res, ps, isFlink
}

// checkInvariants: positions lie inside the file, start before end; every
// resource has a kind position; messages never hold a value.
func checkInvariants(t *testing.T, src string, res []*k8s.Resource, ps []k8s.Problem) {
	t.Helper()
	lines := 1 + strings.Count(strings.ReplaceAll(src, "\r\n", "\n"), "\n") + strings.Count(strings.ReplaceAll(src, "\r\n", ""), "\r")
	check := func(what string, p parser.Pos) {
		if p.IsZero() {
			return
		}
		if p.Line < 1 || p.Col < 1 || p.EndLine < p.Line || (p.EndLine == p.Line && p.EndCol < p.Col) || int(p.EndLine) > lines {
			t.Errorf("%s: bad position %v (file has %d lines)", what, p, lines)
		}
	}
	for _, p := range ps {
		check("problem "+p.Message, p.Pos)
		check("related of "+p.Message, p.Related)
		if p.Pos.IsZero() {
			t.Errorf("problem without position: %q", p.Message)
		}
	}
	for _, r := range res {
		if r.Pos.IsZero() {
			t.Errorf("resource %s#%d without position", r.Path, r.Doc)
		}
		for name, f := range fields(r) {
			check(name+" key", f.KeyPos)
			check(name+" value", f.ValuePos)
			if f.Set && f.KeyPos.IsZero() {
				t.Errorf("%s set without a key position", name)
			}
		}
		for _, e := range r.FlinkConfiguration {
			check("conf "+e.Key, e.KeyPos)
			check("conf value "+e.Key, e.ValuePos)
		}
		for _, l := range r.LogConfiguration {
			check("log "+l.Name, l.KeyPos)
			check("log value "+l.Name, l.ValuePos)
			for i := range strings.Count(l.Content, "\n") + 1 {
				check(fmt.Sprintf("log %s line %d", l.Name, i), l.LinePos(i))
			}
		}
	}
}

func fields(r *k8s.Resource) map[string]k8s.Field {
	return map[string]k8s.Field{
		"apiVersion": r.APIVersion, "name": r.Name, "namespace": r.Namespace,
		"flinkVersion": r.FlinkVersion, "image": r.Image, "serviceAccount": r.ServiceAccount, "mode": r.Mode,
		"entryClass": r.EntryClass, "jarURI": r.JarURI, "upgradeMode": r.UpgradeMode, "parallelism": r.Parallelism,
		"state": r.State, "savepointTriggerNonce": r.SavepointTriggerNonce, "initialSavepointPath": r.InitialSavepointPath,
		"allowNonRestoredState": r.AllowNonRestoredState, "deploymentName": r.DeploymentName,
		"jobManagerReplicas": r.JobManagerReplicas, "jobManagerMemory": r.JobManagerMemory, "jobManagerCPU": r.JobManagerCPU,
		"taskManagerReplicas": r.TaskManagerReplicas, "taskManagerMemory": r.TaskManagerMemory, "taskManagerCPU": r.TaskManagerCPU,
		"taskManagerPodMemory": r.TaskManagerPodMemory, "ingress": r.Ingress, "serviceType": r.ServiceType,
	}
}

func fmtEntries(es []config.Entry) string {
	var b strings.Builder
	for _, e := range es {
		fmt.Fprintf(&b, "  %q = %q\n", e.Key, e.Value)
	}
	return b.String()
}

func fmtProblems(ps []k8s.Problem) string {
	var b strings.Builder
	for _, p := range ps {
		fmt.Fprintf(&b, "  %s %v %q related %v\n", p.Kind, p.Pos, p.Message, p.Related)
	}
	return b.String()
}

// wantField checks a field's value and that its key and value sit where
// the text says.
func wantField(t *testing.T, src, name string, f k8s.Field, value string, keyLine int, key string, valueLine int, valueText string) {
	t.Helper()
	if !f.Set || f.Value != value {
		t.Errorf("%s = %q (set %v), want %q", name, f.Value, f.Set, value)
	}
	if want := find(t, src, keyLine, key); f.KeyPos != want {
		t.Errorf("%s key at %v, want %v", name, f.KeyPos, want)
	}
	if want := find(t, src, valueLine, valueText); f.ValuePos != want {
		t.Errorf("%s value at %v, want %v", name, f.ValuePos, want)
	}
}

// A production FlinkDeployment in the shape of the operator's examples
// (basic-checkpoint-ha.yaml, custom-logging.yaml): flat flinkConfiguration
// with quoted keys, an application job, two JobManagers, deprecated
// resource blocks, a log4j file.
const deployment = `# Orders enricher, production.
apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: orders-enricher
  namespace: streaming
spec:
  image: registry.example.com/orders-enricher:1.4.2
  flinkVersion: v1_20
  serviceAccount: flink
  flinkConfiguration:
    "taskmanager.numberOfTaskSlots": "4"
    'state.backend.type': rocksdb
    execution.checkpointing.interval: 30s
    execution.checkpointing.dir: s3://flink/orders/checkpoints
    pipeline.max-parallelism: 256
    execution.checkpointing.incremental: true
    high-availability.type: kubernetes
  jobManager:
    replicas: 2
    resource:
      memory: "2048m"
      cpu: 1
  taskManager:
    resource:
      memory: "2048m"
      cpu: 2
  job:
    jarURI: local:///opt/flink/usrlib/orders-enricher.jar
    entryClass: com.example.orders.OrdersEnricherJob
    parallelism: 8
    upgradeMode: last-state
    state: running
    allowNonRestoredState: false
  logConfiguration:
    "log4j-console.properties": |
      rootLogger.level = INFO
      rootLogger.appenderRef.console.ref = ConsoleAppender

      logger.orders.name = com.example.orders
      logger.orders.level = DEBUG
`

func TestReadFlinkDeployment(t *testing.T) {
	res, ps, isFlink := read(t, deployment)
	if !isFlink || len(res) != 1 || len(ps) != 0 {
		t.Fatalf("isFlink %v, %d resources, problems:\n%s", isFlink, len(res), fmtProblems(ps))
	}
	r := res[0]
	if r.Path != "deploy/app.yaml" || r.Doc != 0 || r.Kind != k8s.FlinkDeployment || r.Pos != P(3, 1, 3, 5) {
		t.Errorf("resource %s#%d %s at %v", r.Path, r.Doc, r.Kind, r.Pos)
	}
	src := deployment
	wantField(t, src, "apiVersion", r.APIVersion, "flink.apache.org/v1beta1", 2, "apiVersion", 2, "flink.apache.org/v1beta1")
	wantField(t, src, "name", r.Name, "orders-enricher", 5, "name", 5, "orders-enricher")
	wantField(t, src, "namespace", r.Namespace, "streaming", 6, "namespace", 6, "streaming")
	wantField(t, src, "image", r.Image, "registry.example.com/orders-enricher:1.4.2", 8, "image", 8, "registry.example.com/orders-enricher:1.4.2")
	wantField(t, src, "flinkVersion", r.FlinkVersion, "v1_20", 9, "flinkVersion", 9, "v1_20")
	wantField(t, src, "serviceAccount", r.ServiceAccount, "flink", 10, "serviceAccount", 10, "flink")
	wantField(t, src, "jobManager.replicas", r.JobManagerReplicas, "2", 20, "replicas", 20, "2")
	wantField(t, src, "jobManager memory", r.JobManagerMemory, "2048m", 22, "memory", 22, `"2048m"`)
	wantField(t, src, "jobManager cpu", r.JobManagerCPU, "1", 23, "cpu", 23, "1")
	wantField(t, src, "taskManager memory", r.TaskManagerMemory, "2048m", 26, "memory", 26, `"2048m"`)
	wantField(t, src, "taskManager cpu", r.TaskManagerCPU, "2", 27, "cpu", 27, "2")
	wantField(t, src, "jarURI", r.JarURI, "local:///opt/flink/usrlib/orders-enricher.jar", 29, "jarURI", 29, "local:///opt/flink/usrlib/orders-enricher.jar")
	wantField(t, src, "entryClass", r.EntryClass, "com.example.orders.OrdersEnricherJob", 30, "entryClass", 30, "com.example.orders.OrdersEnricherJob")
	wantField(t, src, "parallelism", r.Parallelism, "8", 31, "parallelism", 31, "8")
	wantField(t, src, "upgradeMode", r.UpgradeMode, "last-state", 32, "upgradeMode", 32, "last-state")
	wantField(t, src, "state", r.State, "running", 33, "state", 33, "running")
	wantField(t, src, "allowNonRestoredState", r.AllowNonRestoredState, "false", 34, "allowNonRestoredState", 34, "false")
	if r.JobPos != find(t, src, 28, "job") || r.IsSessionCluster() {
		t.Errorf("job at %v, session cluster %v", r.JobPos, r.IsSessionCluster())
	}
	if r.FlinkConfigurationPos != find(t, src, 11, "flinkConfiguration") {
		t.Errorf("flinkConfiguration at %v", r.FlinkConfigurationPos)
	}
	for name, f := range map[string]k8s.Field{"mode": r.Mode, "deploymentName": r.DeploymentName, "savepointTriggerNonce": r.SavepointTriggerNonce,
		"taskManager.replicas": r.TaskManagerReplicas, "pod memory": r.TaskManagerPodMemory, "ingress": r.Ingress, "serviceType": r.ServiceType} {
		if f != (k8s.Field{}) {
			t.Errorf("%s = %+v, want unset", name, f)
		}
	}
	if r.IngressTLS {
		t.Error("IngressTLS without an ingress")
	}

	want := []config.Entry{
		{Key: "taskmanager.numberOfTaskSlots", Value: "4", KeyPos: find(t, src, 12, `"taskmanager.numberOfTaskSlots"`), ValuePos: find(t, src, 12, `"4"`)},
		{Key: "state.backend.type", Value: "rocksdb", KeyPos: find(t, src, 13, `'state.backend.type'`), ValuePos: find(t, src, 13, "rocksdb")},
		{Key: "execution.checkpointing.interval", Value: "30s", KeyPos: find(t, src, 14, "execution.checkpointing.interval"), ValuePos: find(t, src, 14, "30s")},
		{Key: "execution.checkpointing.dir", Value: "s3://flink/orders/checkpoints", KeyPos: find(t, src, 15, "execution.checkpointing.dir"), ValuePos: find(t, src, 15, "s3://flink/orders/checkpoints")},
		{Key: "pipeline.max-parallelism", Value: "256", KeyPos: find(t, src, 16, "pipeline.max-parallelism"), ValuePos: find(t, src, 16, "256")},
		{Key: "execution.checkpointing.incremental", Value: "true", KeyPos: find(t, src, 17, "execution.checkpointing.incremental"), ValuePos: find(t, src, 17, "true")},
		{Key: "high-availability.type", Value: "kubernetes", KeyPos: find(t, src, 18, "high-availability.type"), ValuePos: find(t, src, 18, "kubernetes")},
	}
	if len(r.FlinkConfiguration) != len(want) {
		t.Fatalf("flinkConfiguration:\n%swant:\n%s", fmtEntries(r.FlinkConfiguration), fmtEntries(want))
	}
	for i, e := range r.FlinkConfiguration {
		if e != want[i] {
			t.Errorf("entry %d = %+v\nwant %+v", i, e, want[i])
		}
	}

	if len(r.LogConfiguration) != 1 {
		t.Fatalf("%d log files", len(r.LogConfiguration))
	}
	l := r.LogConfiguration[0]
	if l.Name != "log4j-console.properties" || l.KeyPos != find(t, src, 36, `"log4j-console.properties"`) || l.ValuePos != find(t, src, 36, "|") {
		t.Errorf("log file %q key %v value %v", l.Name, l.KeyPos, l.ValuePos)
	}
	if !strings.HasPrefix(l.Content, "rootLogger.level = INFO\n") || !strings.HasSuffix(l.Content, "logger.orders.level = DEBUG\n") {
		t.Errorf("content %q", l.Content)
	}
	if l.FirstLine != 37 || l.Indent != 6 {
		t.Errorf("first line %d indent %d, want 37 and 6", l.FirstLine, l.Indent)
	}
	// Line 4 of the content (after a blank line) is manifest line 41.
	if got, want := l.LinePos(4), find(t, src, 41, "logger.orders.level = DEBUG"); got != want {
		t.Errorf("LinePos(4) = %v, want %v", got, want)
	}
	if got := l.LinePos(5); got != l.ValuePos {
		t.Errorf("LinePos past the end = %v, want the value %v", got, l.ValuePos)
	}
}

// A session job in the shape of basic-session-job-only.yaml, with job-level
// configuration.
const sessionJob = `apiVersion: flink.apache.org/v1beta1
kind: FlinkSessionJob
metadata:
  name: payments-fraud
spec:
  deploymentName: shared-session
  flinkConfiguration:
    execution.checkpointing.savepoint-dir: s3://flink/payments/savepoints
  job:
    jarURI: https://artifacts.example.com/payments-fraud-2.3.0.jar
    entryClass: com.example.payments.FraudJob
    parallelism: 4
    upgradeMode: savepoint
    savepointTriggerNonce: 3
    initialSavepointPath: s3://flink/payments/savepoints/savepoint-1
  # Not in the FlinkSessionJob CRD: the API server prunes them.
  flinkVersion: v1_20
  jobManager: {replicas: 2}
`

func TestReadFlinkSessionJob(t *testing.T) {
	res, ps, isFlink := read(t, sessionJob)
	if !isFlink || len(res) != 1 || len(ps) != 0 {
		t.Fatalf("isFlink %v, %d resources, problems:\n%s", isFlink, len(res), fmtProblems(ps))
	}
	r, src := res[0], sessionJob
	if r.Kind != k8s.FlinkSessionJob || r.IsSessionCluster() {
		t.Errorf("kind %s, session cluster %v", r.Kind, r.IsSessionCluster())
	}
	wantField(t, src, "deploymentName", r.DeploymentName, "shared-session", 6, "deploymentName", 6, "shared-session")
	wantField(t, src, "upgradeMode", r.UpgradeMode, "savepoint", 13, "upgradeMode", 13, "savepoint")
	wantField(t, src, "savepointTriggerNonce", r.SavepointTriggerNonce, "3", 14, "savepointTriggerNonce", 14, "3")
	wantField(t, src, "initialSavepointPath", r.InitialSavepointPath, "s3://flink/payments/savepoints/savepoint-1", 15, "initialSavepointPath", 15, "s3://flink/payments/savepoints/savepoint-1")
	if r.FlinkVersion != (k8s.Field{}) || r.JobManagerReplicas != (k8s.Field{}) {
		t.Errorf("a session job has no flinkVersion or jobManager: %+v %+v", r.FlinkVersion, r.JobManagerReplicas)
	}
	if len(r.FlinkConfiguration) != 1 || r.FlinkConfiguration[0].Key != "execution.checkpointing.savepoint-dir" {
		t.Errorf("flinkConfiguration:\n%s", fmtEntries(r.FlinkConfiguration))
	}
}

// A multi-document file in the shape of basic-session-deployment-and-job.yaml,
// with a Service and a ConfigMap around the Flink resources.
const multiDoc = `---
apiVersion: v1
kind: Service
metadata:
  name: session-rest
  labels:
    app.kubernetes.io/part-of: flink.apache.org
spec:
  type: LoadBalancer
  ports:
    - port: 8081
---
apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: shared-session
spec:
  image: flink:1.20
  flinkVersion: v1_20
  jobManager:
    resources:
      requests:
        memory: "2048m"
        cpu: "1"
  taskManager:
    resources:
      requests:
        memory: "4096m"
      limits:
        memory: "6g"
        cpu: "2"
---
# nothing here
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: flink-extra
data:
  config.yaml: |
    kind: FlinkDeployment
---
apiVersion: flink.apache.org/v1beta1
kind: FlinkSessionJob
metadata:
  name: clicks
spec:
  deploymentName: shared-session
  job:
    jarURI: https://artifacts.example.com/clicks.jar
    parallelism: 2
    upgradeMode: stateless
`

func TestReadMultiDocument(t *testing.T) {
	res, ps, isFlink := read(t, multiDoc)
	if !isFlink || len(res) != 2 || len(ps) != 0 {
		t.Fatalf("isFlink %v, %d resources, problems:\n%s", isFlink, len(res), fmtProblems(ps))
	}
	d, j, src := res[0], res[1], multiDoc
	if d.Kind != k8s.FlinkDeployment || d.Doc != 1 || d.Pos != P(14, 1, 14, 5) || !d.IsSessionCluster() {
		t.Errorf("first: %s doc %d at %v session %v", d.Kind, d.Doc, d.Pos, d.IsSessionCluster())
	}
	if j.Kind != k8s.FlinkSessionJob || j.Doc != 4 || j.Pos != P(44, 1, 44, 5) || j.IsSessionCluster() {
		t.Errorf("second: %s doc %d at %v", j.Kind, j.Doc, j.Pos)
	}
	wantField(t, src, "jm memory", d.JobManagerMemory, "2048m", 23, "memory", 23, `"2048m"`)
	wantField(t, src, "jm cpu", d.JobManagerCPU, "1", 24, "cpu", 24, `"1"`)
	// A request wins over a limit; a limit stands in for a missing request.
	wantField(t, src, "tm memory", d.TaskManagerMemory, "4096m", 28, "memory", 28, `"4096m"`)
	wantField(t, src, "tm cpu", d.TaskManagerCPU, "2", 31, "cpu", 31, `"2"`)
	if v, ok := k8s.Version(d.FlinkVersion.Value); !ok || v != "1.20" {
		t.Errorf("version %q %v", v, ok)
	}
	wantField(t, src, "deploymentName", j.DeploymentName, "shared-session", 48, "deploymentName", 48, "shared-session")
	wantField(t, src, "upgradeMode", j.UpgradeMode, "stateless", 52, "upgradeMode", 52, "stateless")
}

func TestReadNotFlink(t *testing.T) {
	for name, src := range map[string]string{
		// Helm values of a chart that renders a FlinkDeployment.
		"helm values": `image:
  repository: registry.example.com/orders
flinkVersion: v1_20
flinkConfiguration:
  execution.checkpointing.interval: 10s
job:
  upgradeMode: stateless
`,
		// An autoscaler pointing at a FlinkDeployment (examples/hpa).
		"hpa": `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: orders
spec:
  scaleTargetRef:
    apiVersion: flink.apache.org/v1beta1
    kind: FlinkDeployment
    name: orders
`,
		"snapshot":            "apiVersion: flink.apache.org/v1beta1\nkind: FlinkStateSnapshot\nspec:\n  savepoint: {}\n",
		"other group":         "apiVersion: flink.example.com/v1\nkind: FlinkDeployment\nspec:\n  flinkVersion: v1_20\n",
		"no apiVersion":       "kind: FlinkDeployment\nspec:\n  flinkVersion: v1_20\n",
		"kind not a string":   "apiVersion: flink.apache.org/v1beta1\nkind: [FlinkDeployment]\n",
		"list document":       "- apiVersion: flink.apache.org/v1beta1\n  kind: FlinkDeployment\n",
		"scalar document":     "flink.apache.org\n",
		"empty":               "",
		"comments only":       "# apiVersion: flink.apache.org/v1beta1\n# kind: FlinkDeployment\n",
		"empty documents":     "---\n---\n...\n",
		"lowercase kind":      "apiVersion: flink.apache.org/v1beta1\nkind: flinkdeployment\n",
		"crd of the operator": "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nspec:\n  group: flink.apache.org\n  names:\n    kind: FlinkDeployment\n",
	} {
		t.Run(name, func(t *testing.T) {
			res, ps, isFlink := read(t, src)
			if isFlink || len(res) != 0 || len(ps) != 0 {
				t.Errorf("isFlink %v, %d resources, problems:\n%s", isFlink, len(res), fmtProblems(ps))
			}
		})
	}
}

func TestReadNestedConfiguration(t *testing.T) {
	// Nested and flat keys together (operator 1.13+), as in
	// basic-checkpoint-ha.yaml; lists join with ';'; numbers and booleans
	// read as written.
	src := `apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata: {name: nested}
spec:
  flinkConfiguration:
    taskmanager.numberOfTaskSlots: 2
    execution:
      checkpointing:
        interval: 10s
        incremental: yes
    high-availability:
      type: kubernetes
      storageDir: s3://flink/ha
    state.backend.type: rocksdb
    env.java.opts.all: [-XX:+UseG1GC, -Xss2m]
    pipeline.max-parallelism: 1024
    kubernetes.operator.periodic.savepoint.interval:
`
	res, ps, _ := read(t, src)
	if len(res) != 1 || len(ps) != 0 {
		t.Fatalf("%d resources, problems:\n%s", len(res), fmtProblems(ps))
	}
	got := fmtEntries(res[0].FlinkConfiguration)
	want := fmtEntries([]config.Entry{
		{Key: "taskmanager.numberOfTaskSlots", Value: "2"},
		{Key: "execution.checkpointing.interval", Value: "10s"},
		{Key: "execution.checkpointing.incremental", Value: "true"},
		{Key: "high-availability.type", Value: "kubernetes"},
		{Key: "high-availability.storageDir", Value: "s3://flink/ha"},
		{Key: "state.backend.type", Value: "rocksdb"},
		{Key: "env.java.opts.all", Value: "-XX:+UseG1GC;-Xss2m"},
		{Key: "pipeline.max-parallelism", Value: "1024"},
		{Key: "kubernetes.operator.periodic.savepoint.interval", Value: ""},
	})
	if got != want {
		t.Errorf("entries:\n%swant:\n%s", got, want)
	}
	e := res[0].FlinkConfiguration[1]
	if e.KeyPos != find(t, src, 9, "interval") || e.ValuePos != find(t, src, 9, "10s") {
		t.Errorf("nested key at %v value at %v", e.KeyPos, e.ValuePos)
	}
	if n := res[0].Name; n.Value != "nested" || n.ValuePos != find(t, src, 3, "nested") {
		t.Errorf("name in a flow mapping: %+v", n)
	}

	// The same key nested and flat.
	dup := "apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nspec:\n  flinkConfiguration:\n    execution:\n      checkpointing.interval: 10s\n    execution.checkpointing.interval: 1m\n"
	_, ps, _ = read(t, dup)
	if len(ps) != 1 || ps[0].Kind != config.ProblemDuplicate || ps[0].Pos != find(t, dup, 7, "execution.checkpointing.interval") ||
		ps[0].Related != find(t, dup, 6, "checkpointing.interval") || !strings.Contains(ps[0].Message, `"execution.checkpointing.interval"`) ||
		!strings.Contains(ps[0].Message, "the Kubernetes operator keeps only one") {
		t.Errorf("problems:\n%s", fmtProblems(ps))
	}

	// Not a mapping.
	bad := "apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nspec:\n  flinkConfiguration: [a, b]\n"
	res, ps, _ = read(t, bad)
	if len(res) != 1 || len(ps) != 1 || ps[0].Kind != config.ProblemSyntax || ps[0].Pos != find(t, bad, 4, "[a, b]") {
		t.Errorf("problems:\n%s", fmtProblems(ps))
	}
}

func TestReadPositions(t *testing.T) {
	// Columns count UTF-16 code units: é is one, 😀 two. Flow mappings end
	// plain scalars at ',' and '}'. CR LF line ends.
	src := "apiVersion: flink.apache.org/v1beta1\r\n" +
		"kind: FlinkDeployment\r\n" +
		"metadata: {name: \"zürich-😀\", namespace: données}\r\n" +
		"spec:\r\n" +
		"  job: {entryClass: com.exämple.Job, upgradeMode: savepoint}\r\n" +
		"  flinkConfiguration: {pipeline.name: \"é😀\", parallelism.default: 4}\r\n"
	res, ps, _ := read(t, src)
	if len(res) != 1 || len(ps) != 0 {
		t.Fatalf("%d resources, problems:\n%s", len(res), fmtProblems(ps))
	}
	r := res[0]
	if r.Name.Value != "zürich-😀" || r.Name.KeyPos != P(3, 12, 3, 16) || r.Name.ValuePos != P(3, 18, 3, 29) {
		t.Errorf("name %+v", r.Name)
	}
	if r.Namespace.Value != "données" || r.Namespace.KeyPos != P(3, 31, 3, 40) || r.Namespace.ValuePos != P(3, 42, 3, 49) {
		t.Errorf("namespace %+v", r.Namespace)
	}
	if r.EntryClass.Value != "com.exämple.Job" || r.EntryClass.ValuePos != P(5, 21, 5, 36) {
		t.Errorf("entryClass %+v", r.EntryClass)
	}
	if r.UpgradeMode.Value != "savepoint" || r.UpgradeMode.KeyPos != P(5, 38, 5, 49) || r.UpgradeMode.ValuePos != P(5, 51, 5, 60) {
		t.Errorf("upgradeMode %+v", r.UpgradeMode)
	}
	if len(r.FlinkConfiguration) != 2 {
		t.Fatalf("entries:\n%s", fmtEntries(r.FlinkConfiguration))
	}
	if e := r.FlinkConfiguration[1]; e.Key != "parallelism.default" || e.Value != "4" || e.KeyPos != P(6, 46, 6, 65) || e.ValuePos != P(6, 67, 6, 68) {
		t.Errorf("entry after non-ASCII: %+v", e)
	}
	// Each position agrees with the independent computation.
	for _, c := range []struct {
		got        parser.Pos
		line       int
		text       string
		what, want string
	}{
		{r.Name.ValuePos, 3, `"zürich-😀"`, "name", ""},
		{r.EntryClass.ValuePos, 5, "com.exämple.Job", "entryClass", ""},
		{r.FlinkConfiguration[1].KeyPos, 6, "parallelism.default", "conf key", ""},
	} {
		if want := find(t, strings.ReplaceAll(src, "\r\n", "\n"), c.line, c.text); c.got != want {
			t.Errorf("%s at %v, want %v", c.what, c.got, want)
		}
	}
}

func TestReadBrokenYAML(t *testing.T) {
	// The first document is read; the broken second one and everything
	// after it are not.
	src := deployment + `---
apiVersion: flink.apache.org/v1beta1
kind: FlinkSessionJob
spec:
  job:
    upgradeMode: savepoint
   entryClass: x
---
apiVersion: flink.apache.org/v1beta1
kind: FlinkSessionJob
`
	res, ps, isFlink := read(t, src)
	if !isFlink || len(res) != 1 || res[0].Name.Value != "orders-enricher" {
		t.Errorf("isFlink %v, %d resources", isFlink, len(res))
	}
	// yaml.v3 names the line of the mapping the bad key breaks (spec:'s
	// first key, line 46), not the bad key itself (line 48).
	if len(ps) != 1 || ps[0].Kind != config.ProblemSyntax || ps[0].Pos != find(t, src, 46, "job:") {
		t.Errorf("problems:\n%swant one on line 46", fmtProblems(ps))
	}

	// A broken manifest is still recognised as one, from its text.
	broken := "apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nspec:\n  image: \"unterminated\n"
	res, ps, isFlink = read(t, broken)
	if !isFlink || len(res) != 0 || len(ps) != 1 || ps[0].Kind != config.ProblemSyntax {
		t.Errorf("isFlink %v, %d resources, problems:\n%s", isFlink, len(res), fmtProblems(ps))
	}
	// A broken Helm template of another kind is not.
	helm := "apiVersion: v1\nkind: Service\nmetadata:\n  labels: {{ include \"flink.apache.org/labels\" . }}\n  x: [\n"
	_, ps, isFlink = read(t, helm)
	if isFlink || len(ps) != 1 {
		t.Errorf("isFlink %v, problems:\n%s", isFlink, fmtProblems(ps))
	}
}

func TestReadInvalidUTF8(t *testing.T) {
	src := "apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: é\xff\n"
	res, ps, isFlink := read(t, src)
	if !isFlink || len(res) != 0 || len(ps) != 1 || ps[0].Kind != config.ProblemEncoding || ps[0].Pos != P(4, 10, 4, 11) {
		t.Errorf("isFlink %v, %d resources, problems:\n%s", isFlink, len(res), fmtProblems(ps))
	}
}

func TestReadDuplicateKeys(t *testing.T) {
	src := `apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: dup
spec:
  flinkConfiguration:
    s3.secret-key: hunter2
    s3.secret-key: s3cr3t
  job:
    upgradeMode: stateless
    upgradeMode: last-state
  job:
    entryClass: x
`
	res, ps, _ := read(t, src)
	if len(res) != 1 {
		t.Fatalf("%d resources", len(res))
	}
	want := []struct {
		pos, related parser.Pos
		msg          string
	}{
		{find(t, src, 8, "s3.secret-key"), find(t, src, 7, "s3.secret-key"), `duplicate key "s3.secret-key" in one mapping (first on line 7): kubectl refuses the manifest`},
		{find(t, src, 11, "upgradeMode"), find(t, src, 10, "upgradeMode"), `duplicate key "upgradeMode" in spec.job (first on line 10): kubectl refuses the manifest`},
		{find(t, src, 12, "job"), find(t, src, 9, "job"), `duplicate key "job" in spec (first on line 9): kubectl refuses the manifest`},
	}
	if len(ps) != len(want) {
		t.Fatalf("problems:\n%s", fmtProblems(ps))
	}
	for i, w := range want {
		if p := ps[i]; p.Kind != config.ProblemDuplicate || p.Pos != w.pos || p.Related != w.related || p.Message != w.msg {
			t.Errorf("problem %d = %s %v %v %q\nwant %v %v %q", i, p.Kind, p.Pos, p.Related, p.Message, w.pos, w.related, w.msg)
		}
	}
	for _, p := range ps {
		for _, v := range []string{"hunter2", "s3cr3t", "stateless", "last-state"} {
			if strings.Contains(p.Message, v) {
				t.Errorf("message %q holds the value %q", p.Message, v)
			}
		}
	}
	// The last job wins, as lenient YAML-to-JSON conversion keeps it.
	if r := res[0]; r.EntryClass.Value != "x" || r.UpgradeMode.Set {
		t.Errorf("entryClass %+v upgradeMode %+v", r.EntryClass, r.UpgradeMode)
	}
}

func TestReadResources(t *testing.T) {
	src := `apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
spec:
  podTemplate:
    spec:
      containers:
        - name: flink-main-container
          resources:
            limits:
              memory: 3Gi
  jobManager:
    resources:
      requests:
        cpu: "1"
    resource:
      memory: 1g
  taskManager:
    replicas: 3
    resource:
      memory: 2g
    podTemplate:
      spec:
        containers:
          - name: sidecar
            resources: {requests: {memory: 64Mi}}
          - name: flink-main-container
            resources: {requests: {memory: 4Gi}}
  ingress:
    template: "{{name}}.{{namespace}}.flink.example.com"
    className: nginx
    tls:
      - hosts: [orders.flink.example.com]
        secretName: orders-tls
`
	res, _, _ := read(t, src)
	if len(res) != 1 {
		t.Fatalf("%d resources", len(res))
	}
	r := res[0]
	// resources with requests or limits shadows the deprecated resource,
	// even for a value it lacks (FlinkConfigBuilder.applyResourceConfig).
	if r.JobManagerMemory.Set || r.JobManagerCPU.Value != "1" {
		t.Errorf("jm memory %+v cpu %+v", r.JobManagerMemory, r.JobManagerCPU)
	}
	wantField(t, src, "tm memory", r.TaskManagerMemory, "2g", 20, "memory", 20, "2g")
	wantField(t, src, "tm replicas", r.TaskManagerReplicas, "3", 18, "replicas", 18, "3")
	// The TaskManager's own template before the common one.
	wantField(t, src, "tm pod memory", r.TaskManagerPodMemory, "4Gi", 27, "memory", 27, "4Gi")
	wantField(t, src, "ingress template", r.Ingress, "{{name}}.{{namespace}}.flink.example.com", 28, "ingress", 29, `"{{name}}.{{namespace}}.flink.example.com"`)
	if !r.IngressTLS {
		t.Error("ingress with a tls list: IngressTLS false")
	}

	// Without a TaskManager template, the common one; an ingress without
	// TLS; another without a template.
	for _, c := range []struct {
		ingress string
		tls     bool
	}{
		{"  ingress:\n    template: \"/{{namespace}}/{{name}}(/|$)(.*)\"\n    annotations:\n      nginx.ingress.kubernetes.io/rewrite-target: \"/$2\"\n", false},
		{"  ingress:\n    className: alb\n    annotations:\n      alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:eu-west-1:1:certificate/x\n", true},
		{"  ingress:\n    annotations:\n      traefik.ingress.kubernetes.io/router.tls: \"true\"\n", true},
		{"  ingress:\n    annotations:\n      cert-manager.io/cluster-issuer: letsencrypt\n    tls: []\n", false},
	} {
		src := "apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nspec:\n  podTemplate:\n    spec:\n      containers:\n        - name: flink-main-container\n          resources:\n            requests:\n              memory: 3Gi\n" + c.ingress
		res, _, _ := read(t, src)
		r := res[0]
		if r.TaskManagerPodMemory.Value != "3Gi" || !r.Ingress.Set || r.Ingress.KeyPos != find(t, src, 11, "ingress") || r.IngressTLS != c.tls {
			t.Errorf("%s: pod memory %+v ingress %+v tls %v", c.ingress, r.TaskManagerPodMemory, r.Ingress, r.IngressTLS)
		}
	}
}

func TestReadAliasesAndMerges(t *testing.T) {
	src := `apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: &name aliased
spec:
  job: &job
    upgradeMode: savepoint
    <<: {entryClass: com.example.Merged, upgradeMode: stateless}
  flinkConfiguration:
    pipeline.name: *name
  logConfiguration:
    log4j-console.properties: &log |2
        rootLogger.level = TRACE
    logback-console.xml: *log
`
	res, ps, _ := read(t, src)
	if len(res) != 1 || len(ps) != 0 {
		t.Fatalf("%d resources, problems:\n%s", len(res), fmtProblems(ps))
	}
	r := res[0]
	if r.UpgradeMode.Value != "savepoint" || r.EntryClass.Value != "com.example.Merged" {
		t.Errorf("upgradeMode %q entryClass %q: explicit keys win over merged ones", r.UpgradeMode.Value, r.EntryClass.Value)
	}
	if e := r.FlinkConfiguration; len(e) != 1 || e[0].Value != "aliased" || e[0].ValuePos != find(t, src, 10, "*name") {
		t.Errorf("entries %+v", e)
	}
	if len(r.LogConfiguration) != 2 {
		t.Fatalf("log files %+v", r.LogConfiguration)
	}
	for _, l := range r.LogConfiguration {
		// |2 under a key at column 5: content indented 4+2 = 6, so the
		// content keeps two spaces.
		if l.Content != "  rootLogger.level = TRACE\n" || l.FirstLine != 13 || l.LinePos(0) != P(13, 7, 13, 33) {
			t.Errorf("%s: content %q first line %d indent %d line 0 at %v", l.Name, l.Content, l.FirstLine, l.Indent, l.LinePos(0))
		}
	}
}

// billionLaughs builds levels of lists, each holding width aliases to the
// level below, inside a flinkConfiguration.
func billionLaughs(levels, width int) string {
	var b strings.Builder
	b.WriteString("apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nspec:\n  flinkConfiguration:\n")
	b.WriteString("    l0: &l0 [lol, lol, lol]\n")
	for i := 1; i <= levels; i++ {
		fmt.Fprintf(&b, "    l%d: &l%d [", i, i)
		for j := 0; j < width; j++ {
			if j > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "*l%d", i-1)
		}
		b.WriteString("]\n")
	}
	return b.String()
}

func TestReadAliasBombs(t *testing.T) {
	// 10^9 nodes without the budget: minutes, which go test's timeout
	// would catch; the problem reported proves the budget stopped it.
	one := billionLaughs(9, 10)
	many := strings.Repeat(one+"---\n", 200)
	for name, src := range map[string]string{"one": one, "many documents": many} {
		t.Run(name, func(t *testing.T) {
			res, ps, _ := read(t, src)
			if len(res) == 0 || len(ps) != len(res) {
				t.Fatalf("%d resources, %d problems", len(res), len(ps))
			}
			for _, r := range res {
				if len(r.FlinkConfiguration) != 0 {
					t.Errorf("doc %d: %d entries from a refused configuration", r.Doc, len(r.FlinkConfiguration))
				}
			}
			if !strings.Contains(ps[0].Message, "aliases expand to more than") || !strings.Contains(ps[0].Message, "the configuration is not read") {
				t.Errorf("problem %q", ps[0].Message)
			}
		})
	}
	// The budget is the file's, not each document's: once the first bomb
	// spent it, the second stops at its first alias (*l0 on its l1 line)
	// instead of expanding another 100,000 nodes.
	_, ps, _ := read(t, many)
	lines := strings.Count(one, "\n") + 1 // the document and its ---
	if want := find(t, many, lines+6, "*l0"); len(ps) < 2 || ps[1].Pos != want {
		t.Errorf("second bomb reported at %v, want its first alias %v", ps[1].Pos, want)
	}
}

func TestVersion(t *testing.T) {
	for in, want := range map[string]string{
		"v1_15": "1.15", "v1_18": "1.18", "v1_19": "1.19", "v1_20": "1.20",
		"v2_0": "2.0", "v2_1": "2.1", "v2_2": "2.2", "v2_4": "2.4", "v1_13": "1.13",
		"": "", "1.18": "", "v1.18": "", "V1_18": "", "v1_18 ": "", "v2_x": "", "v01_18": "", "v1_": "", "v_18": "", "v1_18_1": "", "v1_99999": "",
	} {
		got, ok := k8s.Version(in)
		if got != want || ok != (want != "") {
			t.Errorf("Version(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestLooks(t *testing.T) {
	if !k8s.Looks([]byte("apiVersion: flink.apache.org/v1beta1\n")) || k8s.Looks([]byte("apiVersion: apps/v1\nkind: Deployment\n")) {
		t.Error("Looks")
	}
	// Everything Read finds, Looks lets through.
	for _, src := range []string{deployment, sessionJob, multiDoc} {
		if !k8s.Looks([]byte(src)) {
			t.Errorf("Looks missed a manifest")
		}
	}
}

func TestReadByteOrderMark(t *testing.T) {
	res, ps, _ := read(t, "\ufeff"+sessionJob)
	if len(res) != 1 || len(ps) != 0 || res[0].Pos != P(2, 1, 2, 5) || res[0].APIVersion.KeyPos != P(1, 1, 1, 11) {
		t.Errorf("%d resources, problems:\n%s", len(res), fmtProblems(ps))
	}
}

func TestReadNulls(t *testing.T) {
	src := "apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nspec:\n  job:\n  flinkVersion:\n  image: ~\n  mode: \"\"\n"
	res, _, _ := read(t, src)
	r := res[0]
	if !r.IsSessionCluster() || !r.JobPos.IsZero() {
		t.Errorf("job: null is a session cluster; job at %v", r.JobPos)
	}
	if r.FlinkVersion.Set || r.FlinkVersion.KeyPos != find(t, src, 5, "flinkVersion") || !r.FlinkVersion.ValuePos.IsZero() || r.FlinkVersion.Pos() != r.FlinkVersion.KeyPos {
		t.Errorf("flinkVersion %+v", r.FlinkVersion)
	}
	if r.Image.Set || r.Image.ValuePos != find(t, src, 6, "~") {
		t.Errorf("image %+v", r.Image)
	}
	if !r.Mode.Set || r.Mode.Value != "" {
		t.Errorf("mode %+v", r.Mode)
	}
}

func BenchmarkRead(b *testing.B) {
	src := []byte(strings.Repeat(deployment+"---\n"+multiDoc, 20))
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		k8s.Read("deploy/app.yaml", src)
	}
}
