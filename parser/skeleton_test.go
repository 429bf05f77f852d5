package parser

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// typeDecls lists the type declarations Inspect visits below f, in order.
func typeDecls(f *File) []*TypeDecl {
	var out []*TypeDecl
	for _, td := range f.Types {
		Inspect(td, func(n any) bool {
			if t, ok := n.(*TypeDecl); ok {
				out = append(out, t)
			}
			return true
		})
	}
	return out
}

// withFacts computes the facts of every method of f, as dropping does.
func withFacts(f *File) *File {
	f.EachType(func(td *TypeDecl) {
		for _, m := range td.Methods {
			m.Facts()
		}
	})
	f.Comments = nil
	return f
}

// TestDropAndRestore drops the bodies of every Java fixture and restores
// them from a second parse: while dropped, the declarations, the classes
// declared in bodies (for the index) and each body's facts are still
// there; once restored, the file equals a fresh parse, and the classes
// declared in bodies are the skeleton's own.
func TestDropAndRestore(t *testing.T) {
	srcs := map[string][]byte{
		"nested": []byte(`package p;
class A {
  Runnable r = new Runnable() { public void run() { class L { void g() { new Object() { void h() { x.y(1); } }; } } } };
  static { new Thread(new Runnable() { public void run() { go(); } }); }
  void f() {
    env.getExecutionEnvironment();
    new B() { void m() { this.k(a, b); new C(); } };
    class Local { int v() { return Util.V.get(); } }
    list.stream().map(s -> s.trim()).forEach(System.out::println);
  }
  abstract static class N { abstract void a(); void b() { a(); } }
}`),
	}
	err := filepath.WalkDir(filepath.Join("..", "testdata"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".java") {
			return err
		}
		src, err := os.ReadFile(path)
		srcs[path] = src
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	p := NewParser()
	defer p.Close()
	parse := func(name string, src []byte) *File {
		f, err := p.Parse(context.Background(), name, src)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return f
	}
	dropped := 0
	for name, src := range srcs {
		// Every body dropped, then every other one (the driver keeps
		// the bodies a job likely enters).
		for _, partial := range []bool{false, true} {
			dropped += dropAndRestore(t, name, parse, src, partial)
		}
	}
	if dropped < 200 {
		t.Errorf("only %d bodies dropped: are the fixtures there?", dropped)
	}
}

func dropAndRestore(t *testing.T, name string, parse func(string, []byte) *File, src []byte, partial bool) int {
	t.Helper()
	skel, fresh, want := parse(name, src), parse(name, src), withFacts(parse(name, src))
	types := typeDecls(skel)
	hasBody := map[*Method]bool{}
	for _, td := range types {
		for _, m := range td.Methods {
			hasBody[m] = m.Body != nil
		}
	}
	i := 0
	keep := func(*Method) bool { i++; return partial && i%2 == 0 }
	n := skel.DropBodiesExcept(keep)
	if got := typeDecls(skel); !reflect.DeepEqual(got, types) {
		t.Errorf("%s: %d types visible after the drop, %d before", name, len(got), len(types))
	}
	wantRestored := map[*Method]bool{}
	for m, had := range hasBody {
		if m.Body != nil {
			if !partial {
				t.Errorf("%s: %s: body kept", name, m.Name)
			}
			continue
		}
		wantRestored[m] = had
		if m.HasBody() != had || m.Dropped() != had {
			t.Errorf("%s: %s: HasBody %v, Dropped %v after the drop; had a body: %v", name, m.Name, m.HasBody(), m.Dropped(), had)
		}
	}
	restored, err := skel.Restore(fresh)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if len(restored) != n {
		t.Errorf("%s: %d bodies restored, %d dropped", name, len(restored), n)
	}
	for _, m := range restored {
		if !wantRestored[m] {
			t.Errorf("%s: %s restored, but its body was not dropped", name, m.Name)
		}
	}
	if !reflect.DeepEqual(withFacts(skel), want) {
		t.Errorf("%s (partial %v): restored file differs from a fresh parse", name, partial)
	}
	if got := typeDecls(skel); !reflect.DeepEqual(got, types) {
		t.Errorf("%s: the restored bodies declare other classes than the skeleton's", name)
	}
	return n
}

func TestBodyFacts(t *testing.T) {
	f, err := NewParser().Parse(context.Background(), "A.java", []byte(`class A {
  void f() {
    StreamExecutionEnvironment.getExecutionEnvironment();
    go(1, 2);
    this.k();
    a.b.C.d(x.y());
    new B() { void m() { inner(); new D(); } };
    new E();
  }
}`))
	if err != nil {
		t.Fatal(err)
	}
	bf := f.Types[0].Methods[0].Facts()
	var calls []string
	for _, c := range bf.Calls {
		s := c.Name + "/" + strconv.Itoa(int(c.NArgs)) + "/" + c.Recv + "/" + strconv.Itoa(int(c.Kind))
		if c.InNested {
			s += "/nested"
		}
		calls = append(calls, s)
	}
	want := []string{"getExecutionEnvironment/0/StreamExecutionEnvironment/1", "go/2//0", "k/0/this/1", "d/1/a.b.C/2", "y/0/x/1", "inner/0//0/nested"}
	if !reflect.DeepEqual(calls, want) {
		t.Errorf("calls %q, want %q", calls, want)
	}
	if !reflect.DeepEqual(bf.News, []string{"B", "D", "E"}) || bf.Stmts != 6 || len(bf.Types) != 1 || bf.Types[0].Kind != KindAnonymous {
		t.Errorf("news %q, %d statements, %d types", bf.News, bf.Stmts, len(bf.Types))
	}
	bf.KeepCalls(func(c *CallFact) bool { return c.Kind == RecvIdent })
	if len(bf.Calls) != 3 || bf.Calls[0].Name != "getExecutionEnvironment" || bf.Calls[2].Name != "y" || cap(bf.Calls) != 3 {
		t.Errorf("kept %+v (cap %d)", bf.Calls, cap(bf.Calls))
	}
	if bf.KeepCalls(func(*CallFact) bool { return false }); len(bf.Calls) != 0 || len(bf.News) != 3 {
		t.Errorf("kept %+v, news %q", bf.Calls, bf.News)
	}
}

// TestRestoreChangedSource: a file edited between the parse and the
// restore is refused, and the skeleton stays as it was.
func TestRestoreChangedSource(t *testing.T) {
	p := NewParser()
	defer p.Close()
	parse := func(src string) *File {
		f, err := p.Parse(context.Background(), "A.java", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	for _, edited := range []string{
		"class A { void f() { g(); } void h() {} }",         // a method more
		"class A { void g() { g(); } }",                     // renamed
		"class A {\n void f() { g(); } }",                   // moved
		"class A { void f() { new B() { void x() {} }; } }", // same, to check the others
	} {
		skel := parse("class A { void f() { new B() { void x() {} }; } }")
		skel.DropBodies()
		_, err := skel.Restore(parse(edited))
		if strings.Contains(edited, "new B") {
			if err != nil {
				t.Errorf("%q: %v", edited, err)
			}
			continue
		}
		if err == nil {
			t.Errorf("%q: restored", edited)
		}
		if m := skel.Types[0].Methods[0]; !m.Dropped() {
			t.Errorf("%q: the skeleton changed", edited)
		}
	}
}
