package monorepo

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// Stats describe a generated tree.
type Stats struct {
	Files     int   // every file written
	Bytes     int64 // their total size
	Modules   int   // build modules (directories with a pom.xml), the root excluded
	JavaFiles int
	JavaBytes int64
	// FlinkJavaFiles are the Java files that import org.apache.flink.
	FlinkJavaFiles int
	// TestJavaFiles are the Java files under src/test/java, which a scan
	// skips unless it includes tests.
	TestJavaFiles int
	// Jobs is the number of Flink jobs a scan that skips tests finds: one
	// per generated job class.
	Jobs int
	// FlinkConfigs counts flink-conf.yaml and config.yaml files, Manifests
	// the files holding a FlinkDeployment, LogConfigs the log4j and logback
	// files, BuildFiles the pom.xml and build.gradle files.
	FlinkConfigs, Manifests, LogConfigs, BuildFiles int
}

// Generate writes a monorepo of exactly files files under dir, which must
// be empty or not exist yet. The same files and seed always write the same
// bytes.
func Generate(dir string, files int, seed int64) (Stats, error) {
	if files < 1 {
		return Stats{}, fmt.Errorf("monorepo: files must be positive, not %d", files)
	}
	if err := emptyDir(dir); err != nil {
		return Stats{}, err
	}
	g := &gen{
		rng:  rand.New(rand.NewPCG(uint64(seed), 0x666c696e6b6c696e)), // "flinklin"
		dir:  dir,
		made: map[string]bool{},
		used: map[string]bool{},
	}
	g.run(files)
	if g.err == nil && g.st.Files != files {
		g.err = fmt.Errorf("monorepo: internal error: wrote %d files, planned %d", g.st.Files, files)
	}
	return g.st, g.err
}

// emptyDir creates dir or checks that it holds nothing: a tree generated
// over older files would not be the tree the seed describes.
func emptyDir(dir string) error {
	ents, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return os.MkdirAll(dir, 0o755)
	case err != nil:
		return err
	case len(ents) > 0:
		return fmt.Errorf("monorepo: %s is not empty", dir)
	}
	return nil
}

// gen holds the state of one generation. Every random choice goes through
// rng, in program order, so the output is a function of the seed.
type gen struct {
	rng  *rand.Rand
	dir  string
	st   Stats
	err  error
	made map[string]bool // directories created
	used map[string]bool // module names taken

	modules []string // module paths, for the root pom

	// Filled by the Flink modules, read when the shared module is written
	// last: the constants it must declare and whether its environment
	// factory has callers (without any it would be a job of its own).
	uidConsts     []string // "NAME = \"value\""
	envFactoryUse int
	commonPlanned bool // the shared Flink module will be written
	flinkModules  int  // Flink job modules written so far
}

// ---- randomness (integers only, so output is identical on every platform) ----

func (g *gen) intn(n int) int {
	if n <= 1 {
		return 0
	}
	return g.rng.IntN(n)
}

// between returns an int in [lo, hi].
func (g *gen) between(lo, hi int) int {
	if hi <= lo {
		return lo
	}
	return lo + g.rng.IntN(hi-lo+1)
}

// pct reports true with probability p percent.
func (g *gen) pct(p int) bool { return g.rng.IntN(100) < p }

func pick[T any](g *gen, xs []T) T { return xs[g.rng.IntN(len(xs))] }

// weighted picks an index with the given integer weights.
func (g *gen) weighted(ws ...int) int {
	total := 0
	for _, w := range ws {
		total += w
	}
	n := g.rng.IntN(total)
	for i, w := range ws {
		if n < w {
			return i
		}
		n -= w
	}
	return len(ws) - 1
}

// lognormal holds the 20 ventile midpoints of a log-normal distribution
// with sigma 1, times 1000 (exp(z) for z at 2.5%, 7.5%, ... 97.5%). Their
// mean is 1.57, so a median m gives a mean of about 1.6 m.
var lognormal = [20]int{141, 237, 317, 395, 468, 549, 638, 726, 827, 942, 1062, 1209, 1377, 1568, 1822, 2138, 2535, 3158, 4221, 7099}

// size draws a target file size with the given median, in bytes.
func (g *gen) size(median int) int {
	i := g.intn(len(lognormal))
	m := lognormal[i]
	if i == len(lognormal)-1 {
		m = g.between(m, 2*m) // the long tail: a few files of 50-100 KB
	}
	s := median * m * 105 / 100000
	s = s * g.between(85, 115) / 100
	return max(s, 400)
}

// ---- files ----

// write stores one file (a slash path relative to the root).
func (g *gen) write(rel string, data []byte) {
	if g.err != nil {
		return
	}
	p := filepath.Join(g.dir, filepath.FromSlash(rel))
	if d := filepath.Dir(p); !g.made[d] {
		if err := os.MkdirAll(d, 0o755); err != nil {
			g.err = err
			return
		}
		g.made[d] = true
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		g.err = err
		return
	}
	g.st.Files++
	g.st.Bytes += int64(len(data))
	base := path.Base(rel)
	switch {
	case strings.HasSuffix(base, ".java"):
		g.st.JavaFiles++
		g.st.JavaBytes += int64(len(data))
		if bytes.Contains(data, []byte("import org.apache.flink.")) {
			g.st.FlinkJavaFiles++
		}
		if strings.Contains(rel, "/src/test/java/") {
			g.st.TestJavaFiles++
		}
	case base == "flink-conf.yaml" || base == "config.yaml":
		g.st.FlinkConfigs++
	case base == "pom.xml" || base == "build.gradle":
		g.st.BuildFiles++
	case strings.HasPrefix(base, "log4j") || strings.HasPrefix(base, "logback"):
		g.st.LogConfigs++
	}
	if strings.HasSuffix(base, ".yaml") && bytes.Contains(data, []byte("kind: FlinkDeployment")) {
		g.st.Manifests++
	}
}

// src builds text line by line with four-space indentation.
type src struct {
	b   bytes.Buffer
	ind int
}

// l writes one line; with no args the format is written as is.
func (s *src) l(format string, args ...any) {
	if format == "" {
		s.b.WriteByte('\n')
		return
	}
	for i := 0; i < s.ind; i++ {
		s.b.WriteString("    ")
	}
	if len(args) == 0 {
		s.b.WriteString(format)
	} else {
		fmt.Fprintf(&s.b, format, args...)
	}
	s.b.WriteByte('\n')
}

// open writes "format {" and indents.
func (s *src) open(format string, args ...any) {
	s.l(format+" {", args...)
	s.ind++
}

// close dedents and writes "}" + suffix.
func (s *src) close(suffix string) {
	s.ind--
	s.l("}%s", suffix)
}

func (s *src) len() int { return s.b.Len() }

// javaFile is one Java compilation unit being generated: the body is
// written first, the imports it needs are collected on the way.
type javaFile struct {
	src
	pkg     string
	imports map[string]bool
	statics map[string]bool
	names   map[string]bool // member names taken
}

func newJava(pkg string) *javaFile {
	return &javaFile{pkg: pkg, imports: map[string]bool{}, statics: map[string]bool{}, names: map[string]bool{}}
}

func (j *javaFile) imp(names ...string) {
	for _, n := range names {
		j.imports[n] = true
	}
}

func (j *javaFile) impStatic(names ...string) {
	for _, n := range names {
		j.statics[n] = true
	}
}

// impType imports what a field type needs.
func (j *javaFile) impType(t string) { j.imp(typeImports[t]...) }

// unique returns name, or name2, name3... when taken in this file.
func (j *javaFile) unique(name string) string {
	n := name
	for i := 2; j.names[n]; i++ {
		n = fmt.Sprintf("%s%d", name, i)
	}
	j.names[n] = true
	return n
}

// bytes assembles header, package, sorted imports and body.
func (j *javaFile) bytes(header string) []byte {
	var b bytes.Buffer
	b.WriteString(header)
	fmt.Fprintf(&b, "package %s;\n\n", j.pkg)
	groups := [][]string{nil, nil, nil} // project and third party, java.*, static
	for n := range j.imports {
		if strings.HasPrefix(n, "java.") || strings.HasPrefix(n, "javax.") {
			groups[1] = append(groups[1], n)
		} else if !strings.HasPrefix(n, j.pkg+".") || strings.Contains(n[len(j.pkg)+1:], ".") {
			groups[0] = append(groups[0], n)
		}
	}
	for n := range j.statics {
		groups[2] = append(groups[2], n)
	}
	for i, gr := range groups {
		if len(gr) == 0 {
			continue
		}
		sort.Strings(gr)
		for _, n := range gr {
			if i == 2 {
				fmt.Fprintf(&b, "import static %s;\n", n)
			} else {
				fmt.Fprintf(&b, "import %s;\n", n)
			}
		}
		b.WriteByte('\n')
	}
	b.Write(j.b.Bytes())
	return b.Bytes()
}

// ---- plan ----

// modKind is what a build module holds.
type modKind int

const (
	modService modKind = iota
	modLibrary
	modStreams
	modBatch
	modFlink
	modFlinkCommon
)

// module is one build module being written.
type module struct {
	kind   modKind
	name   string // "orders-service"
	dir    string // "services/orders-service"
	pkg    string // "com.acme.orders.service"
	domain string
	budget int // files left to write, pom.xml included
	// classes written to src/main/java, which tests are written for.
	classes []classRef
	// flinkVersion is the module's Flink version ("" for non-Flink).
	flinkVersion string
	header       string
	// shared maps the model and serializer classes Flink jobs of the
	// module wrote to the name other jobs import them by.
	shared map[string]string
}

type classRef struct {
	pkg, name string
	kind      plainKind
}

const commonDir = "platform/flink-common"
const commonPkg = "com.acme.platform.flink"

func (g *gen) run(files int) {
	rootFiles := min(files, 3)
	remaining := files - rootFiles
	commonBudget := 0
	if remaining >= 60 {
		commonBudget = min(max(remaining/50, 12), 60)
	}
	remaining -= commonBudget
	g.commonPlanned = commonBudget > 0
	// Module kinds follow target shares of the files: each module goes to
	// a kind drawn with weights equal to how far each kind is behind its
	// share, so that small trees have the proportions of large ones.
	shares := []int{40, 19, 7, 6, 28} // service, library, streams, batch, flink (percent of files)
	assigned := make([]int, len(shares))
	var plan []*module
	for total := 0; remaining > 0; {
		b := g.between(12, 110)
		if remaining-b < 12 {
			b = remaining
		}
		remaining -= b
		total += b
		ws := make([]int, len(shares))
		for k := range ws {
			ws[k] = max(shares[k]*total/100-assigned[k], 1)
		}
		kind := modKind(g.weighted(ws...))
		if len(plan) == 0 && commonBudget > 0 {
			kind = modFlink // the shared module's bases and factory get users
		}
		assigned[kind] += b
		plan = append(plan, g.newModule(kind, b))
	}
	for _, m := range plan {
		g.writeModule(m)
	}
	if commonBudget > 0 {
		m := &module{kind: modFlinkCommon, name: "flink-common", dir: commonDir, pkg: commonPkg,
			domain: "platform", budget: commonBudget, flinkVersion: "1.20.1", header: g.header()}
		g.modules = append(g.modules, m.dir)
		g.writeModule(m)
	}
	g.writeRoot(rootFiles)
}

// newModule names a module of the given kind.
func (g *gen) newModule(kind modKind, budget int) *module {
	var name, group string
	{
		d := pick(g, domains)
		switch kind {
		case modService:
			name, group = d+"-"+pick(g, []string{"service", "api", "gateway", "service", "backend", "admin"}), "services"
		case modLibrary:
			name, group = d+"-"+pick(g, []string{"lib", "client", "model", "commons", "sdk"}), "libs"
		case modStreams:
			name, group = d+"-"+pick(g, []string{"streams", "topology", "aggregator"}), "streams"
		case modBatch:
			name, group = d+"-"+pick(g, []string{"batch", "export", "migration", "reconciler"}), "batch"
		case modFlink:
			name, group = d+"-"+pick(g, []string{"job", "enrichment-job", "pipeline", "analytics-job", "aggregation-job", "detector"}), "streaming"
		}
		// Names run out on large trees: number the next one.
		base := name
		for i := 2; g.used[name]; i++ {
			name = fmt.Sprintf("%s-%d", base, i)
		}
	}
	g.used[name] = true
	m := &module{kind: kind, name: name, dir: group + "/" + name, budget: budget, header: g.header()}
	m.domain = strings.SplitN(name, "-", 2)[0]
	m.pkg = "com.acme." + strings.ReplaceAll(strings.ReplaceAll(name, "-", "."), "..", ".")
	m.pkg = javaPackage(m.pkg)
	if kind == modFlink {
		m.flinkVersion = pick(g, []string{"1.18.1", "1.19.1", "1.20.1", "1.20.1", "1.20.1", "2.0.0"})
	}
	g.modules = append(g.modules, m.dir)
	return m
}

// javaPackage makes every segment a valid identifier ("job.2" → "job.v2").
func javaPackage(p string) string {
	segs := strings.Split(p, ".")
	for i, s := range segs {
		if s != "" && s[0] >= '0' && s[0] <= '9' {
			segs[i] = "v" + s
		}
	}
	return strings.Join(segs, ".")
}

// header returns the comment a module's files start with: a copyright
// notice of a few lines, or none (as in many code bases).
func (g *gen) header() string {
	switch g.weighted(50, 25, 25) {
	case 0:
		return `/*
 * Copyright (c) 2019-2024 Acme Corporation. All rights reserved.
 *
 * Licensed under the Acme internal license; you may not use this file except in
 * compliance with the license. Unless required by applicable law or agreed to in
 * writing, software distributed under the license is distributed on an "AS IS"
 * BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 */

`
	case 1:
		return "// Copyright 2023 Acme Corporation. Internal use only.\n\n"
	}
	return ""
}

// javaPath returns the path of a class in a module.
func (m *module) javaPath(test bool, pkg, class string) string {
	root := "src/main/java/"
	if test {
		root = "src/test/java/"
	}
	return m.dir + "/" + root + strings.ReplaceAll(pkg, ".", "/") + "/" + class + ".java"
}

// writeJava writes a Java file of the module and takes it from the budget.
func (g *gen) writeJava(m *module, test bool, j *javaFile, class string) {
	g.write(m.javaPath(test, j.pkg, class), j.bytes(m.header))
	m.budget--
}

// writeModule writes exactly m.budget files.
func (g *gen) writeModule(m *module) {
	g.st.Modules++
	g.write(m.dir+"/pom.xml", g.pom(m))
	m.budget--
	if m.budget > 4 && g.pct(20) {
		g.write(m.dir+"/build.gradle", g.gradle(m))
		m.budget--
	}
	switch m.kind {
	case modFlink:
		g.flinkModule(m)
	case modFlinkCommon:
		g.commonModule(m)
	default:
		g.plainModule(m)
	}
}

// fill writes plain main and test classes until the budget is spent; the
// share of tests is testPct percent.
func (g *gen) fill(m *module, kinds []plainKind, weights []int, testPct int) {
	for m.budget > 0 {
		if len(m.classes) > 0 && g.pct(testPct) {
			g.plainTest(m, pick(g, m.classes))
			continue
		}
		g.plainClass(m, kinds[g.weighted(weights...)])
	}
}
