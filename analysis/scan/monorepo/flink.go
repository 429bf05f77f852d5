package monorepo

import (
	"fmt"
	"sort"
	"strings"
)

// Job styles: how a job's main builds its pipeline.
const (
	styleFluent        = iota // one chain from source to sink
	styleLocals               // one local per step, uids sometimes set later on the local
	styleHelpers              // steps in static methods of a Pipelines class in another file
	styleInstance             // main calls new XJob(params).run(), which builds the job
	styleFactory              // the environment comes from the shared module's factory
	styleConfiguration        // settings in a Configuration passed to getExecutionEnvironment
)

// Uid policies of a job.
const (
	uidLiteral     = iota // every operator has a literal uid
	uidPartial            // some operators have none
	uidNone               // no operator has one
	uidLocalConst         // uids are constants of the job class
	uidCommonConst        // uids are constants of the shared Uids class
)

// unit is a class a job needs (a function, a model, a serializer), written
// either as a file of its own or nested in the class that uses it.
type unit struct {
	name  string
	sub   string // subpackage when written as a file: "functions", "model", "serde"
	write func(j *javaFile, nested bool)
	fqn   string // set when placed
}

// job is one Flink job being generated.
type job struct {
	g           *gen
	m           *module
	name, class string // "OrderEnrichment", "OrderEnrichmentJob"
	in, out     string // element types
	other, rule string // types of the joined and the broadcast streams
	style, uids int
	v           int // Flink minor version: 18, 19, 20; 200 for 2.0
	common      bool
	jf          *javaFile // the job class
	pf          *javaFile // the Pipelines class (helpers style)
	home        *javaFile // where nested units go
	homeClass   string
	units       []*unit
	refs        map[*javaFile]map[string]bool // model and unit names each file uses
	locals      map[string]bool
	consts      []string // uid constants of the job class
	lastUID     string
	wantDup     bool // reuse one uid (UID002)
	wantRandom  bool // one uid from UUID.randomUUID() (UID003)
	chainMode   int  // for main-written pipelines: 0 fluent, 1 locals
}

// ref records that file f uses the class named name.
func (js *job) ref(f *javaFile, names ...string) {
	if js.refs[f] == nil {
		js.refs[f] = map[string]bool{}
	}
	for _, n := range names {
		js.refs[f][n] = true
	}
}

// use registers a unit the job needs (once) and returns its name.
func (js *job) use(f *javaFile, name, sub string, write func(j *javaFile, nested bool)) string {
	js.ref(f, name)
	if _, ok := js.m.shared[name]; ok {
		return name
	}
	for _, u := range js.units {
		if u.name == name {
			return name
		}
	}
	js.units = append(js.units, &unit{name: name, sub: sub, write: write})
	return name
}

// local returns a fresh local variable name based on base.
func (js *job) local(base string) string {
	n := base
	for i := 2; js.locals[n]; i++ {
		n = fmt.Sprintf("%s%d", base, i)
	}
	js.locals[n] = true
	return n
}

func (g *gen) flinkModule(m *module) {
	m.shared = map[string]string{}
	// The first job module has every kind of file, so that small trees
	// (tests) have them all.
	all := g.flinkModules == 0
	g.flinkModules++
	if m.budget > 8 && (all || g.pct(65)) {
		g.write(m.dir+"/src/main/resources/"+pick(g, []string{"log4j2.properties", "log4j.properties", "log4j-console.properties"}), g.log4j(m))
		m.budget--
	}
	if m.budget > 8 && (all || g.pct(55)) {
		name, data := g.flinkConfig(m)
		g.write(m.dir+"/src/main/resources/"+name, data)
		m.budget--
	}
	wantManifest := m.budget > 8 && (all || g.pct(40))
	if wantManifest {
		m.budget-- // written once the first job's class is known
	}
	tests := m.budget * 20 / 100
	main := m.budget - tests
	jobs := min(max(1, main*g.between(14, 20)/100), 8)
	var first string
	for i := 0; i < jobs && m.budget > tests; i++ {
		left := m.budget - tests
		allowance := max(1, left/(jobs-i)*g.between(85, 100)/100)
		fqn := g.flinkJob(m, allowance)
		if first == "" {
			first = fqn
		}
	}
	if wantManifest {
		g.write(m.dir+"/deploy/flink-deployment.yaml", g.flinkDeployment(m, first))
	}
	// The rest: serializers, parameters, plain classes, then tests.
	for m.budget > tests {
		switch g.weighted(30, 15, 25, 15, 15) {
		case 0:
			g.flinkSerde(m)
		case 1:
			g.flinkParams(m)
		case 2:
			g.plainClass(m, pkDTO)
		case 3:
			g.plainClass(m, pkUtil)
		default:
			g.plainClass(m, pick(g, []plainKind{pkRecord, pkEnum, pkClient, pkMapper}))
		}
	}
	for m.budget > 0 {
		if g.pct(50) {
			g.flinkTest(m)
		} else if len(m.classes) > 0 {
			g.plainTest(m, pick(g, m.classes))
		} else {
			g.plainClass(m, pkUtil)
		}
	}
}

// version returns the module's Flink minor version as an int.
func version(m *module) int {
	switch {
	case strings.HasPrefix(m.flinkVersion, "2."):
		return 200
	case strings.HasPrefix(m.flinkVersion, "1.18"):
		return 18
	case strings.HasPrefix(m.flinkVersion, "1.19"):
		return 19
	}
	return 20
}

var jobNouns = []string{"Enrichment", "Aggregation", "Dedup", "Scoring", "Alerting", "Sessionization",
	"Reconciliation", "Routing", "Monitoring", "Analytics", "Detection", "Rollup"}

// flinkJob writes one job in at most allowance files (the job class
// always; pipelines, models and functions when the allowance permits,
// nested otherwise) and returns the job class's name.
func (g *gen) flinkJob(m *module, allowance int) string {
	js := &job{g: g, m: m, v: version(m), common: g.hasCommon(), refs: map[*javaFile]map[string]bool{}, locals: map[string]bool{}}
	base := camel(m.domain) + pick(g, jobNouns)
	js.name = base
	for i := 2; g.used[m.pkg+"."+js.name+"Job"]; i++ {
		js.name = fmt.Sprintf("%s%d", base, i)
	}
	js.class = js.name + "Job"
	g.used[m.pkg+"."+js.class] = true
	d := camel(m.domain)
	js.in = d + "Event"
	js.out = d + pick(g, []string{"Summary", "Score", "Alert", "Aggregate", "Snapshot"})
	js.other = camel(pick(g, domains)) + pick(g, []string{"Update", "Event", "Record"})
	if js.other == js.in {
		js.other = d + "Reference"
	}
	js.rule = d + "Rule"
	js.style = g.weighted(24, 24, 18, 10, 10, 14)
	if !js.common && js.style == styleFactory {
		js.style = styleLocals
	}
	if js.style == styleHelpers && allowance < 2 {
		js.style = styleFluent
	}
	js.uids = g.weighted(35, 25, 10, 15, 15)
	if !js.common && js.uids == uidCommonConst {
		js.uids = uidLocalConst
	}
	js.wantDup = g.pct(4)
	js.wantRandom = g.pct(2)
	js.chainMode = g.intn(2)
	if js.style == styleFluent {
		js.chainMode = 0
	} else if js.style == styleLocals {
		js.chainMode = 1
	}

	js.jf = newJava(m.pkg)
	js.home, js.homeClass = js.jf, js.class
	files := []*javaFile{js.jf}
	if js.style == styleHelpers {
		js.pf = newJava(m.pkg)
		js.home, js.homeClass = js.pf, js.name+"Pipelines"
		g.used[m.pkg+"."+js.homeClass] = true
		files = append(files, js.pf)
	}

	stages := g.stages(js)
	models := []string{js.in, js.out}
	for _, s := range stages {
		for _, a := range s.args {
			switch a {
			case "others":
				models = append(models, js.other)
			case "rules":
				models = append(models, js.rule)
			}
		}
	}
	for _, t := range models {
		js.use(js.home, t, "model", func(j *javaFile, nested bool) { g.model(js, j, nested, t) })
	}
	g.jobClass(js, stages)

	// Placement: models first, then functions and serializers, as files
	// while the allowance lasts; the rest nested in the home class.
	sort.SliceStable(js.units, func(i, k int) bool { return js.units[i].sub == "model" && js.units[k].sub != "model" })
	room := allowance - len(files)
	var own []*unit
	for _, u := range js.units {
		pkg := m.pkg + "." + u.sub
		if room > 0 && !g.used[pkg+"."+u.name] {
			room--
			g.used[pkg+"."+u.name] = true
			u.fqn = pkg + "." + u.name
			own = append(own, u)
		} else {
			u.fqn = m.pkg + "." + js.homeClass + "." + u.name
		}
		m.shared[u.name] = u.fqn
	}
	for _, u := range js.units {
		if !strings.HasPrefix(u.fqn, m.pkg+"."+js.homeClass+".") {
			continue
		}
		js.home.l("")
		u.write(js.home, true)
	}
	classOf := map[*javaFile]string{js.jf: js.class}
	if js.pf != nil {
		classOf[js.pf] = js.homeClass
	}
	var ownFiles []*javaFile
	for _, u := range own {
		f := newJava(m.pkg + "." + u.sub)
		u.write(f, false)
		ownFiles = append(ownFiles, f)
		classOf[f] = u.name
	}
	// Imports of the job's own classes, where they live elsewhere.
	for _, f := range append(append([]*javaFile(nil), files...), ownFiles...) {
		self := f.pkg + "." + classOf[f]
		for name := range js.refs[f] {
			fqn := m.shared[name]
			if fqn == "" || fqn == self || strings.HasPrefix(fqn, self+".") {
				continue
			}
			f.imp(fqn)
		}
	}
	js.jf.close("")
	g.writeJava(m, false, js.jf, js.class)
	if js.pf != nil {
		js.pf.close("")
		g.writeJava(m, false, js.pf, js.homeClass)
	}
	for i, u := range own {
		g.writeJava(m, false, ownFiles[i], u.name)
	}
	m.classes = append(m.classes, classRef{pkg: m.pkg, name: js.class, kind: pkService})
	g.st.Jobs++
	return m.pkg + "." + js.class
}

// hasCommon reports whether the shared Flink module will be written.
func (g *gen) hasCommon() bool { return g.commonPlanned }

// ---- stages ----

// stage is one step of a pipeline.
type stage struct {
	op     string   // "dedup": names the uid, the operator and the local
	wrap   string   // a format taking the input stream, for steps that are not a method of it
	segs   []string // chained calls, each starting with "."
	out    string   // element type after the step
	pre    []string // statements the step needs first
	noUID  bool     // union, rebalance: not operators that take a uid
	params []string // extra streams a helper method takes: "DataStream<X> others"
	args   []string // and the arguments main passes
	split  string   // for a split step: the side output tag expression
}

// stages chooses a job's steps: a few on the input type, one that turns it
// into the output type, a few on the output type.
func (g *gen) stages(js *job) []stage {
	var out []stage
	seen := map[int]bool{}
	for i, n := 0, g.between(0, 2); i < n; i++ {
		k := g.weighted(30, 25, 10, 10, 8, 4)
		if k == 3 && js.chainMode == 0 && js.style != styleHelpers {
			k = 0 // a split needs its result in a local
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, g.inStage(js, k))
	}
	out = append(out, g.mainStage(js, g.weighted(8, 14, 8, 16, 7, 7, 6, 4, 8, 10, 8)))
	seen = map[int]bool{}
	for i, n := 0, g.between(0, 2); i < n; i++ {
		k := g.weighted(40, 35, 15, 10)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, g.outStage(js, k))
	}
	return out
}

func (js *job) key(t string) string {
	switch js.g.intn(3) {
	case 0:
		return t + "::getId"
	case 1:
		return "e -> e.getCustomerId()"
	}
	return t + "::getAccountId"
}

// windowSize renders a window length in the module's API.
func (js *job) dur(unit string, n int) string {
	if js.v == 18 || js.v < 200 && js.g.pct(25) {
		js.jf.imp("org.apache.flink.streaming.api.windowing.time.Time")
		if js.pf != nil {
			js.pf.imp("org.apache.flink.streaming.api.windowing.time.Time")
		}
		return fmt.Sprintf("Time.%s(%d)", unit, n)
	}
	js.home.imp("java.time.Duration")
	js.jf.imp("java.time.Duration")
	return fmt.Sprintf("Duration.of%s(%d)", capitalize(unit), n)
}

func (g *gen) inStage(js *job, k int) stage {
	h := js.home
	switch k {
	case 0:
		return stage{op: "validate", segs: []string{fmt.Sprintf(".filter(e -> e.getAmountCents() %s 0 && e.getStatus() != null)", pick(g, []string{">", ">=", "!="}))}, out: js.in}
	case 1:
		fn := js.use(h, js.name+"Deduplicator", "functions", func(j *javaFile, nested bool) { g.fnDedup(js, j, nested) })
		return stage{op: "dedup", segs: []string{".keyBy(" + js.key(js.in) + ")", ".flatMap(new " + fn + "())"}, out: js.in}
	case 2:
		fn := js.use(h, js.name+"Buffer", "functions", func(j *javaFile, nested bool) { g.fnBuffer(js, j, nested, js.in) })
		return stage{op: "buffer", segs: []string{".map(new " + fn + "())"}, out: js.in}
	case 3:
		fn := js.use(h, js.name+"Splitter", "functions", func(j *javaFile, nested bool) { g.fnSplit(js, j, nested) })
		return stage{op: "split", segs: []string{".process(new " + fn + "())"}, out: js.in, split: fn + ".REJECTED"}
	case 4:
		return stage{op: "union", segs: []string{".union(backfill)"}, out: js.in, noUID: true,
			params: []string{"DataStream<" + js.in + "> backfill"}, args: []string{"backfill"}}
	}
	return stage{op: "rebalance", segs: []string{".rebalance()"}, out: js.in, noUID: true}
}

func (g *gen) mainStage(js *job, k int) stage {
	h := js.home
	in, out := js.in, js.out
	js.ref(h, in, out)
	switch k {
	case 0:
		fn := js.use(h, js.name+"Mapper", "functions", func(j *javaFile, nested bool) { g.fnMap(js, j, nested, js.name+"Mapper") })
		return stage{op: "to-" + kebab(out), segs: []string{".map(new " + fn + "())"}, out: out}
	case 1:
		fn := js.use(h, js.name+"Enricher", "functions", func(j *javaFile, nested bool) { g.fnEnricher(js, j, nested) })
		return stage{op: "enrich", segs: []string{".keyBy(" + js.key(in) + ")", ".process(new " + fn + "())"}, out: out}
	case 2:
		h.imp("java.time.Duration")
		fn := js.use(h, js.name+"SessionTracker", "functions", func(j *javaFile, nested bool) { g.fnTracker(js, j, nested) })
		return stage{op: "sessions", segs: []string{".keyBy(" + js.key(in) + ")", fmt.Sprintf(".process(new %s(Duration.ofMinutes(%d)))", fn, pick(g, []int{15, 30, 45}))}, out: out}
	case 3:
		h.imp("org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows")
		agg := js.use(h, js.name+"Totals", "functions", func(j *javaFile, nested bool) { g.fnAggregate(js, j, nested) })
		s := stage{op: "window-totals", out: out, segs: []string{".keyBy(" + js.key(in) + ")",
			".window(TumblingEventTimeWindows.of(" + js.dur("minutes", pick(g, []int{1, 5, 10, 15, 60})) + "))"}}
		if g.pct(50) {
			wf := js.use(h, js.name+"WindowResult", "functions", func(j *javaFile, nested bool) { g.fnWindowResult(js, j, nested) })
			s.segs = append(s.segs, ".aggregate(new "+agg+"(), new "+wf+"())")
		} else {
			s.segs = append(s.segs, ".aggregate(new "+agg+"())")
		}
		return s
	case 4:
		h.imp("org.apache.flink.streaming.api.windowing.assigners.EventTimeSessionWindows")
		wf := js.use(h, js.name+"SessionWindow", "functions", func(j *javaFile, nested bool) { g.fnSessionWindow(js, j, nested) })
		return stage{op: "session-window", out: out, segs: []string{".keyBy(" + js.key(in) + ")",
			".window(EventTimeSessionWindows.withGap(" + js.dur("minutes", pick(g, []int{10, 15, 30})) + "))", ".process(new " + wf + "())"}}
	case 5:
		js.ref(h, js.other)
		fn := js.use(h, js.name+"Join", "functions", func(j *javaFile, nested bool) { g.fnIntervalJoin(js, j, nested) })
		return stage{op: "interval-join", out: out, segs: []string{".keyBy(" + in + "::getId)", ".intervalJoin(others.keyBy(" + js.other + "::getId))",
			".between(" + js.dur("minutes", -5) + ", " + js.dur("minutes", 5) + ")", ".process(new " + fn + "())"},
			params: []string{"DataStream<" + js.other + "> others"}, args: []string{"others"}}
	case 6:
		js.ref(h, js.other)
		h.imp("org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows")
		if g.pct(50) {
			fn := js.use(h, js.name+"Joiner", "functions", func(j *javaFile, nested bool) { g.fnJoiner(js, j, nested) })
			return stage{op: "window-join", out: out, segs: []string{".join(others)", ".where(" + in + "::getId)", ".equalTo(" + js.other + "::getId)",
				".window(TumblingEventTimeWindows.of(" + js.dur("minutes", 1) + "))", ".apply(new " + fn + "())"},
				params: []string{"DataStream<" + js.other + "> others"}, args: []string{"others"}}
		}
		fn := js.use(h, js.name+"CoGroup", "functions", func(j *javaFile, nested bool) { g.fnCoGroup(js, j, nested) })
		return stage{op: "co-group", out: out, segs: []string{".coGroup(others)", ".where(" + in + "::getId)", ".equalTo(" + js.other + "::getId)",
			".window(TumblingEventTimeWindows.of(" + js.dur("minutes", 5) + "))", ".apply(new " + fn + "())"},
			params: []string{"DataStream<" + js.other + "> others"}, args: []string{"others"}}
	case 7:
		h.imp("org.apache.flink.cep.CEP", "org.apache.flink.cep.pattern.Pattern", "org.apache.flink.cep.pattern.conditions.SimpleCondition")
		fn := js.use(h, js.name+"PatternAlert", "functions", func(j *javaFile, nested bool) { g.fnPattern(js, j, nested) })
		p := js.local("suspicious")
		return stage{op: "pattern", out: out, wrap: "CEP.pattern(%s.keyBy(" + in + "::getAccountId), " + p + ")", segs: []string{".process(new " + fn + "())"},
			pre: []string{
				fmt.Sprintf("Pattern<%s, ?> %s = Pattern.<%s>begin(\"first\")", in, p, in),
				fmt.Sprintf("        .where(SimpleCondition.of(e -> e.getAmountCents() < %d))", g.between(50, 500)),
				fmt.Sprintf("        .timesOrMore(%d)", g.between(2, 5)),
				"        .followedBy(\"large\")",
				fmt.Sprintf("        .where(SimpleCondition.of(e -> e.getAmountCents() > %d))", g.between(10_000, 90_000)),
				fmt.Sprintf("        .within(%s);", js.dur("minutes", pick(g, []int{5, 10, 30}))),
			}}
	case 8:
		h.imp("org.apache.flink.streaming.api.datastream.AsyncDataStream", "java.util.concurrent.TimeUnit")
		fn := js.use(h, js.name+"Lookup", "functions", func(j *javaFile, nested bool) { g.fnAsync(js, j, nested) })
		how := pick(g, []string{"unorderedWait", "orderedWait"})
		return stage{op: "lookup", out: out, wrap: fmt.Sprintf("AsyncDataStream.%s(%%s, new %s(\"http://%s-api.internal:8080/v1\"), %d, TimeUnit.MILLISECONDS, %d)",
			how, fn, js.m.domain, pick(g, []int{200, 500, 1000, 2000}), pick(g, []int{50, 100, 200}))}
	case 9:
		h.imp("org.apache.flink.streaming.api.datastream.BroadcastStream")
		js.ref(h, js.rule)
		fn := js.use(h, js.name+"RuleEvaluator", "functions", func(j *javaFile, nested bool) { g.fnRules(js, j, nested) })
		b := js.local("ruleBroadcast")
		return stage{op: "evaluate-rules", out: out, segs: []string{".keyBy(" + js.key(in) + ")", ".connect(" + b + ")", ".process(new " + fn + "())"},
			pre:    []string{fmt.Sprintf("BroadcastStream<%s> %s = rules.broadcast(%s.RULES);", js.rule, b, fn)},
			params: []string{"DataStream<" + js.rule + "> rules"}, args: []string{"rules"}}
	}
	fn := js.use(h, js.name+"Scorer", "functions", func(j *javaFile, nested bool) { g.fnMap(js, j, nested, js.name+"Scorer") })
	return stage{op: "score", segs: []string{".map(new " + fn + "())", fmt.Sprintf(".setParallelism(%d)", pick(g, []int{2, 4, 8}))}, out: out}
}

func (g *gen) outStage(js *job, k int) stage {
	h := js.home
	switch k {
	case 0:
		return stage{op: "significant", segs: []string{fmt.Sprintf(".filter(s -> s.getTotal() > %d)", g.between(0, 1000))}, out: js.out}
	case 1:
		h.imp("org.apache.flink.streaming.api.windowing.assigners.SlidingEventTimeWindows")
		return stage{op: "rolling", out: js.out, segs: []string{".keyBy(" + js.out + "::getKey)",
			".window(SlidingEventTimeWindows.of(" + js.dur("minutes", 60) + ", " + js.dur("minutes", 5) + "))",
			".reduce((a, b) -> a.merge(b))"}}
	case 2:
		fn := js.use(h, js.name+"OutputBuffer", "functions", func(j *javaFile, nested bool) { g.fnBuffer(js, j, nested, js.out) })
		return stage{op: "buffer-output", segs: []string{".map(new " + fn + "())"}, out: js.out}
	}
	return stage{op: "rebalance-output", segs: []string{".rebalance()"}, out: js.out, noUID: true}
}

// ---- uids ----

// uid returns the uid expression for operator op ("" for none).
func (js *job) uid(f *javaFile, op string) string {
	g := js.g
	switch js.uids {
	case uidNone:
		return ""
	case uidPartial:
		if !g.pct(65) {
			return ""
		}
	}
	value := kebab(js.name) + "-" + op
	if js.wantRandom && g.pct(40) {
		js.wantRandom = false
		f.imp("java.util.UUID")
		return "UUID.randomUUID().toString()"
	}
	if js.wantDup && js.lastUID != "" && g.pct(50) {
		js.wantDup = false
		return js.lastUID
	}
	var expr string
	switch js.uids {
	case uidLocalConst:
		c := constName(strings.ReplaceAll(op, "-", "_")) + "_UID"
		exists := false
		for _, d := range js.consts {
			if strings.HasPrefix(d, c+" ") {
				exists = true
			}
		}
		if !exists {
			js.consts = append(js.consts, fmt.Sprintf("%s = \"%s\"", c, value))
		}
		expr = c
		if f != js.jf {
			expr = js.class + "." + c
		}
	case uidCommonConst:
		c := constName(strings.ReplaceAll(kebab(js.name)+"-"+op, "-", "_"))
		js.g.uidConsts = append(js.g.uidConsts, fmt.Sprintf("%s = \"%s\"", c, value))
		f.imp(commonPkg + ".Uids")
		expr = "Uids." + c
	default:
		expr = "\"" + value + "\""
	}
	js.lastUID = expr
	return expr
}

// identity returns the .uid(...)/.name(...) calls for an operator.
func (js *job) identity(f *javaFile, op string) []string {
	var out []string
	if u := js.uid(f, op); u != "" {
		out = append(out, ".uid("+u+")")
	}
	if js.g.pct(70) {
		out = append(out, ".name(\""+strings.ReplaceAll(op, "-", " ")+"\")")
	}
	return out
}

// ---- the job class ----

func (g *gen) jobClass(js *job, stages []stage) {
	j := js.jf
	j.imp("org.apache.flink.streaming.api.environment.StreamExecutionEnvironment",
		"org.apache.flink.streaming.api.datastream.DataStream",
		"org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator")
	j.l("/**")
	j.l(" * %s", g.sentence(g.between(8, 14)))
	j.l(" *")
	j.l(" * <p>%s", g.sentence(g.between(10, 18)))
	j.l(" */")
	j.open("public class %s", js.class)
	// The class body is written into a separate buffer first: constants
	// collected while writing the methods go above them.
	if js.pf != nil {
		js.pf.l("/** Steps of %s, one method per operator. */", js.class)
		js.pf.open("final class %s", js.homeClass)
		js.pf.l("")
		js.pf.open("private %s()", js.homeClass)
		js.pf.close("")
	}
	body := newJava(j.pkg)
	body.ind = 1
	js.writeMain(body, stages)
	target := g.size(5200)
	for body.len() < target {
		body.l("")
		g.jobHelper(js, body)
	}
	if len(js.consts) > 0 {
		for _, c := range js.consts {
			j.l("private static final String %s;", c)
		}
		j.l("")
	}
	if body.len() > 0 {
		j.imp("org.slf4j.Logger", "org.slf4j.LoggerFactory")
		j.l("private static final Logger log = LoggerFactory.getLogger(%s.class);", js.class)
		j.l("")
	}
	j.b.Write(body.b.Bytes())
	for k := range body.imports {
		j.imports[k] = true
	}
	for k := range body.statics {
		j.statics[k] = true
	}
	if js.refs[body] != nil {
		js.ref(j, keys(js.refs[body])...)
	}
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// jobHelper writes a helper method of a job class: argument parsing,
// Kafka properties, plain utilities.
func (g *gen) jobHelper(js *job, j *javaFile) {
	switch g.intn(3) {
	case 0:
		j.imp("java.util.Properties")
		name := j.unique("kafkaProperties")
		j.open("static Properties %s(String bootstrap, String groupId)", name)
		j.l("Properties props = new Properties();")
		j.l("props.setProperty(\"bootstrap.servers\", bootstrap);")
		j.l("props.setProperty(\"group.id\", groupId);")
		j.l("props.setProperty(\"isolation.level\", \"read_committed\");")
		j.l("props.setProperty(\"auto.offset.reset\", \"%s\");", pick(g, []string{"earliest", "latest"}))
		j.l("return props;")
		j.close("")
	default:
		g.method(j, js.in, true)
	}
}

// writeMain writes main (and run for the instance style) into body.
func (js *job) writeMain(body *javaFile, stages []stage) {
	if js.style == styleInstance {
		body.imp("org.apache.flink.api.java.utils.ParameterTool")
		body.l("private final ParameterTool params;")
		body.l("")
		body.open("%s(ParameterTool params)", js.class)
		body.l("this.params = params;")
		body.close("")
		body.l("")
		body.open("public static void main(String[] args) throws Exception")
		body.l("new %s(ParameterTool.fromArgs(args)).run();", js.class)
		body.close("")
		body.l("")
		body.open("void run() throws Exception")
	} else {
		body.open("public static void main(String[] args) throws Exception")
	}
	js.environment(body)
	js.sources(body, stages)
	if js.style == styleHelpers {
		js.helpersPipeline(body, stages)
	} else if js.chainMode == 0 {
		js.fluentPipeline(body, stages)
	} else {
		js.localsPipeline(body, stages)
	}
	body.l("")
	body.l("env.execute(\"%s\");", kebab(js.name))
	body.close("")
}

// environment writes the environment creation and the settings made in
// code.
func (js *job) environment(j *javaFile) {
	g := js.g
	jobName := kebab(js.name)
	switch js.style {
	case styleFactory:
		j.imp(commonPkg + ".FlinkEnvironments")
		g.envFactoryUse++
		j.l("StreamExecutionEnvironment env = FlinkEnvironments.create(\"%s\");", jobName)
		if g.pct(50) {
			j.l("env.setParallelism(%d);", pick(g, []int{2, 4, 8}))
		}
		return
	case styleConfiguration:
		j.imp("org.apache.flink.configuration.Configuration", "org.apache.flink.configuration.PipelineOptions",
			"org.apache.flink.configuration.CheckpointingOptions", "org.apache.flink.configuration.StateBackendOptions", "java.time.Duration")
		j.l("Configuration conf = new Configuration();")
		if g.pct(80) {
			j.l("conf.set(PipelineOptions.MAX_PARALLELISM, %d);", pick(g, []int{128, 256, 512, 1024, 4096}))
		}
		if g.pct(75) {
			j.l("conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofSeconds(%d));", pick(g, []int{10, 30, 60, 120}))
		}
		if g.pct(60) {
			j.l("conf.set(StateBackendOptions.STATE_BACKEND, \"%s\");", pick(g, []string{"rocksdb", "hashmap", "rocksdb"}))
		}
		if g.pct(50) {
			j.l("conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, \"s3://acme-flink/checkpoints/%s\");", jobName)
		}
		if g.pct(40) {
			j.l("conf.setString(\"restart-strategy.type\", \"%s\");", pick(g, []string{"exponential-delay", "fixed-delay", "exponential-delay"}))
		}
		if g.pct(5) {
			j.l("conf.set(PipelineOptions.AUTO_GENERATE_UIDS, false);")
		}
		j.l("StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);")
		return
	}
	j.l("StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();")
	if g.pct(50) {
		j.l("env.setParallelism(%d);", pick(g, []int{1, 2, 4, 8, 16}))
	}
	if g.pct(60) {
		j.l("env.setMaxParallelism(%d);", pick(g, []int{128, 256, 512, 720, 1024, 32768, 0}))
	}
	if g.pct(70) {
		j.l("env.enableCheckpointing(%s);", pick(g, []string{"60_000L", "30_000", "Duration.ofMinutes(1).toMillis()", "10_000L"}))
		j.imp("java.time.Duration")
		if g.pct(60) {
			j.imp("org.apache.flink.streaming.api.environment.CheckpointConfig")
			j.l("CheckpointConfig checkpoints = env.getCheckpointConfig();")
			if g.pct(70) {
				j.l("checkpoints.setMinPauseBetweenCheckpoints(%d_000L);", pick(g, []int{5, 10, 30}))
			}
			if g.pct(60) {
				j.l("checkpoints.setCheckpointTimeout(Duration.ofMinutes(%d).toMillis());", pick(g, []int{5, 10, 20}))
			}
			if g.pct(60) {
				if js.v >= 20 {
					j.imp("org.apache.flink.configuration.ExternalizedCheckpointRetention")
					j.l("checkpoints.setExternalizedCheckpointRetention(ExternalizedCheckpointRetention.%s);", pick(g, []string{"RETAIN_ON_CANCELLATION", "RETAIN_ON_CANCELLATION", "DELETE_ON_CANCELLATION"}))
				} else {
					j.l("checkpoints.setExternalizedCheckpointCleanup(CheckpointConfig.ExternalizedCheckpointCleanup.%s);", pick(g, []string{"RETAIN_ON_CANCELLATION", "DELETE_ON_CANCELLATION"}))
				}
			}
			if g.pct(50) {
				j.l("checkpoints.setCheckpointStorage(\"%s://acme-flink/checkpoints/%s\");", pick(g, []string{"s3", "s3", "hdfs", "file"}), kebab(js.name))
			}
		}
	}
	if g.pct(50) {
		switch {
		case js.v < 200 && g.pct(10):
			j.imp("org.apache.flink.runtime.state.filesystem.FsStateBackend")
			j.l("env.setStateBackend(new FsStateBackend(\"hdfs://namenode:8020/flink/%s\"));", kebab(js.name))
		case g.pct(65):
			if js.v == 200 {
				j.imp("org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend")
			} else {
				j.imp("org.apache.flink.contrib.streaming.state.EmbeddedRocksDBStateBackend")
			}
			j.l("env.setStateBackend(new EmbeddedRocksDBStateBackend(%v));", g.pct(70))
		default:
			j.imp("org.apache.flink.runtime.state.hashmap.HashMapStateBackend")
			j.l("env.setStateBackend(new HashMapStateBackend());")
		}
	}
	if js.v < 200 && g.pct(25) {
		j.imp("org.apache.flink.api.common.restartstrategy.RestartStrategies", "org.apache.flink.api.common.time.Time")
		if g.pct(15) {
			j.l("env.setRestartStrategy(RestartStrategies.noRestart());")
		} else {
			j.l("env.setRestartStrategy(RestartStrategies.fixedDelayRestart(%d, Time.seconds(%d)));", pick(g, []int{3, 5, 10}), pick(g, []int{5, 10, 30}))
		}
	}
	if g.pct(20) {
		j.l("env.getConfig().setAutoWatermarkInterval(%dL);", pick(g, []int{100, 200, 1000}))
	}
}

// sources declares the input streams as locals: the main one ("events")
// and those the steps join, union or broadcast.
func (js *job) sources(j *javaFile, stages []stage) {
	need := map[string]bool{}
	for _, s := range stages {
		for _, a := range s.args {
			need[a] = true
		}
	}
	j.l("")
	for _, name := range []string{"others", "rules", "backfill"} {
		if !need[name] {
			continue
		}
		js.locals[name] = true
		t := map[string]string{"others": js.other, "rules": js.rule, "backfill": js.in}[name]
		js.ref(j, t)
		src, wm := js.source(j, t, name)
		chain(j, fmt.Sprintf("DataStream<%s> %s = ", t, name), js.sourceCall(src, wm, name), js.identity(j, name+"-source"))
	}
}

// source declares what a source step needs and returns the source and
// watermark expressions.
func (js *job) source(j *javaFile, t, topic string) (src, wm string) {
	g := js.g
	js.ref(j, t)
	j.imp("org.apache.flink.api.common.eventtime.WatermarkStrategy")
	switch {
	case js.common && g.pct(35):
		j.imp(commonPkg + ".KafkaConnectors")
		src = fmt.Sprintf("KafkaConnectors.source(\"%s-%s\", \"%s\", %s.class)", js.m.domain, topic, kebab(js.name), t)
	case js.v < 200 && g.pct(15):
		j.imp("org.apache.flink.streaming.connectors.kafka.FlinkKafkaConsumer", "org.apache.flink.api.common.serialization.SimpleStringSchema", "java.util.Properties")
		p := js.local("kafkaProps")
		j.l("Properties %s = new Properties();", p)
		j.l("%s.setProperty(\"bootstrap.servers\", \"kafka:9092\");", p)
		j.l("%s.setProperty(\"group.id\", \"%s\");", p, kebab(js.name))
		src = fmt.Sprintf("legacy:new FlinkKafkaConsumer<>(\"%s-%s\", new SimpleStringSchema(), %s)", js.m.domain, topic, p)
	default:
		j.imp("org.apache.flink.connector.kafka.source.KafkaSource", "org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer")
		s := js.local(lowerFirst(camel(topic)) + "Source")
		de := js.use(j, t+"Deserializer", "serde", func(f *javaFile, nested bool) { g.fnDeserializer(js, f, nested, t) })
		j.l("KafkaSource<%s> %s = KafkaSource.<%s>builder()", t, s, t)
		j.l("        .setBootstrapServers(%s)", pick(g, []string{"\"kafka:9092\"", "System.getenv().getOrDefault(\"KAFKA_BOOTSTRAP\", \"kafka:9092\")"}))
		j.l("        .setTopics(\"%s-%s\")", js.m.domain, topic)
		j.l("        .setGroupId(\"%s\")", kebab(js.name))
		j.l("        .setStartingOffsets(OffsetsInitializer.%s)", pick(g, []string{"earliest()", "latest()", "committedOffsets()"}))
		j.l("        .setValueOnlyDeserializer(new %s())", de)
		j.l("        .build();")
		src = s
	}
	switch g.intn(3) {
	case 0:
		wm = "WatermarkStrategy.noWatermarks()"
	default:
		j.imp("java.time.Duration")
		wm = fmt.Sprintf("WatermarkStrategy.<%s>forBoundedOutOfOrderness(Duration.ofSeconds(%d)).withTimestampAssigner((e, ts) -> e.getTimestamp())", t, pick(g, []int{5, 10, 30}))
	}
	return src, wm
}

func (js *job) sourceCall(src, wm, name string) string {
	if strings.HasPrefix(src, "legacy:") {
		return "env.addSource(" + strings.TrimPrefix(src, "legacy:") + ")"
	}
	return fmt.Sprintf("env.fromSource(%s, %s, \"%s\")", src, wm, name)
}

// sink returns the calls that end a pipeline, declaring what they need.
func (js *job) sink(j *javaFile, t, topic string) []string {
	g := js.g
	js.ref(j, t)
	var call string
	switch k := g.weighted(40, 20, 10, 8, 10); {
	case k == 1 && js.common:
		j.imp(commonPkg + ".KafkaConnectors")
		call = fmt.Sprintf(".sinkTo(KafkaConnectors.sink(\"%s-%s\", %s.class))", js.m.domain, topic, t)
	case k == 2 && js.v < 200:
		j.imp("org.apache.flink.streaming.connectors.kafka.FlinkKafkaProducer", "java.util.Properties")
		ser := js.use(j, t+"Serializer", "serde", func(f *javaFile, nested bool) { g.fnSerializer(js, f, nested, t) })
		call = fmt.Sprintf(".addSink(new FlinkKafkaProducer<>(\"%s-%s\", new %s(), new Properties()))", js.m.domain, topic, ser)
	case k == 3:
		return []string{".print()"}
	case k == 4:
		j.imp("org.apache.flink.connector.file.sink.FileSink", "org.apache.flink.core.fs.Path",
			"org.apache.flink.api.common.serialization.SimpleStringEncoder")
		call = fmt.Sprintf(".sinkTo(FileSink.forRowFormat(new Path(\"s3://acme-lake/%s/%s\"), new SimpleStringEncoder<%s>(\"UTF-8\")).build())", js.m.domain, topic, t)
	default:
		j.imp("org.apache.flink.connector.kafka.sink.KafkaSink", "org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema",
			"org.apache.flink.connector.base.DeliveryGuarantee")
		ser := js.use(j, t+"Serializer", "serde", func(f *javaFile, nested bool) { g.fnSerializer(js, f, nested, t) })
		s := js.local(lowerFirst(camel(topic)) + "Sink")
		j.l("KafkaSink<%s> %s = KafkaSink.<%s>builder()", t, s, t)
		j.l("        .setBootstrapServers(\"kafka:9092\")")
		j.l("        .setRecordSerializer(KafkaRecordSerializationSchema.builder()")
		j.l("                .setTopic(\"%s-%s\")", js.m.domain, topic)
		j.l("                .setValueSerializationSchema(new %s())", ser)
		j.l("                .build())")
		j.l("        .setDeliveryGuarantee(DeliveryGuarantee.%s)", pick(g, []string{"AT_LEAST_ONCE", "EXACTLY_ONCE", "AT_LEAST_ONCE"}))
		if g.pct(50) {
			j.l("        .setTransactionalIdPrefix(\"%s\")", kebab(js.name))
		}
		j.l("        .build();")
		call = ".sinkTo(" + s + ")"
	}
	return append([]string{call}, js.identity(j, topic+"-sink")...)
}

// chain writes `lhs = head` followed by one call per line and a semicolon.
func chain(j *javaFile, lhs, head string, segs []string) {
	if len(segs) == 0 {
		j.l("%s%s;", lhs, head)
		return
	}
	j.l("%s%s", lhs, head)
	for i, s := range segs {
		end := ""
		if i == len(segs)-1 {
			end = ";"
		}
		j.l("        %s%s", s, end)
	}
}

func streamType(s stage) string {
	if s.noUID {
		return "DataStream"
	}
	return "SingleOutputStreamOperator"
}

// fluentPipeline writes the pipeline as few chains as possible.
func (js *job) fluentPipeline(j *javaFile, stages []stage) {
	g := js.g
	js.ref(j, js.in)
	src, wm := js.source(j, js.in, "events")
	for _, s := range stages {
		for _, p := range s.pre {
			j.l("%s", p)
		}
	}
	j.l("")
	head := js.sourceCall(src, wm, "events")
	segs := js.identity(j, "source")
	cur, prevOp := js.in, ""
	branch := g.pct(35) && len(stages) > 1
	for i, s := range stages {
		if s.wrap != "" || (branch && i == len(stages)-1) {
			v := js.local("events")
			if prevOp != "" {
				v = js.local(localName(prevOp))
			}
			chain(j, fmt.Sprintf("DataStream<%s> %s = ", cur, v), head, segs)
			head, segs = v, nil
			if branch && i == len(stages)-1 {
				branch = false
				// A second, smaller pipeline from the same stream.
				j.l("")
				chain(j, "", v, append([]string{fmt.Sprintf(".filter(e -> e.getStatus() != null && e.getStatus().startsWith(\"%s\"))", pick(g, []string{"FAIL", "ERR", "REJ"}))}, js.sink(j, cur, "audit")...))
				j.l("")
			}
			if s.wrap != "" {
				head = fmt.Sprintf(s.wrap, v)
			}
		}
		segs = append(segs, s.segs...)
		if !s.noUID {
			segs = append(segs, js.identity(j, s.op)...)
		}
		cur, prevOp = s.out, s.op
	}
	segs = append(segs, js.sink(j, cur, "results")...)
	chain(j, "", head, segs)
}

// localsPipeline writes one local per step; uids are set in the chain or
// on the local afterwards.
func (js *job) localsPipeline(j *javaFile, stages []stage) {
	g := js.g
	js.ref(j, js.in)
	src, wm := js.source(j, js.in, "events")
	j.l("")
	prev := js.local("events")
	chain(j, fmt.Sprintf("DataStream<%s> %s = ", js.in, prev), js.sourceCall(src, wm, "events"), js.identity(j, "source"))
	for _, s := range stages {
		j.l("")
		for _, p := range s.pre {
			j.l("%s", p)
		}
		v := js.local(localName(s.op))
		head := prev
		if s.wrap != "" {
			head = fmt.Sprintf(s.wrap, prev)
		}
		js.ref(j, s.out)
		if s.noUID {
			chain(j, fmt.Sprintf("DataStream<%s> %s = ", s.out, v), head, s.segs)
		} else if g.pct(40) {
			chain(j, fmt.Sprintf("%s<%s> %s = ", streamType(s), s.out, v), head, s.segs)
			for _, id := range js.identity(j, s.op) {
				j.l("%s%s;", v, id)
			}
		} else {
			chain(j, fmt.Sprintf("%s<%s> %s = ", streamType(s), s.out, v), head, append(append([]string(nil), s.segs...), js.identity(j, s.op)...))
		}
		if s.split != "" {
			j.l("")
			chain(j, "", v+".getSideOutput("+s.split+")", js.sink(j, s.out, "rejected"))
		}
		prev = v
	}
	j.l("")
	chain(j, "", prev, js.sink(j, stages[len(stages)-1].out, "results"))
}

func localName(op string) string {
	switch op {
	case "validate":
		return "valid"
	case "dedup":
		return "deduplicated"
	case "buffer", "buffer-output":
		return "buffered"
	case "split":
		return "accepted"
	case "union":
		return "merged"
	case "rebalance", "rebalance-output":
		return "balanced"
	case "enrich":
		return "enriched"
	case "sessions":
		return "sessions"
	case "window-totals":
		return "totals"
	case "session-window":
		return "sessionized"
	case "interval-join", "window-join", "co-group":
		return "joined"
	case "pattern":
		return "alerts"
	case "lookup":
		return "lookedUp"
	case "evaluate-rules":
		return "evaluated"
	case "significant":
		return "significant"
	case "rolling":
		return "rolling"
	case "score":
		return "scored"
	}
	return "mapped"
}

// helpersPipeline writes one static method per step into the Pipelines
// class, and calls to them from main.
func (js *job) helpersPipeline(j *javaFile, stages []stage) {
	g, p := js.g, js.pf
	p.imp("org.apache.flink.streaming.api.datastream.DataStream", "org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator")
	js.ref(j, js.in)
	source, wm := js.source(j, js.in, "events")
	j.l("")
	prev := js.local("events")
	chain(j, fmt.Sprintf("DataStream<%s> %s = ", js.in, prev), js.sourceCall(source, wm, "events"), js.identity(j, "source"))
	var methods src
	methods.ind = 1
	for _, s := range stages {
		name := lowerFirst(camel(s.op))
		in := "in"
		params := append([]string{fmt.Sprintf("DataStream<%s> %s", typeBefore(stages, s, js.in), in)}, s.params...)
		js.ref(p, s.out, typeBefore(stages, s, js.in))
		methods.l("")
		methods.l("/** %s */", g.sentence(g.between(5, 10)))
		methods.open("static %s<%s> %s(%s)", streamType(s), s.out, name, strings.Join(params, ", "))
		for _, pre := range s.pre {
			methods.l("%s", pre)
		}
		head := in
		if s.wrap != "" {
			head = fmt.Sprintf(s.wrap, in)
		}
		segs := append([]string(nil), s.segs...)
		inMain := !s.noUID && g.pct(30)
		if !s.noUID && !inMain {
			segs = append(segs, js.identity(p, s.op)...)
		}
		chainSrc(&methods, "return ", head, segs)
		methods.close("")
		v := js.local(localName(s.op))
		j.l("%s<%s> %s = %s.%s(%s);", streamType(s), s.out, v, js.homeClass, name, strings.Join(append([]string{prev}, s.args...), ", "))
		if inMain {
			for _, id := range js.identity(j, s.op) {
				j.l("%s%s;", v, id)
			}
		}
		if s.split != "" {
			chain(j, "", v+".getSideOutput("+js.homeClass+"."+s.split+")", js.sink(j, s.out, "rejected"))
		}
		prev = v
	}
	j.l("")
	chain(j, "", prev, js.sink(j, stages[len(stages)-1].out, "results"))
	p.b.Write(methods.b.Bytes())
}

// typeBefore returns the element type flowing into stage s.
func typeBefore(stages []stage, s stage, in string) string {
	t := in
	for _, x := range stages {
		if x.op == s.op && strings.Join(x.segs, "") == strings.Join(s.segs, "") {
			return t
		}
		t = x.out
	}
	return t
}

// chainSrc is chain for a plain src.
func chainSrc(s *src, lhs, head string, segs []string) {
	if len(segs) == 0 {
		s.l("%s%s;", lhs, head)
		return
	}
	s.l("%s%s", lhs, head)
	for i, x := range segs {
		end := ""
		if i == len(segs)-1 {
			end = ";"
		}
		s.l("        %s%s", x, end)
	}
}
