package streamgraph

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/scan"
)

// buildJava scans one Java job and builds its stream graph.
func buildJava(t *testing.T, body string, opt Options) *Built {
	t.Helper()
	dir := t.TempDir()
	src := `package demo;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.TumblingProcessingTimeWindows;
import java.time.Duration;
import java.util.UUID;

public class Job {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
` + body + `
        env.execute("job");
    }
}
`
	if err := os.WriteFile(filepath.Join(dir, "Job.java"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := scan.Run(context.Background(), scan.Options{Paths: []string{dir}, Jobs: 1})
	if err != nil {
		t.Fatal(err)
	}
	var job *jobgraph.Job
	for _, j := range res.Program.Graph.Jobs {
		if !j.Synthetic {
			job = j
		}
	}
	if job == nil {
		t.Fatal("no job found")
	}
	return Build(job, opt)
}

const source = `env.fromSequence(1, 100)`

func TestUncertainWhereSourceDoesNotSay(t *testing.T) {
	for _, c := range []struct{ name, body, want string }{
		{"parallelism from arguments", source + `.map(x -> x).setParallelism(Integer.parseInt(args[0])).print();`,
			"sets a parallelism flinklint cannot compute"},
		{"random uid", source + `.map(x -> x).uid(UUID.randomUUID().toString()).print();`,
			"has a uid flinklint cannot compute"},
		{"cluster default unknown", source + `.map(x -> x).print().setParallelism(1);`,
			"depends on a parallelism flinklint does not know"},
		{"sink of a class flinklint cannot see", source + `.map(x -> "" + x).sinkTo(com.acme.Sinks.audit());`,
			"which operators the sink adds"},
		{"stream handed to a library", `DataStream<Long> s = ` + source + `;
        Pipelines.enrich(s);
        s.print();`, "Pipelines.enrich (line 14) hands the job's environment or a stream to code outside the scan"},
		{"environment handed to a library", `new Enricher(env);
        ` + source + `.print();`, "new Enricher"},
		{"Table API", `org.apache.flink.table.api.bridge.java.StreamTableEnvironment.create(env);
        ` + source + `.print();`, "StreamTableEnvironment.create"},
		{"stream method not modeled", source + `.executeAndCollect();`, "executeAndCollect (line 13) is a stream method flinklint does not model"},
		{"operator under a condition on arguments", `DataStream<Long> s = ` + source + `;
        if (args.length > 0) {
            s.print();
        }
        s.map(x -> x).print();`, "exists only if the statement at line 14 decides so"},
		{"operator in a lambda run by a library", `DataStream<Long> s = ` + source + `;
        Regions.all().forEach(r -> { s.print(); });`, "exists only if the statement at line 14 decides so, or as often as it does"},
		{"stream used in a lambda flinklint does not run", `DataStream<Long> s = ` + source + `;
        Regions.all().forEach(r -> s.print());`, "lambda given to forEach (line 14) hands the job's environment or a stream"},
		{"source before env.setParallelism", `DataStream<Long> s = ` + source + `;
        env.setParallelism(4);
        s.map(x -> x).print();`, "is created before the job sets its parallelism"},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := buildJava(t, c.body, Options{})
			if got := strings.Join(b.Graph.Uncertain, "; "); !strings.Contains(got, c.want) {
				t.Errorf("uncertain = %q, want it to say %q", got, c.want)
			}
			ids := b.Graph.Hashes()
			for _, n := range b.Graph.Nodes {
				if n.UID == "" && !ids.Uncertain[n.ID] {
					t.Errorf("node %d %q has no uid, so its ID must be uncertain in an uncertain graph", n.ID, n.Name)
				}
			}
		})
	}
	for _, body := range []string{
		source + `.map(x -> x).uid("m").print();`,
		// a loop over a constant list is unrolled: each round is known
		`DataStream<Long> s = ` + source + `;
        for (String r : java.util.List.of("eu", "us")) {
            s.filter(x -> x > 0).uid("f-" + r).print();
        }`,
	} {
		b := buildJava(t, body, Options{})
		if len(b.Graph.Uncertain) > 0 {
			t.Errorf("a job with nothing unknown is called uncertain: %q", b.Graph.Uncertain)
		}
	}
}

// TestUIDsStayCertain: in an uncertain graph, an operator with a known uid
// keeps a certain ID; one with a unknown uid does not.
func TestUIDsStayCertain(t *testing.T) {
	b := buildJava(t, source+`.uid("numbers").map(x -> x).uid(args[0]).setParallelism(Integer.parseInt(args[1])).print();`, Options{})
	ids := b.Graph.Hashes()
	if ids.Uncertain[1] || !ids.Uncertain[2] || !ids.Uncertain[3] {
		t.Errorf("uncertain nodes = %v, want 2 (unknown uid) and 3 (no uid), not 1 (uid %q)", ids.Uncertain, "numbers")
	}
	if got, want := ids.Operator[1], ID(murmur3([]byte("numbers"))); got != want {
		t.Errorf("source ID = %s, want murmur3(\"numbers\") = %s", got, want)
	}
}

// TestParallelismAtCreation: Flink gives an operator the environment's
// parallelism of the moment it is created, so the source below runs with
// the default and the map with 4, and they cannot chain.
func TestParallelismAtCreation(t *testing.T) {
	b := buildJava(t, `DataStream<Long> s = `+source+`;
        env.setParallelism(4);
        s.map(x -> x).print();`, Options{DefaultParallelism: 2})
	g := b.Graph
	t.Log(describe(g))
	if len(g.Nodes) != 3 || g.Nodes[0].Parallelism != 2 || g.Nodes[1].Parallelism != 4 {
		t.Fatalf("nodes = %v", describe(g))
	}
	if p := g.Nodes[0].Out[0].Partitioner; p != Rebalance {
		t.Errorf("source -> map is %s, want %s", p, Rebalance)
	}
}

// TestAddingAStatelessMapChangesDownstreamIDs is the failure issue 16 is
// about: a map added before a uid-less window changes the window's ID (its
// state would not be restored), while operators with a uid keep theirs.
func TestAddingAStatelessMapChangesDownstreamIDs(t *testing.T) {
	const tail = `.keyBy(x -> x % 10)
            .window(TumblingProcessingTimeWindows.of(Duration.ofMinutes(1)))
            .reduce((a, b) -> a + b)
            .print();`
	before := buildJava(t, source+`.uid("numbers")`+tail, Options{DefaultParallelism: 2})
	after := buildJava(t, source+`.uid("numbers").filter(x -> x > 0)`+tail, Options{DefaultParallelism: 2})
	b, a := before.Graph.Hashes(), after.Graph.Hashes()
	if b.Operator[1] != a.Operator[1] {
		t.Errorf("the source's uid-based ID changed: %s -> %s", b.Operator[1], a.Operator[1])
	}
	if b.Operator[2] == a.Operator[3] {
		t.Errorf("the window's ID did not change (%s): adding a map upstream must change it", b.Operator[2])
	}
}

func describe(g *Graph) string {
	var parts []string
	for _, n := range g.Nodes {
		parts = append(parts, fmt.Sprintf("%s/%d", n.Name, n.Parallelism))
	}
	return strings.Join(parts, ", ")
}

// TestChainingFromConfig: operator chaining switched off in a config file
// changes the IDs of uid-less operators (no edge counts as chainable), and
// code that sets it wins over the file.
func TestChainingFromConfig(t *testing.T) {
	const body = source + `.map(x -> x).print();`
	on := buildJava(t, body, Options{DefaultParallelism: 2})
	off := buildJava(t, body, Options{DefaultParallelism: 2, Config: map[string]string{jobgraph.KeyChaining: "false"}})
	if !on.Graph.Chaining || off.Graph.Chaining {
		t.Fatalf("chaining: default %v, with the config %v", on.Graph.Chaining, off.Graph.Chaining)
	}
	if on.Graph.Hashes().Operator[1] == off.Graph.Hashes().Operator[1] {
		t.Errorf("the source's ID does not depend on chaining")
	}
	code := buildJava(t, `env.disableOperatorChaining();
        `+body, Options{DefaultParallelism: 2, Config: map[string]string{jobgraph.KeyChaining: "true"}})
	if code.Graph.Chaining {
		t.Errorf("env.disableOperatorChaining() does not win over the config file")
	}
	cfg := buildJava(t, body, Options{Config: map[string]string{jobgraph.KeyParallelism: "3"}})
	if p := cfg.Graph.Nodes[0].Parallelism; p != 3 {
		t.Errorf("parallelism.default from the config: source has %d, want 3", p)
	}
}
