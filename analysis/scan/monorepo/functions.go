package monorepo

import (
	"fmt"
)

// classDecl opens a class: public and top-level, or a public static
// nested class.
func classDecl(j *javaFile, nested bool, format string, args ...any) {
	if nested {
		j.open("public static class "+format, args...)
	} else {
		j.open("public class "+format, args...)
	}
}

// openMethod returns the signature of RichFunction#open for the module's
// Flink version: open(OpenContext) from 1.19, open(Configuration) before.
func (js *job) openMethod(j *javaFile) string {
	if js.v >= 19 {
		j.imp("org.apache.flink.api.common.functions.OpenContext")
		return "public void open(OpenContext openContext) throws Exception"
	}
	j.imp("org.apache.flink.configuration.Configuration")
	return "public void open(Configuration parameters) throws Exception"
}

// ttl renders a state TTL duration for the module's Flink version.
func (js *job) ttl(j *javaFile, hours int) string {
	if js.v >= 200 {
		j.imp("java.time.Duration")
		return fmt.Sprintf("Duration.ofHours(%d)", hours)
	}
	j.imp("org.apache.flink.api.common.time.Time")
	return fmt.Sprintf("Time.hours(%d)", hours)
}

var modelCore = []fieldSpec{
	{"String", "id"}, {"String", "key"}, {"String", "customerId"}, {"String", "accountId"},
	{"long", "amountCents"}, {"String", "status"}, {"long", "timestamp"}, {"long", "count"},
	{"long", "total"}, {"long", "windowEnd"},
}

// model writes a POJO the job's streams carry (no Flink import).
func (g *gen) model(js *job, j *javaFile, nested bool, name string) {
	fs := append([]fieldSpec(nil), modelCore...)
	for _, f := range g.fields(g.between(1, 8))[1:] {
		dup := false
		for _, c := range fs {
			dup = dup || c.name == f.name
		}
		if !dup {
			fs = append(fs, f)
		}
	}
	j.imp("java.io.Serializable")
	for _, f := range fs {
		j.impType(f.typ)
	}
	g.javadoc(j)
	classDecl(j, nested, "%s implements Serializable", name)
	j.l("private static final long serialVersionUID = 1L;")
	j.l("")
	for _, f := range fs {
		j.l("private %s %s;", f.typ, f.name)
	}
	j.l("")
	j.open("public %s()", name)
	j.close("")
	for _, f := range fs {
		j.l("")
		j.open("public %s %s()", f.typ, getter(f))
		j.l("return %s;", f.name)
		j.close("")
		j.l("")
		j.open("public void set%s(%s %s)", capitalize(f.name), f.typ, f.name)
		j.l("this.%s = %s;", f.name, f.name)
		j.close("")
	}
	j.l("")
	j.l("/** Combines two partial results of the same key. */")
	j.open("public %s merge(%s other)", name, name)
	j.l("%s merged = new %s();", name, name)
	j.l("merged.key = key;")
	j.l("merged.count = count + other.count;")
	j.l("merged.total = total + other.total;")
	j.l("merged.windowEnd = Math.max(windowEnd, other.windowEnd);")
	j.l("return merged;")
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public String toString()")
	j.l("return \"%s{id=\" + id + \", key=\" + key + \", status=\" + status + \", total=\" + total + '}';", name)
	j.close("")
	j.close("")
}

// fnDedup writes a deduplicating flatMap: from the shared module's base
// class when there is one (the state is inherited), else with its own
// ValueState.
func (g *gen) fnDedup(js *job, j *javaFile, nested bool) {
	name := js.name + "Deduplicator"
	js.ref(j, js.in)
	if js.common {
		j.imp(commonPkg+".AbstractDedupFunction", "java.time.Duration")
		j.l("/** Drops replays of the same %s; the state comes from AbstractDedupFunction. */", lowerFirst(js.in))
		classDecl(j, nested, "%s extends AbstractDedupFunction<%s>", name, js.in)
		j.l("private static final long serialVersionUID = 1L;")
		j.l("")
		j.l("@Override")
		j.open("protected Duration retention()")
		j.l("return Duration.ofHours(%d);", pick(g, []int{1, 6, 12, 24, 48}))
		j.close("")
		if g.pct(50) {
			j.l("")
			j.l("@Override")
			j.open("protected String idOf(%s value)", js.in)
			j.l("return value.getId();")
			j.close("")
		}
		j.close("")
		return
	}
	j.imp("org.apache.flink.api.common.functions.RichFlatMapFunction", "org.apache.flink.api.common.state.ValueState",
		"org.apache.flink.api.common.state.ValueStateDescriptor", "org.apache.flink.api.common.state.StateTtlConfig",
		"org.apache.flink.api.common.typeinfo.Types", "org.apache.flink.util.Collector")
	g.javadoc(j)
	classDecl(j, nested, "%s extends RichFlatMapFunction<%s, %s>", name, js.in, js.in)
	j.l("private static final long serialVersionUID = 1L;")
	j.l("")
	j.l("private transient ValueState<Boolean> seen;")
	j.l("")
	j.l("@Override")
	j.open(js.openMethod(j))
	j.l("ValueStateDescriptor<Boolean> descriptor = new ValueStateDescriptor<>(\"seen\", Types.BOOLEAN);")
	j.l("descriptor.enableTimeToLive(StateTtlConfig.newBuilder(%s).build());", js.ttl(j, pick(g, []int{1, 6, 24})))
	j.l("seen = getRuntimeContext().getState(descriptor);")
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public void flatMap(%s value, Collector<%s> out) throws Exception", js.in, js.in)
	j.open("if (seen.value() == null)")
	j.l("seen.update(Boolean.TRUE);")
	j.l("out.collect(value);")
	j.close("")
	j.close("")
	j.close("")
}

// fnEnricher writes a KeyedProcessFunction with value and map state and a
// processing-time timer.
func (g *gen) fnEnricher(js *job, j *javaFile, nested bool) {
	name := js.name + "Enricher"
	in, out := js.in, js.out
	js.ref(j, in, out)
	j.imp("org.apache.flink.streaming.api.functions.KeyedProcessFunction", "org.apache.flink.api.common.state.ValueState",
		"org.apache.flink.api.common.state.ValueStateDescriptor", "org.apache.flink.api.common.state.MapState",
		"org.apache.flink.api.common.state.MapStateDescriptor", "org.apache.flink.api.common.typeinfo.Types",
		"org.apache.flink.util.Collector")
	g.javadoc(j)
	classDecl(j, nested, "%s extends KeyedProcessFunction<String, %s, %s>", name, in, out)
	j.l("private static final long serialVersionUID = 1L;")
	j.l("private static final long FLUSH_AFTER_MS = %d_000L;", pick(g, []int{10, 30, 60, 300}))
	j.l("")
	j.l("private transient ValueState<%s> current;", out)
	j.l("private transient MapState<String, Long> countsByStatus;")
	j.l("private transient ValueState<Long> timer;")
	j.l("")
	j.l("@Override")
	j.open(js.openMethod(j))
	j.l("current = getRuntimeContext().getState(new ValueStateDescriptor<>(\"current\", %s.class));", out)
	j.l("countsByStatus = getRuntimeContext().getMapState(new MapStateDescriptor<>(\"counts-by-status\", Types.STRING, Types.LONG));")
	j.l("timer = getRuntimeContext().getState(new ValueStateDescriptor<>(\"timer\", Types.LONG));")
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public void processElement(%s event, Context ctx, Collector<%s> out) throws Exception", in, out)
	j.l("%s summary = current.value();", out)
	j.open("if (summary == null)")
	j.l("summary = new %s();", out)
	j.l("summary.setKey(ctx.getCurrentKey());")
	j.close("")
	j.l("summary.setCount(summary.getCount() + 1);")
	j.l("summary.setTotal(summary.getTotal() + event.getAmountCents());")
	j.l("Long seen = countsByStatus.get(event.getStatus());")
	j.l("countsByStatus.put(event.getStatus(), seen == null ? 1L : seen + 1);")
	j.l("current.update(summary);")
	j.open("if (timer.value() == null)")
	j.l("long at = ctx.timerService().currentProcessingTime() + FLUSH_AFTER_MS;")
	j.l("ctx.timerService().registerProcessingTimeTimer(at);")
	j.l("timer.update(at);")
	j.close("")
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public void onTimer(long timestamp, OnTimerContext ctx, Collector<%s> out) throws Exception", out)
	j.l("%s summary = current.value();", out)
	j.open("if (summary != null)")
	j.l("summary.setWindowEnd(timestamp);")
	j.l("out.collect(summary);")
	j.close("")
	j.l("current.clear();")
	j.l("countsByStatus.clear();")
	j.l("timer.clear();")
	j.close("")
	j.close("")
}

// fnTracker writes a session tracker: on the shared module's abstract base
// (MapState and timers inherited) when there is one, else a
// KeyedProcessFunction with ListState.
func (g *gen) fnTracker(js *job, j *javaFile, nested bool) {
	name := js.name + "SessionTracker"
	in, out := js.in, js.out
	js.ref(j, in, out)
	j.imp("java.time.Duration")
	if js.common {
		j.imp(commonPkg+".AbstractTimedStateFunction", "java.util.Map")
		g.javadoc(j)
		classDecl(j, nested, "%s extends AbstractTimedStateFunction<String, %s, %s>", name, in, out)
		j.l("private static final long serialVersionUID = 1L;")
		j.l("")
		j.open("public %s(Duration gap)", name)
		j.l("super(gap);")
		j.close("")
		j.l("")
		j.l("@Override")
		j.open("protected String bucketOf(%s event)", in)
		j.l("return event.getStatus() == null ? \"UNKNOWN\" : event.getStatus();")
		j.close("")
		j.l("")
		j.l("@Override")
		j.open("protected %s emit(String key, Map<String, Long> counts, long end)", out)
		j.l("%s result = new %s();", out, out)
		j.l("result.setKey(key);")
		j.l("result.setCount(counts.values().stream().mapToLong(Long::longValue).sum());")
		j.l("result.setWindowEnd(end);")
		j.l("return result;")
		j.close("")
		j.close("")
		return
	}
	j.imp("org.apache.flink.streaming.api.functions.KeyedProcessFunction", "org.apache.flink.api.common.state.ListState",
		"org.apache.flink.api.common.state.ListStateDescriptor", "org.apache.flink.util.Collector")
	g.javadoc(j)
	classDecl(j, nested, "%s extends KeyedProcessFunction<String, %s, %s>", name, in, out)
	j.l("private static final long serialVersionUID = 1L;")
	j.l("")
	j.l("private final long gapMs;")
	j.l("private transient ListState<%s> session;", in)
	j.l("")
	j.open("public %s(Duration gap)", name)
	j.l("this.gapMs = gap.toMillis();")
	j.close("")
	j.l("")
	j.l("@Override")
	j.open(js.openMethod(j))
	j.l("session = getRuntimeContext().getListState(new ListStateDescriptor<>(\"session\", %s.class));", in)
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public void processElement(%s event, Context ctx, Collector<%s> out) throws Exception", in, out)
	j.l("session.add(event);")
	j.l("ctx.timerService().registerEventTimeTimer(event.getTimestamp() + gapMs);")
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public void onTimer(long timestamp, OnTimerContext ctx, Collector<%s> out) throws Exception", out)
	j.l("%s result = new %s();", out, out)
	j.l("result.setKey(ctx.getCurrentKey());")
	j.open("for (%s e : session.get())", in)
	j.l("result.setCount(result.getCount() + 1);")
	j.l("result.setTotal(result.getTotal() + e.getAmountCents());")
	j.close("")
	j.l("result.setWindowEnd(timestamp);")
	j.l("out.collect(result);")
	j.l("session.clear();")
	j.close("")
	j.close("")
}

func (g *gen) fnAggregate(js *job, j *javaFile, nested bool) {
	name := js.name + "Totals"
	in, out := js.in, js.out
	js.ref(j, in, out)
	j.imp("org.apache.flink.api.common.functions.AggregateFunction")
	g.javadoc(j)
	classDecl(j, nested, "%s implements AggregateFunction<%s, %s, %s>", name, in, out, out)
	j.l("private static final long serialVersionUID = 1L;")
	j.l("")
	j.l("@Override")
	j.open("public %s createAccumulator()", out)
	j.l("return new %s();", out)
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public %s add(%s value, %s acc)", out, in, out)
	j.l("acc.setKey(value.getCustomerId());")
	j.l("acc.setCount(acc.getCount() + 1);")
	j.l("acc.setTotal(acc.getTotal() + value.getAmountCents());")
	j.l("return acc;")
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public %s getResult(%s acc)", out, out)
	j.l("return acc;")
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public %s merge(%s a, %s b)", out, out, out)
	j.l("return a.merge(b);")
	j.close("")
	j.close("")
}

func (g *gen) fnWindowResult(js *job, j *javaFile, nested bool) {
	name := js.name + "WindowResult"
	out := js.out
	js.ref(j, out)
	j.imp("org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction",
		"org.apache.flink.streaming.api.windowing.windows.TimeWindow", "org.apache.flink.util.Collector")
	g.javadoc(j)
	classDecl(j, nested, "%s extends ProcessWindowFunction<%s, %s, String, TimeWindow>", name, out, out)
	j.l("private static final long serialVersionUID = 1L;")
	j.l("")
	j.l("@Override")
	j.open("public void process(String key, Context ctx, Iterable<%s> totals, Collector<%s> out)", out, out)
	j.open("for (%s total : totals)", out)
	j.l("total.setKey(key);")
	j.l("total.setWindowEnd(ctx.window().getEnd());")
	j.l("out.collect(total);")
	j.close("")
	j.close("")
	j.close("")
}

func (g *gen) fnSessionWindow(js *job, j *javaFile, nested bool) {
	name := js.name + "SessionWindow"
	in, out := js.in, js.out
	js.ref(j, in, out)
	j.imp("org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction",
		"org.apache.flink.streaming.api.windowing.windows.TimeWindow", "org.apache.flink.util.Collector")
	g.javadoc(j)
	classDecl(j, nested, "%s extends ProcessWindowFunction<%s, %s, String, TimeWindow>", name, in, out)
	j.l("private static final long serialVersionUID = 1L;")
	j.l("")
	j.l("@Override")
	j.open("public void process(String key, Context ctx, Iterable<%s> events, Collector<%s> out)", in, out)
	j.l("%s session = new %s();", out, out)
	j.l("session.setKey(key);")
	j.open("for (%s e : events)", in)
	j.l("session.setCount(session.getCount() + 1);")
	j.l("session.setTotal(session.getTotal() + e.getAmountCents());")
	j.close("")
	j.l("session.setWindowEnd(ctx.window().getEnd());")
	j.l("out.collect(session);")
	j.close("")
	j.close("")
}

func (g *gen) fnIntervalJoin(js *job, j *javaFile, nested bool) {
	name := js.name + "Join"
	in, other, out := js.in, js.other, js.out
	js.ref(j, in, other, out)
	j.imp("org.apache.flink.streaming.api.functions.co.ProcessJoinFunction", "org.apache.flink.util.Collector")
	g.javadoc(j)
	classDecl(j, nested, "%s extends ProcessJoinFunction<%s, %s, %s>", name, in, other, out)
	j.l("private static final long serialVersionUID = 1L;")
	j.l("")
	j.l("@Override")
	j.open("public void processElement(%s left, %s right, Context ctx, Collector<%s> out)", in, other, out)
	j.l("%s joined = new %s();", out, out)
	j.l("joined.setKey(left.getId());")
	j.l("joined.setStatus(right.getStatus());")
	j.l("joined.setTotal(left.getAmountCents() + right.getAmountCents());")
	j.l("joined.setWindowEnd(Math.max(ctx.getLeftTimestamp(), ctx.getRightTimestamp()));")
	j.l("out.collect(joined);")
	j.close("")
	j.close("")
}

func (g *gen) fnJoiner(js *job, j *javaFile, nested bool) {
	name := js.name + "Joiner"
	in, other, out := js.in, js.other, js.out
	js.ref(j, in, other, out)
	j.imp("org.apache.flink.api.common.functions.JoinFunction")
	g.javadoc(j)
	classDecl(j, nested, "%s implements JoinFunction<%s, %s, %s>", name, in, other, out)
	j.l("private static final long serialVersionUID = 1L;")
	j.l("")
	j.l("@Override")
	j.open("public %s join(%s left, %s right)", out, in, other)
	j.l("%s joined = new %s();", out, out)
	j.l("joined.setKey(left.getId());")
	j.l("joined.setStatus(right.getStatus());")
	j.l("joined.setTotal(left.getAmountCents());")
	j.l("return joined;")
	j.close("")
	j.close("")
}

func (g *gen) fnCoGroup(js *job, j *javaFile, nested bool) {
	name := js.name + "CoGroup"
	in, other, out := js.in, js.other, js.out
	js.ref(j, in, other, out)
	j.imp("org.apache.flink.api.common.functions.CoGroupFunction", "org.apache.flink.util.Collector")
	g.javadoc(j)
	classDecl(j, nested, "%s implements CoGroupFunction<%s, %s, %s>", name, in, other, out)
	j.l("private static final long serialVersionUID = 1L;")
	j.l("")
	j.l("@Override")
	j.open("public void coGroup(Iterable<%s> lefts, Iterable<%s> rights, Collector<%s> out)", in, other, out)
	j.l("%s result = new %s();", out, out)
	j.open("for (%s l : lefts)", in)
	j.l("result.setKey(l.getId());")
	j.l("result.setTotal(result.getTotal() + l.getAmountCents());")
	j.close("")
	j.open("for (%s r : rights)", other)
	j.l("result.setCount(result.getCount() + 1);")
	j.close("")
	j.open("if (result.getKey() != null)")
	j.l("out.collect(result);")
	j.close("")
	j.close("")
	j.close("")
}

func (g *gen) fnPattern(js *job, j *javaFile, nested bool) {
	name := js.name + "PatternAlert"
	in, out := js.in, js.out
	js.ref(j, in, out)
	j.imp("org.apache.flink.cep.functions.PatternProcessFunction", "org.apache.flink.util.Collector", "java.util.List", "java.util.Map")
	g.javadoc(j)
	classDecl(j, nested, "%s extends PatternProcessFunction<%s, %s>", name, in, out)
	j.l("private static final long serialVersionUID = 1L;")
	j.l("")
	j.l("@Override")
	j.open("public void processMatch(Map<String, List<%s>> match, Context ctx, Collector<%s> out)", in, out)
	j.l("%s large = match.get(\"large\").get(0);", in)
	j.l("%s alert = new %s();", out, out)
	j.l("alert.setKey(large.getAccountId());")
	j.l("alert.setStatus(\"SUSPICIOUS\");")
	j.l("alert.setCount(match.get(\"first\").size());")
	j.l("alert.setTotal(large.getAmountCents());")
	j.l("out.collect(alert);")
	j.close("")
	j.close("")
}

func (g *gen) fnAsync(js *job, j *javaFile, nested bool) {
	name := js.name + "Lookup"
	in, out := js.in, js.out
	js.ref(j, in, out)
	j.imp("org.apache.flink.streaming.api.functions.async.RichAsyncFunction", "org.apache.flink.streaming.api.functions.async.ResultFuture",
		"java.net.URI", "java.net.http.HttpClient", "java.net.http.HttpRequest", "java.net.http.HttpResponse",
		"java.time.Duration", "java.util.Collections")
	g.javadoc(j)
	classDecl(j, nested, "%s extends RichAsyncFunction<%s, %s>", name, in, out)
	j.l("private static final long serialVersionUID = 1L;")
	j.l("")
	j.l("private final String endpoint;")
	j.l("private transient HttpClient client;")
	j.l("")
	j.open("public %s(String endpoint)", name)
	j.l("this.endpoint = endpoint;")
	j.close("")
	j.l("")
	j.l("@Override")
	j.open(js.openMethod(j))
	j.l("client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();")
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public void asyncInvoke(%s event, ResultFuture<%s> resultFuture)", in, out)
	j.l("HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + \"/\" + event.getCustomerId())).build();")
	j.l("client.sendAsync(request, HttpResponse.BodyHandlers.ofString())")
	j.l("        .thenApply(response -> {")
	j.l("            %s result = new %s();", out, out)
	j.l("            result.setKey(event.getCustomerId());")
	j.l("            result.setStatus(response.statusCode() == 200 ? \"FOUND\" : \"MISSING\");")
	j.l("            result.setTotal(event.getAmountCents());")
	j.l("            return result;")
	j.l("        })")
	j.l("        .whenComplete((result, error) -> {")
	j.l("            if (error != null) {")
	j.l("                resultFuture.completeExceptionally(error);")
	j.l("            } else {")
	j.l("                resultFuture.complete(Collections.singleton(result));")
	j.l("            }")
	j.l("        });")
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public void timeout(%s event, ResultFuture<%s> resultFuture)", in, out)
	j.l("resultFuture.complete(Collections.emptyList());")
	j.close("")
	j.close("")
}

func (g *gen) fnRules(js *job, j *javaFile, nested bool) {
	name := js.name + "RuleEvaluator"
	in, rule, out := js.in, js.rule, js.out
	js.ref(j, in, rule, out)
	j.imp("org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction", "org.apache.flink.api.common.state.BroadcastState",
		"org.apache.flink.api.common.state.MapStateDescriptor", "org.apache.flink.api.common.state.ReadOnlyBroadcastState",
		"org.apache.flink.api.common.state.ValueState", "org.apache.flink.api.common.state.ValueStateDescriptor",
		"org.apache.flink.api.common.typeinfo.TypeInformation", "org.apache.flink.api.common.typeinfo.Types",
		"org.apache.flink.util.Collector", "java.util.Map")
	g.javadoc(j)
	classDecl(j, nested, "%s extends KeyedBroadcastProcessFunction<String, %s, %s, %s>", name, in, rule, out)
	j.l("private static final long serialVersionUID = 1L;")
	j.l("")
	j.l("public static final MapStateDescriptor<String, %s> RULES =", rule)
	j.l("        new MapStateDescriptor<>(\"%s-rules\", Types.STRING, TypeInformation.of(%s.class));", js.m.domain, rule)
	j.l("")
	j.l("private transient ValueState<Long> lastAlert;")
	j.l("")
	j.l("@Override")
	j.open(js.openMethod(j))
	j.l("lastAlert = getRuntimeContext().getState(new ValueStateDescriptor<>(\"last-alert\", Types.LONG));")
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public void processElement(%s event, ReadOnlyContext ctx, Collector<%s> out) throws Exception", in, out)
	j.l("ReadOnlyBroadcastState<String, %s> rules = ctx.getBroadcastState(RULES);", rule)
	j.open("for (Map.Entry<String, %s> entry : rules.immutableEntries())", rule)
	j.open("if (entry.getValue().getTotal() < event.getAmountCents())")
	j.l("Long last = lastAlert.value();")
	j.open("if (last == null || event.getTimestamp() - last > %d_000L)", pick(g, []int{10, 60, 300}))
	j.l("lastAlert.update(event.getTimestamp());")
	j.l("%s alert = new %s();", out, out)
	j.l("alert.setKey(ctx.getCurrentKey());")
	j.l("alert.setStatus(\"rule \" + entry.getKey());")
	j.l("out.collect(alert);")
	j.close("")
	j.close("")
	j.close("")
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public void processBroadcastElement(%s rule, Context ctx, Collector<%s> out) throws Exception", rule, out)
	j.l("BroadcastState<String, %s> rules = ctx.getBroadcastState(RULES);", rule)
	j.open("if (\"ACTIVE\".equals(rule.getStatus()))")
	j.l("rules.put(rule.getId(), rule);")
	j.ind--
	j.open("} else")
	j.l("rules.remove(rule.getId());")
	j.close("")
	j.close("")
	j.close("")
}

// fnBuffer writes a map function with operator state (CheckpointedFunction).
func (g *gen) fnBuffer(js *job, j *javaFile, nested bool, t string) {
	name := js.name + "Buffer"
	if t == js.out {
		name = js.name + "OutputBuffer"
	}
	js.ref(j, t)
	j.imp("org.apache.flink.api.common.functions.RichMapFunction", "org.apache.flink.api.common.state.ListState",
		"org.apache.flink.api.common.state.ListStateDescriptor", "org.apache.flink.runtime.state.FunctionInitializationContext",
		"org.apache.flink.runtime.state.FunctionSnapshotContext", "org.apache.flink.streaming.api.checkpoint.CheckpointedFunction",
		"java.util.ArrayList", "java.util.List")
	g.javadoc(j)
	classDecl(j, nested, "%s extends RichMapFunction<%s, %s> implements CheckpointedFunction", name, t, t)
	j.l("private static final long serialVersionUID = 1L;")
	j.l("")
	j.l("private final List<%s> pending = new ArrayList<>();", t)
	j.l("private transient ListState<%s> checkpointed;", t)
	j.l("")
	j.l("@Override")
	j.open("public %s map(%s value)", t, t)
	j.l("pending.add(value);")
	j.open("if (pending.size() > %d)", pick(g, []int{100, 500, 1000}))
	j.l("pending.clear();")
	j.close("")
	j.l("return value;")
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public void snapshotState(FunctionSnapshotContext context) throws Exception")
	j.l("checkpointed.update(pending);")
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public void initializeState(FunctionInitializationContext context) throws Exception")
	j.l("checkpointed = context.getOperatorStateStore().getListState(new ListStateDescriptor<>(\"pending\", %s.class));", t)
	j.open("if (context.isRestored())")
	j.open("for (%s v : checkpointed.get())", t)
	j.l("pending.add(v);")
	j.close("")
	j.close("")
	j.close("")
	j.close("")
}

func (g *gen) fnSplit(js *job, j *javaFile, nested bool) {
	name := js.name + "Splitter"
	in := js.in
	js.ref(j, in)
	j.imp("org.apache.flink.streaming.api.functions.ProcessFunction", "org.apache.flink.util.Collector", "org.apache.flink.util.OutputTag")
	g.javadoc(j)
	classDecl(j, nested, "%s extends ProcessFunction<%s, %s>", name, in, in)
	j.l("private static final long serialVersionUID = 1L;")
	j.l("")
	j.l("public static final OutputTag<%s> REJECTED = new OutputTag<%s>(\"rejected\") {};", in, in)
	j.l("")
	j.l("@Override")
	j.open("public void processElement(%s value, Context ctx, Collector<%s> out)", in, in)
	j.open("if (value.getCustomerId() == null || value.getAmountCents() < 0)")
	j.l("ctx.output(REJECTED, value);")
	j.ind--
	j.open("} else")
	j.l("out.collect(value);")
	j.close("")
	j.close("")
	j.close("")
}

func (g *gen) fnMap(js *job, j *javaFile, nested bool, name string) {
	in, out := js.in, js.out
	js.ref(j, in, out)
	rich := g.pct(50)
	if rich {
		j.imp("org.apache.flink.api.common.functions.RichMapFunction")
	} else {
		j.imp("org.apache.flink.api.common.functions.MapFunction")
	}
	g.javadoc(j)
	if rich {
		classDecl(j, nested, "%s extends RichMapFunction<%s, %s>", name, in, out)
	} else {
		classDecl(j, nested, "%s implements MapFunction<%s, %s>", name, in, out)
	}
	j.l("private static final long serialVersionUID = 1L;")
	j.l("")
	if rich {
		j.l("private transient long threshold;")
		j.l("")
		j.l("@Override")
		j.open(js.openMethod(j))
		j.l("threshold = Long.getLong(\"%s.threshold\", %dL);", js.m.domain, g.between(100, 10000))
		j.close("")
		j.l("")
	}
	j.l("@Override")
	j.open("public %s map(%s value)", out, in)
	j.l("%s result = new %s();", out, out)
	j.l("result.setKey(value.getCustomerId());")
	j.l("result.setTotal(value.getAmountCents());")
	if rich {
		j.l("result.setStatus(value.getAmountCents() > threshold ? \"HIGH\" : \"NORMAL\");")
	} else {
		j.l("result.setStatus(value.getStatus());")
	}
	j.l("return result;")
	j.close("")
	j.close("")
}

// fnDeserializer writes a JSON DeserializationSchema for t.
func (g *gen) fnDeserializer(js *job, j *javaFile, nested bool, t string) {
	js.ref(j, t)
	j.imp("org.apache.flink.api.common.serialization.DeserializationSchema", "org.apache.flink.api.common.typeinfo.TypeInformation",
		"com.fasterxml.jackson.databind.ObjectMapper", "java.io.IOException")
	g.javadoc(j)
	classDecl(j, nested, "%sDeserializer implements DeserializationSchema<%s>", t, t)
	j.l("private static final long serialVersionUID = 1L;")
	j.l("private static final ObjectMapper MAPPER = new ObjectMapper();")
	j.l("")
	j.l("@Override")
	j.open("public %s deserialize(byte[] message) throws IOException", t)
	j.l("return MAPPER.readValue(message, %s.class);", t)
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public boolean isEndOfStream(%s next)", t)
	j.l("return false;")
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public TypeInformation<%s> getProducedType()", t)
	j.l("return TypeInformation.of(%s.class);", t)
	j.close("")
	j.close("")
}

// fnSerializer writes a JSON SerializationSchema for t.
func (g *gen) fnSerializer(js *job, j *javaFile, nested bool, t string) {
	js.ref(j, t)
	j.imp("org.apache.flink.api.common.serialization.SerializationSchema", "com.fasterxml.jackson.core.JsonProcessingException",
		"com.fasterxml.jackson.databind.ObjectMapper")
	g.javadoc(j)
	classDecl(j, nested, "%sSerializer implements SerializationSchema<%s>", t, t)
	j.l("private static final long serialVersionUID = 1L;")
	j.l("private static final ObjectMapper MAPPER = new ObjectMapper();")
	j.l("")
	j.l("@Override")
	j.open("public byte[] serialize(%s element)", t)
	j.open("try")
	j.l("return MAPPER.writeValueAsBytes(element);")
	j.ind--
	j.open("} catch (JsonProcessingException e)")
	j.l("throw new IllegalStateException(\"cannot serialize \" + element, e);")
	j.close("")
	j.close("")
	j.close("")
}
