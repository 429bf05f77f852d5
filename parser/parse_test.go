package parser

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func parse(t *testing.T, src string) *File {
	t.Helper()
	p := NewParser()
	defer p.Close()
	f, err := p.Parse(context.Background(), "X.java", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

const sample = `package com.acme;

import org.apache.flink.api.common.state.ValueState;
import static java.util.Objects.requireNonNull;
import org.apache.flink.streaming.api.datastream.*;

public class Job extends Base<String> implements Runnable, java.io.Serializable {
    private static final String UID = "orders-" + "src";
    // want "UID001"
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataStream<String> s = env.fromSource(src, WatermarkStrategy.noWatermarks(), "k")
            .uid(UID);
        s.keyBy(x -> x).map(new Rich() { int a; }).name("é😀x");
        for (String a : args) { if (a.isEmpty()) { return; } else s.print(); }
        env.execute();
    }
    static class Rich {}
}
`

func TestParseSample(t *testing.T) {
	f := parse(t, sample)
	if f.Package != "com.acme" {
		t.Errorf("package %q", f.Package)
	}
	if len(f.Imports) != 3 || !f.Imports[1].Static || !f.Imports[2].Wildcard {
		t.Errorf("imports %+v", f.Imports)
	}
	if len(f.Errors) != 0 {
		t.Errorf("errors %+v", f.Errors)
	}
	if len(f.Types) != 1 {
		t.Fatalf("types %d", len(f.Types))
	}
	td := f.Types[0]
	if td.Name != "Job" || len(td.Extends) != 1 || td.Extends[0].Name != "Base" || len(td.Implements) != 2 {
		t.Errorf("decl %+v", td)
	}
	if len(td.Fields) != 1 || !td.Fields[0].Modifiers.Has("static") {
		t.Errorf("fields %+v", td.Fields)
	}
	if len(td.Nested) != 1 || td.Nested[0].Name != "Rich" {
		t.Errorf("nested %+v", td.Nested)
	}
	m := td.Methods[0]
	if m.Name != "main" || len(m.Params) != 1 || m.Params[0].Type.Name != "String[]" {
		t.Errorf("method %+v", m)
	}
	if len(m.Body.Stmts) != 5 {
		t.Fatalf("stmts %d", len(m.Body.Stmts))
	}
	lv := m.Body.Stmts[1].(*LocalVar)
	uid := lv.Init.(*Call)
	if uid.Name != "uid" || uid.NamePos.Line != 13 || uid.NamePos.Col != 14 {
		t.Errorf("uid call %+v", uid)
	}
	src := uid.Recv.(*Call)
	if src.Name != "fromSource" || src.NamePos.Line != 12 {
		t.Errorf("fromSource %+v", src)
	}
	name := m.Body.Stmts[2].(*ExprStmt).X.(*Call)
	lit := name.Args[0].(*Literal)
	if lit.Value != "é😀x" {
		t.Errorf("literal %q", lit.Value)
	}
	// "é" is one UTF-16 unit, the emoji two: the literal spans 1+1+2+1+1 = 6 units.
	if lit.Pos.EndCol-lit.Pos.Col != 6 {
		t.Errorf("utf16 span %+v", lit.Pos)
	}
	mp := name.Recv.(*Call)
	nw := mp.Args[0].(*New)
	if nw.Body == nil || nw.Body.Kind != KindAnonymous || len(nw.Body.Fields) != 1 {
		t.Errorf("anonymous %+v", nw)
	}
	if _, ok := m.Body.Stmts[3].(*Loop); !ok {
		t.Errorf("loop %T", m.Body.Stmts[3])
	}
	if len(f.Comments) != 1 || f.Comments[0].Pos.Line != 9 {
		t.Errorf("comments %+v", f.Comments)
	}
}

func TestParseErrorsRecovered(t *testing.T) {
	f := parse(t, "class A { void m() { int x = ; } void n() { foo(); } }")
	if len(f.Errors) == 0 {
		t.Fatal("want syntax errors")
	}
	if len(f.Types) != 1 || len(f.Types[0].Methods) != 2 {
		t.Errorf("recovered decls: %+v", f.Types)
	}
}

func TestParseDeepNesting(t *testing.T) {
	src := "class A { int x = "
	for i := 0; i < 5000; i++ {
		src += "("
	}
	src += "1"
	for i := 0; i < 5000; i++ {
		src += ")"
	}
	src += "; }"
	f := parse(t, src)
	if len(f.Types) != 1 {
		t.Fatalf("types %d", len(f.Types))
	}
}

func TestUTF16Len(t *testing.T) {
	for in, want := range map[string]int{"": 0, "abc": 3, "é": 1, "😀": 2, "\xff": 1} {
		if got := UTF16Len([]byte(in)); got != want {
			t.Errorf("UTF16Len(%q) = %d, want %d", in, got, want)
		}
	}
}

// TestLineEnds: Java ends a line at LF, CR LF or a lone CR (JLS 3.4), and
// so does SARIF; a method three lines down is on line 4 with any of them.
func TestLineEnds(t *testing.T) {
	for name, nl := range map[string]string{"LF": "\n", "CRLF": "\r\n", "CR": "\r"} {
		f := parse(t, "class A {"+nl+"  int x;"+nl+nl+"  void m() {}"+nl+"}"+nl)
		m := f.Types[0].Methods[0]
		if want := MakePos(4, 8, 4, 9); m.Pos != want {
			t.Errorf("%s: method name at %+v, want %+v", name, m.Pos, want)
		}
		if fd := f.Types[0].Fields[0]; fd.Pos.Line != 2 {
			t.Errorf("%s: field on line %d, want 2", name, fd.Pos.Line)
		}
		// A range that takes in a line break ends at the end of its line
		// (an unterminated string literal's error does; found by FuzzParse).
		src := "\"" + nl + "x"
		x := NewLineIndex([]byte(src))
		if got, want := x.Span(0, 1+len(nl)), MakePos(1, 1, 1, 2); got != want {
			t.Errorf("%s: span over the line break %+v, want %+v", name, got, want)
		}
		if got, want := x.Span(1, 1+len(nl)), MakePos(1, 2, 1, 2); got != want {
			t.Errorf("%s: span of the line break %+v, want %+v", name, got, want)
		}
	}
}

func TestModifiers(t *testing.T) {
	f := parse(t, `interface I { int X = 1; }
abstract class A {
  @Deprecated protected static final transient int y = 2;
  public abstract synchronized void f();
  private A() {}
  record R(int z) {}
  enum E { ONE }
}`)
	words := func(m Modifiers) string { return strings.Join(m.Words(), " ") }
	i, a := f.Types[0], f.Types[1]
	for _, c := range []struct{ got, want string }{
		{words(i.Fields[0].Modifiers), "public static final"}, // implicit in an interface
		{words(a.Modifiers), "abstract"},
		{words(a.Fields[0].Modifiers), "protected static final transient"},
		{words(a.Methods[0].Modifiers), "public abstract synchronized"},
		{words(a.Methods[1].Modifiers), "private"},
		{words(a.Nested[0].Fields[0].Modifiers), "private final"},       // record component
		{words(a.Nested[1].Fields[0].Modifiers), "public static final"}, // enum constant
	} {
		if c.got != c.want {
			t.Errorf("modifiers %q, want %q", c.got, c.want)
		}
	}
	if len(a.Fields[0].Annotations) != 1 || !a.Fields[0].Modifiers.Has("static") || a.Fields[0].Modifiers.Has("public") || a.Fields[0].Modifiers.Has("nope") {
		t.Errorf("annotations %v, modifiers %v", a.Fields[0].Annotations, a.Fields[0].Modifiers.Words())
	}
	if got := MakeModifiers("final", "bogus", "static"); words(got) != "static final" {
		t.Errorf("MakeModifiers: %q", words(got))
	}
}

// TestQualifiedSuper: Outer.super.m() and Outer.super.f keep their super
// (the grammar gives it no field), so they do not read as Outer.m().
func TestQualifiedSuper(t *testing.T) {
	f := parse(t, `class A { void f() { super.m(); Task.super.m(); x = Task.super.f; Task.this.y(); } }`)
	var got []string
	Inspect(f.Types[0], func(n any) bool {
		if c, ok := n.(*Call); ok {
			got = append(got, QualifiedName(c.Recv)+"#"+c.Name)
		}
		if fa, ok := n.(*FieldAccess); ok && fa.Name == "f" {
			got = append(got, QualifiedName(fa.X)+"."+fa.Name)
		}
		return true
	})
	if want := "super#m Task.super#m Task.super.f Task.this#y"; strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(got, " "), want)
	}
}

// TestInternalErrorLocated: a panic while converting the tree becomes an
// *InternalError with the file and line it struck on (issue 18).
func TestInternalErrorLocated(t *testing.T) {
	testConvHook = func(text string) {
		if text == "explode()" {
			panic("injected conversion failure")
		}
	}
	defer func() { testConvHook = nil }()
	p := NewParser()
	defer p.Close()
	_, err := p.Parse(context.Background(), "X.java", []byte("class X {\n  void f() {\n    a();\n    explode();\n  }\n}\n"))
	var ie *InternalError
	if !errors.As(err, &ie) || ie.Path != "X.java" || ie.Line != 4 {
		t.Fatalf("error %v, want an internal error at X.java:4", err)
	}
	// The parser is still usable.
	if _, err := p.Parse(context.Background(), "Y.java", []byte("class Y {}")); err != nil {
		t.Error(err)
	}
}

// TestLoneCR: a lone CR ends a line (JLS 3.4), so it ends a // comment;
// tree-sitter's grammar only knows LF (issue 18: the comment swallowed the
// rest of the file, and a false "missing }" was reported).
func TestLoneCR(t *testing.T) {
	src := "import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;\rclass J { void m() { // c\r StreamExecutionEnvironment e = StreamExecutionEnvironment.getExecutionEnvironment();\r e.fromElements(1).keyBy(x->x).sum(0);\r} }\r"
	f := parse(t, src)
	if len(f.Errors) > 0 {
		t.Fatalf("syntax errors %+v", f.Errors)
	}
	if len(f.Types) != 1 || len(f.Types[0].Methods) != 1 || len(f.Types[0].Methods[0].Body.Stmts) != 2 {
		t.Fatalf("method body not parsed: %+v", f.Types)
	}
	if len(f.Comments) != 1 || f.Comments[0].Text != "// c" || f.Comments[0].Pos.Line != 2 {
		t.Errorf("comments %+v, want // c on line 2", f.Comments)
	}
	if es, ok := f.Types[0].Methods[0].Body.Stmts[1].(*ExprStmt); !ok || es.Stmt.Line != 4 {
		t.Errorf("second statement %+v, want an expression statement on line 4", f.Types[0].Methods[0].Body.Stmts[1])
	}
	for _, in := range []string{"", "a", "a\r\nb", "\r", "a\r\n\rb\r", "\r\n"} {
		want := strings.ReplaceAll(strings.ReplaceAll(in, "\r\n", "\x00"), "\r", "\n")
		want = strings.ReplaceAll(want, "\x00", "\r\n")
		if got := string(loneCRToLF([]byte(in))); got != want {
			t.Errorf("loneCRToLF(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLineIndexOffset: Offset inverts Point at every character boundary,
// whatever the line endings, and refuses columns past a line's end.
func TestLineIndexOffset(t *testing.T) {
	for _, src := range []string{"", "a", "ab\ncd", "é😀x\r\ny\rz\n", "\r\r\n\n", "a\xffb\nc"} {
		x := NewLineIndex([]byte(src))
		for off := 0; off <= len(src); off++ {
			if off < len(src) && !utf8.RuneStart(src[off]) && src[off] != 0xff {
				continue
			}
			line, col := x.Point(off)
			start, end := x.Bounds(line)
			if off > end && off < len(src) || off < start {
				continue // inside a line break
			}
			if got, ok := x.Offset(line+1, col); !ok || got != off {
				t.Errorf("%q: Offset(Point(%d) = %d:%d) = %d, %v", src, off, line+1, col, got, ok)
			}
		}
		for i := 0; i < x.Count(); i++ {
			start, end := x.Bounds(i)
			if _, ok := x.Offset(i+1, UTF16Len([]byte(src[start:end]))+2); ok {
				t.Errorf("%q: a column past the end of line %d is accepted", src, i+1)
			}
		}
	}
}
