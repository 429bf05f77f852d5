package index

import (
	"context"
	"errors"
	"testing"

	"github.com/flinklint/flinklint/parser"
)

// TestBodyRestores builds the index from files whose bodies were dropped
// after Prepare: state evidence and anonymous classes are all there, Body
// parses a file again on demand, keeps restored files within the budget,
// and reports a file it cannot restore once.
func TestBodyRestores(t *testing.T) {
	srcs := map[string]string{
		"A.java": `package p;
import org.apache.flink.api.common.state.ValueStateDescriptor;
class A extends org.apache.flink.streaming.api.functions.KeyedProcessFunction<String, String, String> {
  public void open() { getRuntimeContext().getState(new ValueStateDescriptor<>("seen", Boolean.class)); }
  void f() { new Runnable() { public void run() { g(); } }; }
}`,
		"B.java": "package p; class B { int b() { return 1; } }",
		"C.java": "package p; class C { int c() { return 2; } }",
	}
	p := parser.NewParser()
	defer p.Close()
	parse := func(name string) *parser.File {
		f, err := p.Parse(context.Background(), name, []byte(srcs[name]))
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	var ff []*FileFacts
	for _, n := range []string{"A.java", "B.java", "C.java"} {
		f := parse(n)
		ff = append(ff, Prepare(f))
		f.DropBodies()
	}
	ix := BuildFrom(ff)
	a := ix.Class("p.A")
	if got := whats(ix.StateEvidence(a)); got != `obtains ValueState "seen"` {
		t.Errorf("evidence of a dropped class: %q", got)
	}
	if ix.Class("p.A$1") == nil {
		t.Fatal("the anonymous class of a dropped body is not indexed")
	}
	if _, err := ix.Body(a, a.Method("f")); err == nil {
		t.Error("restored without a loader")
	}
	ix = BuildFrom(ff)
	loads := map[string]int{}
	ix.SetLoader(func(path string) (*parser.File, int64, error) {
		loads[path]++
		if path == "C.java" {
			return nil, 0, errors.New("gone")
		}
		return parse(path), 10, nil
	}, 15)
	a, b, c := ix.Class("p.A"), ix.Class("p.B"), ix.Class("p.C")
	body, err := ix.Body(a, a.Method("f"))
	if err != nil || body == nil || len(body.Stmts) != 1 {
		t.Fatalf("A.f: %v %v", body, err)
	}
	// The restored body's anonymous class is the indexed one.
	nw := body.Stmts[0].(*parser.ExprStmt).X.(*parser.New)
	if ix.ClassOf(nw.Body) != ix.Class("p.A$1") {
		t.Error("the restored anonymous class is not the indexed one")
	}
	if body, err := ix.Body(b, b.Method("b")); err != nil || body == nil {
		t.Fatalf("B.b: %v %v", body, err)
	}
	// Over budget (20 > 15): A's bodies were dropped again.
	if m := a.Method("f"); !m.Dropped() || b.Method("b").Dropped() {
		t.Errorf("A dropped: %v, B dropped: %v", m.Dropped(), b.Method("b").Dropped())
	}
	if _, err := ix.Body(c, c.Method("c")); err == nil {
		t.Error("no error for a file that cannot be read")
	}
	if body, err := ix.Body(c, c.Method("c")); body != nil || err != nil {
		t.Errorf("second try: %v %v", body, err)
	}
	if loads["C.java"] != 1 || ix.Restores() != 2 {
		t.Errorf("loads %v, restores %d", loads, ix.Restores())
	}
}
