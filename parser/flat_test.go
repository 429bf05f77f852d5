package parser

import (
	"context"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/java"
)

// flatDump renders a flat subtree one node a line: type, field, flags,
// byte range and child count, indented by depth.
func flatDump(b *strings.Builder, n *node, field string, depth int) {
	fmt.Fprintf(b, "%*s%s %s named=%v missing=%v err=%v [%d,%d) %d/%d\n", depth, "", n.Type(), field,
		n.IsNamed(), n.IsMissing(), n.HasError(), n.StartByte(), n.EndByte(), n.ChildCount(), n.NamedChildCount())
	fields := map[string]bool{}
	for i := 0; i < n.ChildCount(); i++ {
		if f := n.FieldNameForChild(i); f != "" {
			fields[f] = true
		}
	}
	for _, f := range slices.Sorted(maps.Keys(fields)) {
		at := -1
		if c := n.ChildByFieldName(f); c != nil {
			at = int(c.StartByte())
		}
		fmt.Fprintf(b, "%*s.%s=%d\n", depth, "", f, at)
	}
	for i := 0; i < n.ChildCount(); i++ {
		flatDump(b, n.Child(i), n.FieldNameForChild(i), depth+1)
	}
}

// bindingDump renders the binding's tree the same way.
func bindingDump(b *strings.Builder, n *sitter.Node, name string, depth int) {
	fmt.Fprintf(b, "%*s%s %s named=%v missing=%v err=%v [%d,%d) %d/%d\n", depth, "", n.Type(), name,
		n.IsNamed(), n.IsMissing(), n.HasError(), n.StartByte(), n.EndByte(), n.ChildCount(), n.NamedChildCount())
	var field func(int) string
	// The binding's FieldNameForChild (ts_node_field_name_for_child) gives
	// an extra node, a comment, the field of the child after it; the cursor
	// the flattener walks with gives it none, which the conversion relies on.
	field = func(i int) string {
		if n.Child(i).IsExtra() {
			return ""
		}
		return n.FieldNameForChild(i)
	}
	fields := map[string]bool{}
	for i := 0; i < int(n.ChildCount()); i++ {
		if f := field(i); f != "" {
			fields[f] = true
		}
	}
	for _, f := range slices.Sorted(maps.Keys(fields)) {
		at := -1
		if c := n.ChildByFieldName(f); c != nil {
			at = int(c.StartByte())
		}
		fmt.Fprintf(b, "%*s.%s=%d\n", depth, "", f, at)
	}
	for i := 0; i < int(n.ChildCount()); i++ {
		bindingDump(b, n.Child(i), field(i), depth+1)
	}
}

// TestFlatMatchesBinding checks the tree flat.c hands back against the one
// the binding's Go API walks, node for node, on every Java fixture and on
// inputs with syntax errors: flat.h restates the runtime's struct layouts,
// and this is what notices if a binding upgrade changes them.
func TestFlatMatchesBinding(t *testing.T) {
	inputs := map[string][]byte{
		"empty":     nil,
		"truncated": []byte("class A { void f() { env.fromSource(src, wm, \"s\").keyBy(x -> "),
		"garbage":   []byte("}}}{{{ class ; import ;; @@ 'x"),
		"nul":       []byte("class A { String s = \"\x00\xff\xfe\"; }"),
		"missing":   []byte("class A { int x = 1 }"),
	}
	err := filepath.WalkDir(filepath.Join("..", "testdata"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".java") {
			return err
		}
		src, err := os.ReadFile(path)
		inputs[path] = src
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(inputs) < 50 {
		t.Fatalf("only %d inputs: are the fixtures there?", len(inputs))
	}
	ts := newTSParser()
	defer ts.close()
	bp := sitter.NewParser()
	defer bp.Close()
	bp.SetLanguage(java.GetLanguage())
	for name, src := range inputs {
		flat, err := ts.parse(context.Background(), src)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var got, want strings.Builder
		flatDump(&got, flat.root(), "", 0)
		tree, err := bp.ParseCtx(context.Background(), nil, src)
		if err != nil {
			t.Fatalf("%s: binding: %v", name, err)
		}
		bindingDump(&want, tree.RootNode(), "", 0)
		tree.Close()
		if got.String() != want.String() {
			g, w := strings.Split(got.String(), "\n"), strings.Split(want.String(), "\n")
			for i := range min(len(g), len(w)) {
				if g[i] != w[i] {
					t.Fatalf("%s: line %d differs:\nflat:    %s\nbinding: %s", name, i+1, g[i], w[i])
				}
			}
			t.Fatalf("%s: %d lines flat, %d from the binding", name, len(g), len(w))
		}
	}
}

// TestFlatGrowsBuffer parses a file with more nodes than the first buffer
// holds, then a small one with the grown buffer.
func TestFlatGrowsBuffer(t *testing.T) {
	ts := newTSParser()
	defer ts.close()
	var b strings.Builder
	b.WriteString("class Big {\n")
	for i := range 3000 {
		fmt.Fprintf(&b, "  int f%d = %d + g(%d);\n", i, i, i)
	}
	b.WriteString("}\n")
	tree, err := ts.parse(context.Background(), []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(tree.nodes); n <= 4096 {
		t.Fatalf("%d nodes; the test needs more than the first buffer's 4096", n)
	}
	body := tree.root().NamedChild(0).ChildByFieldName("body")
	if got := body.NamedChildCount(); got != 3000 {
		t.Fatalf("class body has %d named children, want 3000", got)
	}
	tree, err = ts.parse(context.Background(), []byte("class Small {}"))
	if err != nil {
		t.Fatal(err)
	}
	if got := tree.root().NamedChild(0).ChildByFieldName("name"); got == nil || got.StartByte() != 6 {
		t.Fatalf("name of Small: %+v", got)
	}
}

// TestBigTreeReleased: a file past bigTree nodes is built with exact
// buffers, which the parser drops afterwards (issue 18: a generated file
// left hundreds of megabytes behind), and the next parse still works.
func TestBigTreeReleased(t *testing.T) {
	p := NewParser()
	defer p.Close()
	var b strings.Builder
	b.WriteString("class Big {\n")
	for i := 0; i < bigTree/20; i++ {
		fmt.Fprintf(&b, "  int f%d = g(%d, h(%d)) + k.m(%d);\n", i, i, i, i)
	}
	b.WriteString("}\n")
	f, err := p.Parse(context.Background(), "Big.java", []byte(b.String()))
	if err != nil || len(f.Errors) > 0 || len(f.Types) != 1 || len(f.Types[0].Fields) != bigTree/20 {
		t.Fatalf("big file: %v, %d types", err, len(f.Types))
	}
	if p.ts.words != nil || p.ts.tree.nodes != nil {
		t.Errorf("the buffers of a big tree are kept: %d words, %d nodes", len(p.ts.words), len(p.ts.tree.nodes))
	}
	f, err = p.Parse(context.Background(), "Small.java", []byte("class Small { int x; }"))
	if err != nil || len(f.Types) != 1 || f.Types[0].Name != "Small" || len(f.Types[0].Fields) != 1 {
		t.Fatalf("small file after a big one: %v %+v", err, f.Types)
	}
}

// lateCtx is already done but says so only from the second Err call on:
// parse's early check passes, and only the cancellation flag, set by the
// AfterFunc that sees Done closed, can stop the parse.
type lateCtx struct {
	context.Context
	calls atomic.Int32
	done  chan struct{}
}

func (c *lateCtx) Done() <-chan struct{} { return c.done }

func (c *lateCtx) Err() error {
	if c.calls.Add(1) == 1 {
		return nil
	}
	return context.Canceled
}

func TestFlatCancelled(t *testing.T) {
	ts := newTSParser()
	defer ts.close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ts.parse(ctx, []byte("class A {}")); err != context.Canceled {
		t.Fatalf("parse with a cancelled context: %v, want context.Canceled", err)
	}
	if _, err := ts.parse(context.Background(), []byte("class A {}")); err != nil {
		t.Fatalf("the next parse: %v", err)
	}
	// Cancelled while tree-sitter is parsing a large file.
	var b strings.Builder
	b.WriteString("class Big {\n")
	for i := range 200_000 {
		fmt.Fprintf(&b, "  int f%d = g(%d) + h(%d);\n", i, i, i)
	}
	b.WriteString("}\n")
	late := &lateCtx{Context: context.Background(), done: make(chan struct{})}
	close(late.done)
	if _, err := ts.parse(late, []byte(b.String())); err != context.Canceled {
		t.Fatalf("parse cancelled midway: %v, want context.Canceled", err)
	}
	if tree, err := ts.parse(context.Background(), []byte("class A {}")); err != nil || tree.root().NamedChildCount() != 1 {
		t.Fatalf("the parse after a cancelled one: %v", err)
	}
	ts.close()
	if _, err := ts.parse(context.Background(), []byte("class A {}")); err != errClosed {
		t.Fatalf("parse after close: %v", err)
	}
}
