package streamgraph

import (
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
			ids := fromGolden(d).Hashes()
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
