package streamgraph

import (
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/flinklint/flinklint/analysis/oracle"
)

const oracleRoot = "../../testdata/oracle"

var lines = []struct{ dir, version string }{
	{"flink1", "1.20"},
	{"flink2", "2.2"},
}

// fromGolden rebuilds the stream graph Flink recorded in a golden file,
// taking nodes and edges as Flink built them.
func fromGolden(d *oracle.Doc) *Graph {
	g := &Graph{Chaining: d.Settings.Chaining}
	for _, gn := range d.Nodes {
		n := &Node{Name: gn.Name, Parallelism: gn.Parallelism, MaxParallelism: gn.MaxParallelism,
			SlotSharingGroup: gn.SlotSharingGroup}
		if gn.UID != nil {
			n.UID = *gn.UID
		}
		if gn.UserHash != nil {
			n.UserHash = *gn.UserHash
		}
		if gn.ChainingStrategy != nil {
			n.Chaining = *gn.ChainingStrategy
		}
		op := ""
		if gn.Operator != nil {
			op = (*gn.Operator)[strings.LastIndex(*gn.Operator, ".")+1:]
		}
		switch op {
		case "":
			n.NoOperator = true
		case "SourceOperator":
			n.Source = true
		case "StreamSource":
			n.LegacySource = true
		case "AsyncWaitOperator", "ContinuousFileReaderOperator":
			n.Yielding = true
		}
		g.Add(n)
	}
	for _, e := range d.Edges {
		side := ""
		if e.SideOutput != nil {
			side = *e.SideOutput
		}
		g.Connect(g.Nodes[e.From-1], g.Nodes[e.To-1], e.Partitioner, e.Input, side)
	}
	return g
}

// TestHasherOnFlinksGraphs computes operator IDs on the stream graphs Flink
// itself built (the golden files) and holds them against the IDs Flink
// computed: it checks the hasher and the chaining rule alone, apart from
// how flinklint builds graphs from source.
func TestHasherOnFlinksGraphs(t *testing.T) {
	jobs := 0
	for _, l := range lines {
		docs, err := oracle.Load(filepath.Join(oracleRoot, "golden", l.dir))
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			jobs++
			g := fromGolden(d)
			if fix := edgeOrder[path.Base(strings.ReplaceAll(d.Job, ".", "/"))]; fix != nil {
				fix(g)
			}
			ids := g.Hashes()
			for _, gn := range d.Nodes {
				if got := ids.Generated[gn.ID].String(); got != gn.GeneratedOperatorID {
					t.Errorf("%s %s node %d %q: generated ID %s, Flink %s", l.dir, d.Job, gn.ID, gn.Name, got, gn.GeneratedOperatorID)
				}
				if got := ids.Operator[gn.ID].String(); got != gn.OperatorID {
					t.Errorf("%s %s node %d %q: operator ID %s, Flink %s", l.dir, d.Job, gn.ID, gn.Name, got, gn.OperatorID)
				}
			}
		}
	}
	t.Logf("%d jobs", jobs)
}

// edgeOrder restores, for the jobs where it matters, the order in which
// Flink added edges: a golden file lists edges sorted by node, but the walk
// follows a node's output edges in the order they were added, and inputs
// are mixed in in that order too.
var edgeOrder = map[string]func(g *Graph){
	// The writer of the sink with uid "discard-orders" (node 6) is created
	// when the stream graph is generated, so its id is above the map's
	// (node 5), but its edge from the source was added before the map's: the
	// sink transformation comes first in the environment's list.
	"SinkVarietyJob": func(g *Graph) {
		out := g.Nodes[0].Out
		out[3], out[4] = out[4], out[3]
	},
	// The map after env.iterate() gets its input from the real source
	// (node 3) first and from the iteration head (node 2) second; the
	// iteration head has the smaller id because iteration nodes are
	// numbered downwards from -1.
	"IterativeRetryJob": func(g *Graph) {
		in := g.Nodes[3].In
		in[0], in[1] = in[1], in[0]
	},
}
