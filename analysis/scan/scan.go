// Package scan is the driver: it walks the paths, parses Java files in a
// bounded pool, reads the Flink config files, builds the shared
// prerequisites once (project index, job graphs, effective settings), runs
// the enabled rules and passes their findings through the processors
// (dedupe, sort, fingerprint). Data flows one way; no layer reaches back.
//
// A file that cannot be read or parsed never stops the scan: it becomes a
// notification, and a panic while parsing a file or running a rule is
// recovered into a notification that names the file or the rule.
package scan

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"github.com/flinklint/flinklint/analysis/internal/textpos"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/sourcegraph/conc/pool"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/baseline"
	"github.com/flinklint/flinklint/analysis/config"
	"github.com/flinklint/flinklint/analysis/index"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/load"
	"github.com/flinklint/flinklint/analysis/report"
	"github.com/flinklint/flinklint/analysis/rules"
	"github.com/flinklint/flinklint/analysis/settings"
	"github.com/flinklint/flinklint/analysis/suppress"
	"github.com/flinklint/flinklint/analysis/toolconfig"
	"github.com/flinklint/flinklint/parser"
)

// Options configure a scan.
type Options struct {
	Paths        []string // default "."
	Jobs         int      // parallel parsers; default GOMAXPROCS+1
	IncludeTests bool
	FlinkConfigs []string // --flink-config files
	FlinkVersion string   // --flink-version: one of config.Versions (config.CheckVersion); "" to detect
	// Baseline drops the findings it records (--baseline).
	Baseline baseline.Set
	// Config is the tool config file (--config); "" reads .flinklint.yaml
	// at the scan root when there is one.
	Config string
	// NoPrefilter parses every Java file, not only those that can matter
	// (tests compare both; see prefilter.go).
	NoPrefilter bool
	// KeepBodies is how much Java source, in bytes, may keep its method
	// bodies for the whole scan (see bodies.go): 0 means DefaultKeepBodies,
	// KeepAllBodies keeps every body, a negative value keeps none and
	// restores one file at a time (tests compare the two).
	KeepBodies int64
	// Progress, when set, is called as Java files are parsed (from several
	// goroutines; it must be safe for concurrent use), then as the job
	// graph is traced.
	Progress func(Progress)
	Enable   []string // rule ids or names, or "all"
	Disable  []string
	// Rules overrides the registry (tests); nil means rules.All.
	Rules []*analysis.Rule
}

// Progress is how far a scan is: Done of Total steps of its Phase.
type Progress struct {
	Phase       Phase
	Done, Total int
}

// Phase is a part of a scan that reports progress.
type Phase int

// The phases, in order. Rules and reports take a small part of a scan and
// report nothing.
const (
	PhaseParse Phase = iota // reading and parsing Java files
	PhaseJobs               // tracing jobs (the interpretation, which parses dropped bodies again)
)

func (p Phase) String() string {
	if p == PhaseJobs {
		return "tracing jobs"
	}
	return "parsing Java files"
}

// parseShare is the part of a scan a progress bar gives to parsing; tracing
// jobs takes the rest. On generated monorepos parsing is about 80% of the
// time; on Flink's own tree (deep helper chains) about half.
const parseShare = 0.6

// Fraction is how much of the whole scan is done, from 0 to 1: it reaches
// 1 only when the jobs are traced, not when the files are parsed.
func (p Progress) Fraction() float64 {
	f := 1.0
	if p.Total > 0 {
		f = float64(p.Done) / float64(p.Total)
	}
	if p.Phase == PhaseParse {
		return parseShare * f
	}
	return parseShare + (1-parseShare)*f
}

// Result is what a scan found.
type Result struct {
	Root          string // absolute scan root
	Rules         []*analysis.Rule
	Diagnostics   []analysis.Diagnostic // deduplicated and sorted
	Notifications []analysis.Notification
	JavaFiles     int // Java files parsed
	JavaRead      int // Java files read
	JavaReparsed  int // parses of files whose method bodies had been dropped (bodies.go)
	Jobs          int
	Baselined     int // findings the baseline recorded and the result leaves out
	// FailOn is the tool config's fail-on ("" when it sets none).
	FailOn string
	// Unsafe are files --fix must not edit: syntax errors, invalid text.
	Unsafe map[string]bool
	// Program is kept for callers that need the facts (tests, explain).
	Program *analysis.Program
}

// Notification ids.
const (
	NoteParse    = "flinklint/parse-error"
	NoteBinary   = "flinklint/binary-file"
	NoteEncoding = "flinklint/encoding"
	NoteRead     = "flinklint/read-error"
	NoteConfig   = "flinklint/config-error"
	NoteInternal = "flinklint/internal-error"
	NoteLimit    = "flinklint/analysis-limit"
)

// SelectRules returns the rules enabled by default, changed by layers of
// enable/disable lists (the tool config's, then the flags'). Within a
// layer, "all" applies first, then the rules it disables, then the rules it
// enables: `--disable all --enable UID001` runs UID001 alone, and
// `--enable all --disable UID005` runs everything else. Ids and names are
// accepted, comma-separated.
func SelectRules(all []*analysis.Rule, layers ...[2][]string) ([]*analysis.Rule, error) {
	on := map[string]bool{}
	for _, r := range all {
		on[r.ID] = r.Default
	}
	split := func(list []string) (hasAll bool, names []string) {
		for _, item := range list {
			for _, s := range strings.Split(item, ",") {
				if s = strings.TrimSpace(s); s == "" {
					continue
				}
				if strings.EqualFold(s, "all") {
					hasAll = true
				} else {
					names = append(names, s)
				}
			}
		}
		return hasAll, names
	}
	set := func(names []string, v bool) error {
		for _, s := range names {
			r := lookupRule(all, s)
			if r == nil {
				return fmt.Errorf("unknown rule %q (see `flinklint rules`)", s)
			}
			on[r.ID] = v
		}
		return nil
	}
	for _, l := range layers {
		enAll, en := split(l[0])
		disAll, dis := split(l[1])
		for id := range on {
			if enAll {
				on[id] = true
			}
			if disAll {
				on[id] = false
			}
		}
		if err := set(dis, false); err != nil {
			return nil, err
		}
		if err := set(en, true); err != nil {
			return nil, err
		}
	}
	var out []*analysis.Rule
	for _, r := range all {
		if on[r.ID] {
			out = append(out, r)
		}
	}
	return out, nil
}

// Run scans. An error means the scan could not run at all (bad paths, an
// unknown rule); problems with individual files are notifications.
func Run(ctx context.Context, opt Options) (*Result, error) {
	all := opt.Rules
	if all == nil {
		all = rules.All
	}
	if _, err := SelectRules(all, [2][]string{opt.Enable, opt.Disable}); err != nil {
		return nil, err
	}
	if opt.FlinkVersion != "" {
		if err := config.CheckVersion(opt.FlinkVersion); err != nil {
			return nil, fmt.Errorf("--flink-version %v", err)
		}
	}
	paths := opt.Paths
	if len(paths) == 0 {
		paths = []string{"."}
	}
	tree, err := load.Walk(paths, load.Options{IncludeTests: opt.IncludeTests})
	if err != nil {
		return nil, err
	}
	tc, err := loadToolConfig(tree.Root, opt.Config, all)
	if err != nil {
		return nil, err
	}
	verSource := analysis.Version{Minor: opt.FlinkVersion, Source: "--flink-version"}
	if opt.FlinkVersion == "" && tc.FlinkVersion != "" {
		opt.FlinkVersion = tc.FlinkVersion
		verSource = toolConfigVersion(tree.Root, tc)
	}
	// Defaults, then the tool config, then the flags.
	enabled, err := SelectRules(all, [2][]string{tc.Enable, tc.Disable}, [2][]string{opt.Enable, opt.Disable})
	if err != nil {
		return nil, err
	}
	res := &Result{Root: tree.Root, Rules: enabled, FailOn: tc.FailOn}
	notes := append([]analysis.Notification(nil), tree.Notes...)

	var javaRefs []load.FileRef
	for _, f := range tree.Files {
		if f.Kind == load.Java {
			javaRefs = append(javaRefs, f)
		}
	}
	files, parseNotes := parseAll(ctx, javaRefs, opt)
	notes = append(notes, parseNotes...)
	res.Unsafe = map[string]bool{}
	for _, n := range parseNotes {
		res.Unsafe[n.Path] = true
	}
	res.JavaFiles, res.JavaRead = len(files), len(javaRefs)

	flagFiles, err := readFlagConfigs(tree.Root, opt.FlinkConfigs)
	if err != nil {
		return nil, err
	}
	cl := readCluster(tree, opt, verSource, flagFiles)
	notes = append(notes, cl.notes...)

	ix := index.BuildFrom(factsOf(files))
	ix.SetLoader(javaLoader(ctx, files), restoreBudget(opt.KeepBodies))
	var traced func(done, total int)
	if opt.Progress != nil {
		traced = func(done, total int) { opt.Progress(Progress{Phase: PhaseJobs, Done: done, Total: total}) }
	}
	graph := jobgraph.BuildProgress(ix, jobgraph.Keys{OptionKey: config.OptionKey, Canonical: config.Canonical}, traced)
	res.JavaReparsed = ix.Restores()
	for _, p := range graph.Problems {
		n := analysis.Notification{ID: NoteLimit, Level: analysis.LevelNote, Message: "job graph: " + p.Message, Location: p.Loc}
		if p.Internal {
			n.ID, n.Level = NoteInternal, analysis.LevelError
		}
		notes = append(notes, n)
	}
	facts := map[*jobgraph.Job]analysis.JobFacts{}
	for _, j := range graph.Jobs {
		if j.Synthetic {
			continue
		}
		layers, ms, v := cl.attach(j)
		facts[j] = analysis.JobFacts{Settings: settings.Merge(j, layers...), Version: v, Manifests: ms}
		res.Jobs++
	}
	prog := analysis.NewProgram(ix, graph, facts)
	prog.ConfigFiles, prog.Manifests, prog.ManifestProblems, prog.LogConfigs = cl.configs, cl.manifests, cl.problems, cl.logs
	prog.Alerts = cl.alerts
	res.Program = prog

	if !enabledRule(enabled, "CFG008") {
		notes = append(notes, syntaxNotes(prog)...)
	}

	var diags []analysis.Diagnostic
	for _, r := range enabled {
		d, note := runRule(r, prog)
		diags = append(diags, d...)
		if note != nil {
			notes = append(notes, *note)
		}
	}
	diags, suppressNotes := applySuppressions(diags, files, cl.ignores, all, enabled)

	notes = append(notes, suppressNotes...)
	diags, notes = applyToolConfig(tc, all, diags, notes)
	res.Diagnostics = dedupe(report.SortedDiagnostics(diags))
	fingerprint(tree.Root, res.Diagnostics)
	if opt.Baseline != nil {
		res.Diagnostics, res.Baselined = baseline.Filter(res.Diagnostics, opt.Baseline)
	}
	res.Notifications = report.SortedNotifications(notes)
	return res, nil
}

// runRule runs one rule, recovering a panic into a notification.
func runRule(r *analysis.Rule, prog *analysis.Program) (out []analysis.Diagnostic, note *analysis.Notification) {
	pass := analysis.NewPass(r, prog, func(d analysis.Diagnostic) { out = append(out, d) })
	defer func() {
		if p := recover(); p != nil {
			// Reported where the rule was looking (the job, file or setting
			// it was examining), so the input that broke it can be found.
			out = nil
			note = &analysis.Notification{ID: NoteInternal, Level: analysis.LevelError, Location: pass.Examining(),
				Message: fmt.Sprintf("rule %s (%s) failed here and was skipped: %v", r.ID, r.Name, p)}
		}
	}()
	if r.Run == nil {
		return nil, nil
	}
	r.Run(pass)
	return out, nil
}

// dedupe drops a finding of the same rule at the same place as an earlier
// one: an operator reached from two jobs, or a helper called twice, is
// reported once. Input is sorted.
func dedupe(ds []analysis.Diagnostic) []analysis.Diagnostic {
	type key struct {
		rule string
		loc  parser.Location
	}
	seen := map[key]bool{}
	out := ds[:0]
	for _, d := range ds {
		k := key{d.RuleID, d.Location}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, d)
	}
	return out
}

// javaFile is a parsed Java file as the rest of the scan needs it: where it
// is (to parse it again), the index's facts (whose File may be a skeleton,
// see keepBodies) and the suppressions its comments and annotations
// declare.
type javaFile struct {
	ref        load.FileRef
	facts      *index.FileFacts
	directives []*suppress.Directive
}

// parsing is the state parseAll shares between its workers.
type parsing struct {
	ctx      context.Context
	in       *interest
	inMu     sync.Mutex
	keepLeft atomic.Int64 // source bytes that may still keep their bodies
	keepNone bool
	keepAll  bool
}

// parseAll reads every Java file once and parses, in a bounded pool with
// one parser per worker, the ones that can matter (see prefilter.go; all of
// them when prefilter is off). Results keep the input order whatever the
// number of workers. Each file's facts are taken as soon as it is parsed;
// then its method bodies are dropped unless keepBodies keeps them.
func parseAll(ctx context.Context, refs []load.FileRef, opt Options) ([]*javaFile, []analysis.Notification) {
	var done atomic.Int64
	jobs, progress, prefilter := opt.Jobs, opt.Progress, !opt.NoPrefilter
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0) + 1
	}
	parsers := make(chan *parser.Parser, jobs)
	for i := 0; i < jobs; i++ {
		parsers <- parser.NewParser()
	}
	defer func() {
		close(parsers)
		for p := range parsers {
			p.Close()
		}
	}()
	st := &parsing{ctx: ctx, in: newInterest()}
	switch {
	case opt.KeepBodies < 0:
		st.keepNone = true
	case opt.KeepBodies == KeepAllBodies:
		st.keepAll = true
	case opt.KeepBodies == 0:
		st.keepLeft.Store(DefaultKeepBodies)
	default:
		st.keepLeft.Store(opt.KeepBodies)
	}
	files := make([]*javaFile, len(refs))
	notes := make([]*analysis.Notification, len(refs))
	// Files read but not (yet) parsed, with what the link rounds need.
	pending := make([]*unparsed, len(refs))
	badText := make([]bool, len(refs)) // pending files that are not valid UTF-8
	tick := func() {
		if progress != nil {
			progress(Progress{Phase: PhaseParse, Done: int(done.Add(1)), Total: len(refs)})
		}
	}
	// Round 0: read everything once; parse what mentions Flink.
	p := pool.New().WithMaxGoroutines(jobs)
	for i, ref := range refs {
		p.Go(func() {
			ps := <-parsers
			defer func() { parsers <- ps }()
			src, note := readJava(ref)
			if note != nil || src == nil {
				notes[i] = note
				tick()
				return
			}
			if prefilter && !mentionsFlink(src) {
				pending[i], badText[i] = newUnparsed(ref.Rel, src), !utf8.Valid(src)
				return
			}
			files[i], notes[i] = st.parse(ps, ref, src, true)
			tick()
		})
	}
	p.Wait()
	// Later rounds: files linked to what was parsed, until nothing changes.
	for round := 0; round < maxLinkRounds; round++ {
		var picked []int
		for i := range refs {
			if pending[i] != nil && st.in.linked(pending[i]) {
				picked = append(picked, i)
			}
		}
		if len(picked) == 0 {
			break
		}
		p := pool.New().WithMaxGoroutines(jobs)
		for _, i := range picked {
			pending[i] = nil
			p.Go(func() {
				ps := <-parsers
				defer func() { parsers <- ps }()
				if src, note := readJava(refs[i]); note != nil {
					notes[i] = note
				} else if src != nil {
					files[i], notes[i] = st.parse(ps, refs[i], src, false)
				}
				tick()
			})
		}
		p.Wait()
		// In file order: whether a linked class counts depends on the
		// classes recorded before it (interest.declares).
		for _, i := range picked {
			if files[i] != nil {
				st.in.add(files[i].facts.File, false)
			}
		}
	}
	// Files never parsed still get their encoding checked: one notification
	// each, like parsed files.
	for i, ref := range refs {
		if pending[i] != nil {
			if badText[i] {
				if src, _ := readJava(ref); src != nil {
					notes[i] = encodingNote(ref, src, 0)
				}
			}
			tick()
		}
	}
	var outFiles []*javaFile
	var outNotes []analysis.Notification
	for i := range refs {
		if files[i] != nil {
			outFiles = append(outFiles, files[i])
		}
		if notes[i] != nil {
			outNotes = append(outNotes, *notes[i])
		}
	}
	return outFiles, outNotes
}

// parse parses one file and takes its facts while its bodies are there: the
// index's, the suppressions, and (for a file that mentions Flink) the names
// the link rounds follow. Then the bodies go, unless keepBodies keeps them.
func (st *parsing) parse(ps *parser.Parser, ref load.FileRef, src []byte, flink bool) (*javaFile, *analysis.Notification) {
	f, note := parseOne(st.ctx, ps, ref, src)
	if f == nil {
		return nil, note
	}
	jf := &javaFile{ref: ref, facts: index.Prepare(f), directives: suppress.JavaDirectives(f)}
	if flink {
		// Only what a Flink file names is followed, and adding it does not
		// depend on what was added before: any order gives the same set.
		st.inMu.Lock()
		st.in.add(f, true)
		st.inMu.Unlock()
	}
	f.DropBodiesExcept(st.keepBodies(f, src))
	return jf, note
}

// readJava reads a Java file; a file that cannot be read or is binary
// yields a notification instead.
func readJava(ref load.FileRef) ([]byte, *analysis.Notification) {
	src, err := load.ReadFile(ref, load.DefaultMaxFileSize)
	if err != nil {
		return nil, &analysis.Notification{ID: NoteRead, Level: analysis.LevelWarning,
			Message: fmt.Sprintf("cannot read: %v", cause(err)), Location: parser.Location{Path: ref.Rel}}
	}
	if bytes.IndexByte(src, 0) >= 0 {
		return nil, &analysis.Notification{ID: NoteBinary, Level: analysis.LevelWarning,
			Message: "binary file (it contains NUL bytes), not Java source; skipped", Location: parser.Location{Path: ref.Rel}}
	}
	return src, nil
}

func encodingNote(ref load.FileRef, src []byte, syntaxErrors int) *analysis.Notification {
	line := 1 + bytes.Count(src[:max(textpos.FirstInvalidUTF8(src), 0)], []byte{'\n'})
	msg := "not valid UTF-8 text; analyzed as far as it parses"
	if syntaxErrors > 0 {
		msg += fmt.Sprintf(" (%d syntax errors)", syntaxErrors)
	}
	return &analysis.Notification{ID: NoteEncoding, Level: analysis.LevelWarning, Message: msg,
		Location: parser.Location{Path: ref.Rel, Pos: parser.MakePos(line, 1, line, 1)}}
}

// parseHook, when set (by tests), runs before each parse inside its panic
// recovery: it stands for a parser bug that only one file triggers.
var parseHook func(rel string)

// parseOne parses one file's source; at most one notification per file.
func parseOne(ctx context.Context, ps *parser.Parser, ref load.FileRef, src []byte) (f *parser.File, note *analysis.Notification) {
	noteAt := func(id string, level analysis.Level, pos parser.Pos, msg string) *analysis.Notification {
		return &analysis.Notification{ID: id, Level: level, Message: msg, Location: parser.Location{Path: ref.Rel, Pos: pos}}
	}
	defer func() {
		if p := recover(); p != nil {
			f = nil
			note = noteAt(NoteInternal, analysis.LevelError, parser.Pos{}, fmt.Sprintf("internal error while parsing this file, skipped: %v", p))
		}
	}()
	if parseHook != nil {
		parseHook(ref.Rel)
	}
	f, err := ps.Parse(ctx, ref.Rel, src)
	if ie := (*parser.InternalError)(nil); errors.As(err, &ie) {
		return nil, noteAt(NoteInternal, analysis.LevelError, parser.MakePos(ie.Line, 1, ie.Line, 1),
			fmt.Sprintf("internal error while parsing this file, skipped: %v", ie.Value))
	}
	if err != nil {
		return nil, noteAt(NoteParse, analysis.LevelWarning, parser.Pos{}, fmt.Sprintf("cannot parse: %v", err))
	}
	if !utf8.Valid(src) {
		return f, encodingNote(ref, src, len(f.Errors))
	}
	if len(f.Errors) > 0 {
		e := f.Errors[0]
		msg := "syntax error: " + e.Message
		if n := len(f.Errors); n > 1 {
			msg += fmt.Sprintf(" (and %d more)", n-1)
		}
		msg += "; the rest of the file is analyzed"
		return f, noteAt(NoteParse, analysis.LevelWarning, e.Pos, msg)
	}
	return f, nil
}

// cause strips the path from an *os.PathError: the notification carries it.
func cause(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readFlagConfigs reads --flink-config files. A missing file is an error
// (the user named it); its path is shown relative to the root when inside.
func readFlagConfigs(root string, paths []string) ([]*config.File, error) {
	var out []*config.File
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			return nil, err
		}
		st, err := os.Stat(abs)
		if err != nil {
			return nil, fmt.Errorf("--flink-config %s: %w", p, cause(err))
		}
		if st.IsDir() {
			return nil, fmt.Errorf("--flink-config %s: is a directory", p)
		}
		rel := filepath.ToSlash(p)
		if r, err := filepath.Rel(root, abs); err == nil && !strings.HasPrefix(r, "..") {
			rel = filepath.ToSlash(r)
		}
		src, err := load.ReadFile(load.FileRef{Rel: rel, Abs: abs, Size: st.Size()}, load.DefaultMaxFileSize)
		if err != nil {
			return nil, fmt.Errorf("--flink-config %s: %w", p, cause(err))
		}
		out = append(out, config.Read(rel, src))
	}
	return out, nil
}

func enabledRule(rs []*analysis.Rule, id string) bool {
	for _, r := range rs {
		if r.ID == id {
			return true
		}
	}
	return false
}

// syntaxNotes reports config files and manifests that do not parse as
// notifications, for scans that run without the rule that reports them
// (CFG008): bad input always gets a message.
func syntaxNotes(p *analysis.Program) []analysis.Notification {
	var out []analysis.Notification
	for _, cf := range p.ConfigFiles {
		for _, pr := range cf.Problems {
			if pr.Kind == config.ProblemSyntax || pr.Kind == config.ProblemEncoding {
				out = append(out, analysis.Notification{ID: NoteConfig, Level: analysis.LevelWarning,
					Message: pr.Message, Location: parser.Location{Path: cf.Path, Pos: pr.Pos}})
			}
		}
	}
	for _, pr := range p.ManifestProblems {
		if pr.Kind == config.ProblemSyntax || pr.Kind == config.ProblemEncoding {
			out = append(out, analysis.Notification{ID: NoteConfig, Level: analysis.LevelWarning, Message: pr.Message, Location: pr.Location})
		}
	}
	return out
}

// applySuppressions drops the findings that flinklint:ignore comments and
// @SuppressWarnings annotations cover, and reports ignores that are
// malformed or stale.
func applySuppressions(diags []analysis.Diagnostic, files []*javaFile, text []*suppress.Directive, all, enabled []*analysis.Rule) ([]analysis.Diagnostic, []analysis.Notification) {
	dirs := append([]*suppress.Directive(nil), text...)
	for _, f := range files {
		dirs = append(dirs, f.directives...)
	}
	if len(dirs) == 0 {
		return diags, nil
	}
	known := func(s string) string {
		for _, r := range all {
			if strings.EqualFold(r.ID, s) || strings.EqualFold(r.Name, s) {
				return r.ID
			}
		}
		if strings.EqualFold(s, "all") {
			return "all"
		}
		return ""
	}
	on := func(id string) bool { return id == "all" || enabledRule(enabled, id) }
	res := suppress.Apply(diags, dirs, known, on)
	return res.Kept, res.Notes
}

// loadToolConfig reads --config, or .flinklint.yaml at the scan root.
func loadToolConfig(root, path string, all []*analysis.Rule) (*toolconfig.Config, error) {
	optional := path == ""
	if optional {
		path = filepath.Join(root, toolconfig.FileName)
	}
	tc, err := toolconfig.Load(path, optional)
	if err != nil {
		return nil, err
	}
	if err := tc.Check(func(s string) bool { return lookupRule(all, s) != nil }); err != nil {
		return nil, err
	}
	return tc, nil
}

// toolConfigVersion is the target version the tool config sets, with the
// file (and line, when the file is inside the root) it comes from.
func toolConfigVersion(root string, tc *toolconfig.Config) analysis.Version {
	v := analysis.Version{Minor: tc.FlinkVersion, Source: "flink-version in " + filepath.Base(tc.Path)}
	abs, err := filepath.Abs(tc.Path)
	if err != nil {
		return v
	}
	if rel, err := filepath.Rel(root, abs); err == nil && filepath.IsLocal(rel) {
		v.Loc = parser.Location{Path: filepath.ToSlash(rel), Pos: parser.MakePos(tc.FlinkVersionLine, 1, tc.FlinkVersionLine, 1)}
	}
	return v
}

func lookupRule(all []*analysis.Rule, s string) *analysis.Rule {
	for _, r := range all {
		if strings.EqualFold(r.ID, s) || strings.EqualFold(r.Name, s) {
			return r
		}
	}
	return nil
}

// applyToolConfig overrides levels and drops what the exclude globs cover.
func applyToolConfig(tc *toolconfig.Config, all []*analysis.Rule, ds []analysis.Diagnostic, ns []analysis.Notification) ([]analysis.Diagnostic, []analysis.Notification) {
	levels := map[string]analysis.Level{}
	for name, lvl := range tc.Level {
		if r := lookupRule(all, name); r != nil {
			levels[r.ID] = analysis.Level(strings.ToLower(lvl))
		}
	}
	var keptD []analysis.Diagnostic
	for _, d := range ds {
		if tc.Excluded(d.Path) {
			continue
		}
		if l, ok := levels[d.RuleID]; ok {
			d.Level = l
		}
		keptD = append(keptD, d)
	}
	var keptN []analysis.Notification
	for _, n := range ns {
		if n.Path == "" || !tc.Excluded(n.Path) {
			keptN = append(keptN, n)
		}
	}
	return keptD, keptN
}
