package index

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/flinklint/flinklint/parser"
)

func build(t *testing.T, files map[string]string) *Index {
	t.Helper()
	p := parser.NewParser()
	defer p.Close()
	var names []string
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	var parsed []*parser.File
	for _, n := range names {
		f, err := p.Parse(context.Background(), n, []byte(files[n]))
		if err != nil || len(f.Errors) > 0 {
			t.Fatalf("%s: %v %+v", n, err, f.Errors)
		}
		parsed = append(parsed, f)
	}
	return Build(parsed)
}

func whats(ev []Evidence) string {
	var s []string
	for _, e := range ev {
		s = append(s, e.What)
	}
	return strings.Join(s, "; ")
}

func TestResolve(t *testing.T) {
	ix := build(t, map[string]string{
		"a/A.java": `package com.a;
import com.b.B;
import com.c.*;
import org.apache.flink.streaming.api.datastream.*;
public class A { static class Inner {} class User { Inner i; } }`,
		"b/B.java":    `package com.b; public class B { public static class Nested {} }`,
		"c/C.java":    `package com.c; public class C {}`,
		"a/Same.java": `package com.a; class Same {}`,
	})
	a := ix.Class("com.a.A")
	user := ix.Class("com.a.A.User")
	for _, tc := range []struct {
		from *Class
		name string
		fqn  string
		in   bool
	}{
		{a, "B", "com.b.B", true},
		{a, "B.Nested", "com.b.B.Nested", true},
		{a, "C", "com.c.C", true},
		{a, "Same", "com.a.Same", true},
		{user, "Inner", "com.a.A.Inner", true},
		{a, "DataStream", "org.apache.flink.streaming.api.datastream.DataStream", false},
		{a, "String", "java.lang.String", false},
		{a, "com.b.B", "com.b.B", true},
		{a, "Unknown", "org.apache.flink.streaming.api.datastream.Unknown", false}, // a Flink on-demand import claims unknown types
		{ix.Class("com.a.Same"), "Unknown", "", false},
	} {
		c, fqn := ix.Resolve(tc.from.File, tc.from, tc.name)
		if fqn != tc.fqn || (c != nil) != tc.in {
			t.Errorf("Resolve(%s) = %v, %q; want %q (in scan %v)", tc.name, c, fqn, tc.fqn, tc.in)
		}
	}
}

func TestStateEvidence(t *testing.T) {
	ix := build(t, map[string]string{
		"base/Base.java": `package com.base;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.api.common.state.*;
public abstract class Base<T> extends RichFlatMapFunction<T, T> {
    private final ValueStateDescriptor<Boolean> desc = new ValueStateDescriptor<>("seen", Boolean.class);
    private transient ValueState<Boolean> seen;
    public void open(Configuration c) { seen = getRuntimeContext().getState(desc); }
}`,
		"app/Dedup.java": `package com.app;
import com.base.Base;
public class Dedup extends Base<String> { public void flatMap(String s, Collector<String> out) {} }`,
		"app/Plain.java": `package com.app;
import org.apache.flink.api.common.functions.RichMapFunction;
public class Plain extends RichMapFunction<String, String> {
    public void open(Configuration c) { System.out.println("no state"); }
    public String map(String s) { return s; }
}`,
		"app/Timers.java": `package com.app;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
public class Timers extends KeyedProcessFunction<String, String, String> {
    public void processElement(String v, Context ctx, Collector<String> out) {
        ctx.timerService().registerEventTimeTimer(1L);
    }
}`,
		"app/Ckpt.java": `package com.app;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
public class Ckpt implements CheckpointedFunction { }`,
		"app/Local.java": `package com.app;
import org.apache.flink.api.common.state.*;
public class Local extends RichMapFunction<String, String> {
    public void open(Configuration c) {
        MapStateDescriptor<String, Long> d = new MapStateDescriptor<>("counts", String.class, Long.class);
        getRuntimeContext().getMapState(d);
    }
}`,
		"app/Anon.java": `package com.app;
public class Anon {
    Object f = new RichMapFunction<String, String>() {
        ListState<String> l;
        public void open(Configuration c) { l = getRuntimeContext().getListState(new ListStateDescriptor<>("buf", String.class)); }
    };
}`,
		"app/NotFlink.java": `package com.app;
public class NotFlink { int getState() { return 1; } void m() { getState(); } }`,
	})
	for fqn, want := range map[string]string{
		"com.base.Base":    `obtains ValueState "seen"`,
		"com.app.Dedup":    `obtains ValueState "seen"`,
		"com.app.Plain":    ``,
		"com.app.Timers":   `registers event-time timers`,
		"com.app.Ckpt":     `implements CheckpointedFunction`,
		"com.app.Local":    `obtains MapState "counts"`,
		"com.app.Anon$1":   `obtains ListState "buf"`,
		"com.app.Anon":     ``,
		"com.app.NotFlink": ``,
	} {
		c := ix.Class(fqn)
		if c == nil {
			t.Errorf("%s not indexed", fqn)
			continue
		}
		if got := whats(ix.StateEvidence(c)); got != want {
			t.Errorf("%s: evidence %q, want %q", fqn, got, want)
		}
	}
	dedup := ix.StateEvidence(ix.Class("com.app.Dedup"))
	if dedup[0].Loc.Path != "base/Base.java" || dedup[0].Loc.Pos.Line != 7 {
		t.Errorf("inherited evidence located at %+v, want base/Base.java:7", dedup[0].Loc)
	}
}

// TestResolveStatic: a static wildcard import of a class outside the scan
// may claim a member name, never a type name.
func TestResolveStatic(t *testing.T) {
	ix := build(t, map[string]string{"a/A.java": `package a;
import static com.unknown.Helpers.*;
import static com.unknown.Consts.LIMIT;
class A {}`})
	f := ix.Class("a.A").File
	for name, want := range map[string]string{
		"LIMIT": "com.unknown.Consts", "configure": "com.unknown.Helpers", "MAX_SIZE": "com.unknown.Helpers",
		"StreamExecutionEnvironment": "",
	} {
		if got := ix.ResolveStatic(f, name); got != want {
			t.Errorf("ResolveStatic(%s) = %q, want %q", name, got, want)
		}
	}
}
