package parser_test

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/flinklint/flinklint/parser"
)

// fixtureSeeds returns up to n files with the given suffix under dir, in
// path order (a handful of the fixture suites, spread over their folders).
func fixtureSeeds(tb testing.TB, dir, suffix string, n int) [][]byte {
	tb.Helper()
	var paths []string
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, suffix) {
			paths = append(paths, p)
		}
		return nil
	})
	sort.Strings(paths)
	var out [][]byte
	step := max(1, len(paths)/n)
	for i := 0; i < len(paths) && len(out) < n; i += step {
		if data, err := os.ReadFile(paths[i]); err == nil {
			out = append(out, data)
		}
	}
	return out
}

// FuzzParse: any bytes parse without a panic, and every position in the
// result is a real place in the input (1-based lines within the file,
// UTF-16 columns within their line, ends not before starts).
func FuzzParse(f *testing.F) {
	for _, s := range fixtureSeeds(f, "../testdata", ".java", 24) {
		f.Add(s)
	}
	for _, s := range []string{
		"",
		"class",
		"package a;\nclass A { void m() { env.fromSource(s, w, \"n\").uid(\"u\").keyBy(x -> x).process(new P() { int a; }); } }",
		"class A { String s = \"\"\"\n  text\n  block\\n\"\"\"; char c = '\\u0041'; }",
		"class A {\r\n  // é😀\r  void m() { int x = 1; }\u2028}\n",
		"class A { void m() { " + strings.Repeat("(", 300) + "1" + strings.Repeat(")", 300) + "; } }",
		"class A { void m() { " + strings.Repeat("{", 300) + strings.Repeat("}", 300) + " } }",
		strings.Repeat("class A { ", 50) + strings.Repeat("}", 50),
		"record R(int a) { R { if (a < 0) throw new X(); } } sealed interface S permits R {}",
		"class A { Object o = switch (x) { case Integer i when i > 0 -> 1; case null, default -> 2; }; }",
		"\xff\xfe\x00class A { \x00 }",
		"class A { void m() { a.b(c -> { return d::e; }).f(); } \xc3\x28 }",
		"@SuppressWarnings(\"flinklint:UID001\") class A { /* flinklint:ignore UID001 -- r */ }",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		p := parser.NewParser()
		defer p.Close()
		file, err := p.Parse(context.Background(), "Fuzz.java", src)
		if err != nil {
			return // a parse may fail; it must not panic
		}
		checkPositions(t, src, file)
	})
}

// checkPositions checks every parser.Pos reachable from file.
func checkPositions(t *testing.T, src []byte, file *parser.File) {
	// Java ends lines at LF, CR LF or a lone CR (JLS 3.4), as SARIF does.
	lines := bytes.Split(bytes.ReplaceAll(bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n")), []byte("\r"), []byte("\n")), []byte("\n"))
	width := func(l int32) int32 { return int32(parser.UTF16Len(lines[l-1])) }
	bad := 0
	check := func(where string, p parser.Pos) {
		if bad >= 5 {
			return
		}
		fail := func(why string) {
			bad++
			t.Errorf("%s: %+v: %s", where, p, why)
		}
		switch {
		case p.Line == 0:
			if p != (parser.Pos{}) {
				fail("no line but other fields set")
			}
		case p.Line < 0 || p.EndLine < p.Line || int(p.EndLine) > len(lines):
			fail("lines out of range 1.." + itoa(len(lines)))
		case p.Col < 1 || p.Col > width(p.Line)+1:
			fail("start column out of its line")
		case p.EndCol < 1 || p.EndCol > width(p.EndLine)+1:
			fail("end column out of its line")
		case p.Line == p.EndLine && p.EndCol < p.Col:
			fail("ends before it starts")
		}
	}
	walkPositions(reflect.ValueOf(file), "file", map[uintptr]bool{}, check)
}

var posType = reflect.TypeOf(parser.Pos{})

// walkPositions visits every parser.Pos below v.
func walkPositions(v reflect.Value, where string, seen map[uintptr]bool, visit func(string, parser.Pos)) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() || seen[v.Pointer()] {
			return
		}
		seen[v.Pointer()] = true
		walkPositions(v.Elem(), where, seen, visit)
	case reflect.Interface:
		if !v.IsNil() {
			walkPositions(v.Elem(), where, seen, visit)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			walkPositions(v.Index(i), where+"["+itoa(i)+"]", seen, visit)
		}
	case reflect.Struct:
		if v.Type() == posType {
			visit(where, v.Interface().(parser.Pos))
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				walkPositions(v.Field(i), where+"."+v.Type().Field(i).Name, seen, visit)
			}
		}
	}
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}
