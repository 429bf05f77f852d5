package jobgraph

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/flinklint/flinklint/analysis/index"
	"github.com/flinklint/flinklint/parser"
)

// build parses path→source pairs and builds the graph.
func build(t *testing.T, files map[string]string) *Graph {
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
		if err != nil {
			t.Fatal(err)
		}
		if len(f.Errors) > 0 {
			t.Fatalf("%s: syntax errors %+v", n, f.Errors)
		}
		parsed = append(parsed, f)
	}
	keys := Keys{OptionKey: func(c, f string) (string, bool) {
		m := map[string]string{
			"PipelineOptions.MAX_PARALLELISM":             KeyMaxParallelism,
			"CheckpointingOptions.CHECKPOINTING_INTERVAL": KeyInterval,
			"PipelineOptions.AUTO_GENERATE_UIDS":          KeyAutoUIDs,
		}
		k, ok := m[c+"."+f]
		return k, ok
	}}
	return Build(index.Build(parsed), keys)
}

// dump renders a graph compactly for assertions.
func dump(g *Graph) string {
	var b strings.Builder
	for _, j := range g.Jobs {
		fmt.Fprintf(&b, "job %s env=%s:%d synthetic=%v\n", j.ID, j.Env.Path, j.Env.Pos.Line, j.Synthetic)
		for _, o := range j.Operators {
			uid := "-"
			if o.UID != nil {
				uid = o.UID.Value
				if !o.UID.Known {
					uid = "?" + o.UID.Expr
				}
				if o.UID.Unstable != "" {
					uid += "!" + o.UID.Unstable
				}
			}
			fmt.Fprintf(&b, "  %d %s@%d kind=%q stateful=%v uid=%s reason=%q\n", o.Seq, o.Method, o.Loc.Pos.Line, o.Kind, o.Stateful, uid, o.Reason)
		}
		for _, s := range j.Settings {
			fmt.Fprintf(&b, "  set %s=%s known=%v @%d\n", s.Key, s.Value, s.Known, s.Loc.Pos.Line)
		}
	}
	return b.String()
}

const jobSrc = `package com.acme;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.datastream.*;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import java.util.UUID;
import java.util.List;

public class OrdersJob {
    static final String PREFIX = "orders-";
    public static void main(String[] args) throws Exception {
        Configuration conf = new Configuration();
        conf.set(PipelineOptions.MAX_PARALLELISM, 256);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.enableCheckpointing(60_000);
        env.getCheckpointConfig().setMinPauseBetweenCheckpoints(Duration.ofSeconds(30).toMillis());
        DataStream<String> src = env.fromSource(null, null, "kafka")
            .uid(PREFIX + "src");
        KeyedStream<String, String> keyed = src.keyBy(x -> x);
        SingleOutputStreamOperator<String> agg = keyed
            .window(null)
            .aggregate(new Sum());
        agg.uid(UUID.randomUUID().toString());
        DataStream<String> d = Helpers.dedup(keyed);
        d.print();
        List<String> l = List.of("a");
        l.stream().map(x -> x).filter(x -> true).reduce((a, b) -> a);
        env.execute();
    }
}
`

const helperSrc = `package com.acme;

import org.apache.flink.streaming.api.datastream.*;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.api.common.state.*;

class Helpers {
    static DataStream<String> dedup(KeyedStream<String, String> in) {
        return in.flatMap(new Dedup()).name("dedup");
    }
    static DataStream<String> unused(DataStream<String> in) {
        return in.keyBy(x -> x).reduce((a, b) -> a);
    }
}

class Dedup extends Base {
}

abstract class Base extends RichFlatMapFunction<String, String> {
    private transient ValueState<Boolean> seen;
    public void open(Configuration c) {
        seen = getRuntimeContext().getState(new ValueStateDescriptor<>("seen", Boolean.class));
    }
}
`

func TestBuildSample(t *testing.T) {
	g := build(t, map[string]string{"a/OrdersJob.java": jobSrc, "a/Helpers.java": helperSrc})
	got := dump(g)
	t.Log("\n" + got)
	for _, want := range []string{
		"job com.acme.OrdersJob#main env=a/OrdersJob.java:15",
		`1 fromSource@18 kind="source" stateful=true uid=orders-src`,
		`2 aggregate@23 kind="window aggregation" stateful=true uid=?UUID.randomUUID().toString()!UUID.randomUUID()`,
		`3 flatMap@9 kind="flatMap" stateful=true uid=- reason="Dedup obtains ValueState \"seen\" (Helpers.java:22)"`,
		`4 print@26 kind="sink" stateful=false`,
		"set pipeline.max-parallelism=256 known=true @14",
		"set execution.checkpointing.interval=60000 ms known=true @16",
		"set execution.checkpointing.min-pause=30000 ms known=true @17",
		"job com.acme.Helpers#unused env=a/Helpers.java:11 synthetic=true",
		`1 reduce@12 kind="keyed reduce" stateful=true`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q", want)
		}
	}
	if strings.Contains(got, "filter") {
		t.Errorf("java.util.stream taken for Flink")
	}
}

// TestNotFlink: chains of other libraries with Flink-like method names never
// become operators, even inside a Flink job's main method.
func TestNotFlink(t *testing.T) {
	src := `package com.acme;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.*;
import reactor.core.publisher.Flux;
import org.apache.kafka.streams.StreamsBuilder;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Mixed {
    static class DataStream { DataStream map(Object o) { return this; } DataStream keyBy(Object o) { return this; } DataStream reduce(Object o) { return this; } }
    public static void main(String[] args) throws Exception {
        Pipeline p = Pipeline.create();
        p.apply(Create.of(1, 2)).apply(Sum.integersGlobally());
        Flux.just(1, 2).map(x -> x).reduce((a, b) -> a).subscribe();
        new StreamsBuilder().stream("t").groupByKey().reduce((a, b) -> a).toStream().to("o");
        Optional.of(1).map(x -> x).filter(x -> true).orElse(0);
        java.util.List.of(1).stream().map(x -> x).collect(Collectors.toList()).stream().reduce(Integer::sum);
        new DataStream().keyBy(null).reduce(null).map(null);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromSequence(1, 2).print();
        env.execute();
    }
}
`
	g := build(t, map[string]string{"Mixed.java": src})
	got := dump(g)
	if len(g.Jobs) != 1 || len(g.Jobs[0].Operators) != 2 {
		t.Fatalf("want one job with fromSequence and print only:\n%s", got)
	}
}

// TestNoJobWithoutFlinkImport: a class named like Flink's but not imported
// from Flink is not an environment.
func TestNoJobWithoutFlinkImport(t *testing.T) {
	src := `package com.acme;

class StreamExecutionEnvironment { static StreamExecutionEnvironment getExecutionEnvironment() { return null; } void fromSource() {} }

public class Fake {
    public static void main(String[] args) {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromSource();
    }
}
`
	if g := build(t, map[string]string{"Fake.java": src}); len(g.Jobs) != 0 {
		t.Fatalf("fake environment taken for Flink:\n%s", dump(g))
	}
}

// TestFactoriesAndFields: the environment created by a factory method and
// kept in a field of a pipeline object built by the job's main method.
func TestFactoriesAndFields(t *testing.T) {
	job := `package com.acme.jobs;

import com.acme.lib.Envs;
import com.acme.lib.Pipeline;

public class Main {
    public static void main(String[] args) throws Exception {
        new Pipeline(Envs.create()).build().run();
    }
}
`
	lib := `package com.acme.lib;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.datastream.DataStream;

public class Envs {
    public static StreamExecutionEnvironment create() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setMaxParallelism(512);
        return env;
    }
}
`
	pipeline := `package com.acme.lib;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.datastream.DataStream;

public class Pipeline {
    private final StreamExecutionEnvironment env;
    private DataStream<String> out;
    public Pipeline(StreamExecutionEnvironment env) { this.env = env; }
    public Pipeline build() {
        out = env.socketTextStream("h", 1).keyBy(s -> s).reduce((a, b) -> a);
        return this;
    }
    public void run() throws Exception {
        out.print();
        env.execute();
    }
}
`
	g := build(t, map[string]string{"jobs/Main.java": job, "lib/Envs.java": lib, "lib/Pipeline.java": pipeline})
	got := dump(g)
	for _, want := range []string{
		"job com.acme.jobs.Main#main env=lib/Envs.java:8",
		`2 reduce@11 kind="keyed reduce" stateful=true`,
		`3 print@15`,
		"set pipeline.max-parallelism=512",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if len(g.Jobs) != 1 {
		t.Errorf("want exactly one job:\n%s", got)
	}
}

// TestEvalFixes covers the misses the real-world evaluation found: uid via a
// method reference, timeWindow, a statically imported environment factory
// next to a static wildcard import of an unknown class, and a co-flatMap on
// keyed connected streams with a stateless function.
func TestEvalFixes(t *testing.T) {
	utils := `package com.acme;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Envs {
    public static StreamExecutionEnvironment createConfiguredEnvironment() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(1000);
        return env;
    }
}
`
	job := `package com.acme;

import static com.acme.Envs.createConfiguredEnvironment;
import static com.unknown.Helpers.*;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.datastream.*;

public class Job {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = createConfiguredEnvironment();
        DataStream<String> src = env.fromSource(null, null, "s");
        generateUid("x").ifPresent(src::uid);
        src.keyBy(s -> s)
            .timeWindow(null)
            .reduce((a, b) -> a);
        src.keyBy(s -> s).connect(src.keyBy(s -> s))
            .flatMap(new Stateless());
        env.execute();
    }
    static class Stateless extends RichCoFlatMapFunction<String, String, String> {}
}
`
	g := build(t, map[string]string{"Envs.java": utils, "Job.java": job})
	got := dump(g)
	for _, want := range []string{
		"job com.acme.Job#main env=Envs.java:7",
		"1 fromSource@11 kind=\"source\" stateful=true uid=?src::uid",
		`2 reduce@15 kind="window aggregation" stateful=true`,
		`3 flatMap@17 kind="co-flatMap" stateful=false`,
		"set execution.checkpointing.interval=1000 ms",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
}

func TestReinterpretAsKeyed(t *testing.T) {
	src := `package com.acme;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.datastream.DataStreamUtils;

public class Pre {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataStreamUtils.reinterpretAsKeyedStream(env.fromSource(null, null, "s").uid("s"), e -> e)
            .sum(1);
        env.execute();
    }
}
`
	if got := dump(build(t, map[string]string{"Pre.java": src})); !strings.Contains(got, `2 sum@10 kind="keyed aggregation" stateful=true`) {
		t.Errorf("reinterpretAsKeyedStream not keyed:\n%s", got)
	}
}

// TestTemplateMethod: an abstract base class builds the pipeline; the
// subclass supplies the source and a stateful function.
func TestTemplateMethod(t *testing.T) {
	base := `package com.acme.base;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.api.common.functions.FlatMapFunction;

public abstract class BaseJob {
    protected abstract DataStream<String> source(StreamExecutionEnvironment env);
    protected abstract FlatMapFunction<String, String> logic();

    public void run() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        source(env)
            .keyBy(s -> s)
            .flatMap(logic())
            .print();
        env.execute();
    }
}
`
	job := `package com.acme.jobs;

import com.acme.base.BaseJob;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.api.common.functions.*;
import org.apache.flink.api.common.state.*;

public class DedupJob extends BaseJob {
    public static void main(String[] args) throws Exception {
        new DedupJob().run();
    }
    protected DataStream<String> source(StreamExecutionEnvironment env) {
        return env.fromSource(null, null, "events");
    }
    protected FlatMapFunction<String, String> logic() {
        return new Dedup();
    }
    static class Dedup extends RichFlatMapFunction<String, String> {
        public void open(OpenContext c) { getRuntimeContext().getState(new ValueStateDescriptor<>("seen", Boolean.class)); }
    }
}
`
	got := dump(build(t, map[string]string{"base/BaseJob.java": base, "jobs/DedupJob.java": job}))
	for _, want := range []string{
		"job com.acme.jobs.DedupJob#main env=base/BaseJob.java:12",
		`1 fromSource@14 kind="source" stateful=true`,
		`2 flatMap@15 kind="flatMap" stateful=true uid=- reason="Dedup obtains ValueState \"seen\" (DedupJob.java:20)"`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
}

// TestEnvInBothBranches: the pipeline after `if (local) env = ...; else env
// = ...` belongs to both environments; a branch's own settings stay its own.
func TestEnvInBothBranches(t *testing.T) {
	src := `package com.acme;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Either {
    public static void main(String[] args) throws Exception {
        boolean local = args.length > 0;
        StreamExecutionEnvironment env;
        if (local) {
            env = StreamExecutionEnvironment.createLocalEnvironment();
            env.setParallelism(1);
        } else {
            env = StreamExecutionEnvironment.getExecutionEnvironment();
            env.setMaxParallelism(720);
        }
        env.enableCheckpointing(1000);
        env.socketTextStream("h", 1).keyBy(s -> s).reduce((a, b) -> a).uid("r");
        env.execute();
    }
}
`
	g := build(t, map[string]string{"Either.java": src})
	if len(g.Jobs) != 2 {
		t.Fatalf("want two jobs:\n%s", dump(g))
	}
	got := dump(g)
	for _, want := range []string{
		"job com.acme.Either#main env=Either.java:10",
		"set parallelism.default=1 known=true @11",
		"job com.acme.Either#main#2 env=Either.java:13",
		"set pipeline.max-parallelism=720 known=true @14",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	for _, j := range g.Jobs {
		if len(j.Operators) != 2 {
			t.Errorf("%s has %d operators, want socketTextStream and reduce", j.ID, len(j.Operators))
		}
		if s, ok := j.Lookup(KeyInterval); !ok || s.Value != "1000 ms" {
			t.Errorf("%s: checkpointing after the if not applied", j.ID)
		}
		if _, ok := j.Lookup(KeyMaxParallelism); ok != (j.Env.Pos.Line == 13) {
			t.Errorf("%s: the else-branch setting leaked", j.ID)
		}
	}
}

// TestCallersByReceiver: a call on a class name reaches that class's static
// method, a call with the same name and arity on a variable does not;
// each call's receiver is resolved on its own (the variable's call comes
// first, so an answer remembered for the wrong call shows).
func TestCallersByReceiver(t *testing.T) {
	tools := `package com.acme.a;

public class Tools {
    public static void main(String[] args) {
        Widget w = new Widget();
        w.create();
    }
}

class Widget {
    void create() {}
}
`
	job := `package com.acme.jobs;

import com.acme.lib.Envs;

public class Main {
    public static void main(String[] args) throws Exception {
        Envs.create().fromSequence(1, 10).print();
    }
}
`
	lib := `package com.acme.lib;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Envs {
    public static StreamExecutionEnvironment create() {
        return StreamExecutionEnvironment.getExecutionEnvironment();
    }
}
`
	g := build(t, map[string]string{"a/Tools.java": tools, "jobs/Main.java": job, "lib/Envs.java": lib})
	got := dump(g)
	if len(g.Jobs) != 1 || !strings.Contains(got, "job com.acme.jobs.Main#main env=lib/Envs.java:7") {
		t.Errorf("want one job rooted at Main#main:\n%s", got)
	}
}

// A reusable stage object whose uids are its constructor's prefix plus a
// suffix from a helper method: each instance folds to its own uid (checked
// against Flink: testdata/oracle, FraudStagesJob).
func TestUIDFromStageObject(t *testing.T) {
	g := build(t, map[string]string{
		"Stages.java": `package com.acme;
import org.apache.flink.streaming.api.datastream.*;
public class Stages {
  private final String prefix;
  public Stages(String prefix) { this.prefix = prefix; }
  private String uid(String stage) { return prefix + "-" + stage; }
  public SingleOutputStreamOperator<Long> dedup(DataStream<Long> in) {
    return in.keyBy(x -> x).reduce((a, b) -> a).uid(uid("dedup"));
  }
}`,
		"Job.java": `package com.acme;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
public class Job {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    new Stages("cards").dedup(env.fromSequence(1, 10)).print();
    new Stages("wallets").dedup(env.fromSequence(1, 10)).print();
    env.execute();
  }
}`,
	})
	out := dump(g)
	for _, want := range []string{"uid=cards-dedup", "uid=wallets-dedup"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %s in\n%s", want, out)
		}
	}
}

// Operators created in a loop over a known list, or in a counted loop, are
// one operator per iteration with the iteration's uid, as Flink builds them
// (testdata/oracle, RegionalFanOut); a loop over an unknown collection runs
// its body once.
func TestLoopsUnrolled(t *testing.T) {
	g := build(t, map[string]string{"Job.java": `package com.acme;
import java.util.List;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.datastream.DataStream;
public class Job {
  static final List<String> TOPICS = List.of("orders", "refunds");
  static final String[] REGIONS = {"eu", "us", "ap"};
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    DataStream<Long> in = env.fromSequence(1, 10);
    for (String t : TOPICS) {
      in.keyBy(x -> x).sum(0).uid("sum-" + t);
    }
    for (int i = 0; i < REGIONS.length; i++) {
      in.keyBy(x -> x).max(0).uid("max-" + REGIONS[i]);
    }
    for (String a : args) {
      in.keyBy(x -> x).min(0).uid("min-" + a);
    }
    env.execute();
  }
}`})
	var uids []string
	for _, o := range g.Jobs[0].Operators {
		if o.UID != nil {
			u := o.UID.Value
			if !o.UID.Known {
				u = "?"
			}
			uids = append(uids, o.Method+":"+u)
		}
	}
	want := "sum:sum-orders sum:sum-refunds max:max-eu max:max-us max:max-ap min:?"
	if got := strings.Join(uids, " "); got != want {
		t.Errorf("uids\n got %s\nwant %s", got, want)
	}
}

// TestSuperCalls: super.m() runs the superclass's method on the same
// object (not this class's override again), and a qualified Outer.super.m()
// in an anonymous or inner class runs Outer's superclass method. Issue 18:
// Task.super.m() made the evaluator dereference a nil receiver, and the
// method was skipped with an internal error.
func TestSuperCalls(t *testing.T) {
	g := build(t, map[string]string{
		"Base.java": `import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
class Base { void m() { StreamExecutionEnvironment.getExecutionEnvironment(); } }`,
		"Task.java": `import org.apache.flink.api.common.functions.MapFunction;
class Task extends Base { @Override void m() { super.m(); }
  Runnable r = new Runnable() { public void run() { Task.super.m(); } }; }`,
	})
	if len(g.Problems) > 0 {
		t.Errorf("problems: %v", g.Problems)
	}

	base := `package com.acme;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class BaseJob {
    protected void build(StreamExecutionEnvironment env) {
        env.fromElements(1).keyBy(x -> x).sum(0).print();
    }
}
`
	job := `package com.acme;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class OrdersJob extends BaseJob {
    @Override
    protected void build(StreamExecutionEnvironment env) {
        super.build(env);
        env.fromElements(2).keyBy(x -> x).max(0).print();
    }

    void later(StreamExecutionEnvironment env) {
        Runnable r = new Runnable() {
            public void run() { OrdersJob.super.build(env); }
        };
        r.run();
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        new OrdersJob().build(env);
        env.execute();
    }
}
`
	g = build(t, map[string]string{"BaseJob.java": base, "OrdersJob.java": job})
	if len(g.Problems) > 0 {
		t.Errorf("problems: %v", g.Problems)
	}
	got := dump(g)
	_, main, _ := strings.Cut(got, "job com.acme.OrdersJob#main env=OrdersJob.java:20")
	main, _, _ = strings.Cut(main, "\njob ")
	for _, want := range []string{
		`1 fromElements@7 kind="collection source"`,
		`2 sum@7 kind="keyed aggregation" stateful=true`,
		`4 fromElements@9 kind="collection source"`,
		`5 max@9 kind="keyed aggregation" stateful=true`,
	} {
		if !strings.Contains(main, want) {
			t.Errorf("job OrdersJob#main: missing %q in\n%s", want, got)
		}
	}
}

// TestInternalErrorLocated: a panic while evaluating a root is reported
// with the file and line of the call or statement being evaluated (issue
// 18), and the scan goes on with the other roots.
func TestInternalErrorLocated(t *testing.T) {
	testCallHook = func(c *parser.Call) {
		if c.Name == "explode" {
			panic("injected evaluator failure")
		}
	}
	defer func() { testCallHook = nil }()
	g := build(t, map[string]string{
		"Job.java": `package a;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
class Job {
    public static void main(String[] args) {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        Helper.setUp(env);
    }
}`,
		"Helper.java": `package a;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
class Helper {
    static void setUp(StreamExecutionEnvironment env) {
        env.setParallelism(2);
        Util.explode(env);
    }
}`,
		"Other.java": `package a;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
class Other {
    public static void main(String[] args) {
        StreamExecutionEnvironment.getExecutionEnvironment().fromElements(1).print();
    }
}`,
	})
	if len(g.Problems) != 1 {
		t.Fatalf("problems %v, want one", g.Problems)
	}
	p := g.Problems[0]
	if !p.Internal || p.Loc.Path != "Helper.java" || p.Loc.Pos.Line != 6 || !strings.Contains(p.Message, "a.Job#main: internal error") {
		t.Errorf("problem %+v, want an internal error at Helper.java:6 naming a.Job#main", p)
	}
	if got := dump(g); !strings.Contains(got, "job a.Other#main") {
		t.Errorf("the other job is not analyzed:\n%s", got)
	}
}
