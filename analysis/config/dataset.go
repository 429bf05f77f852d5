package config

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// datasetGz is the option dataset tools/optionsgen generates from Flink's
// own jars, gzipped with `gzip -9n`. Refresh it with `make options`;
// `make options-check` fails when it is not what the jars give.
//
//go:embed data/flink-config-options.json.gz
var datasetGz []byte

// OptionInfo describes one Flink option in one version.
type OptionInfo struct {
	// Key is the option's key; for a templated option the template, e.g.
	// "metrics.reporter.<name>.interval".
	Key string
	// Type is the docs' type cell: Boolean, Integer, Long, Float, Double,
	// String, Duration, MemorySize, Enum, Map, List<String>, List<Enum>,
	// List<Map>. Empty when the dataset does not know it (old untyped builders).
	Type string
	// Default is the docs' default text with "(none)" mapped to "": string
	// defaults keep their quotes (`"hashmap"`), durations read like `10 s`.
	// Empty for undocumented options (the dataset has only a Java expression).
	Default string
	// Enum lists the accepted values of Enum and List<Enum> options.
	Enum []string
	// Documented is false for options that exist in code but not in the
	// generated docs (excluded from docs, internal, planner experimental).
	Documented bool
	// Deprecated is true when the option's Java field is @Deprecated. The key
	// is still read.
	Deprecated bool
	// Templated is true when Key is a template the asked key matched.
	Templated bool
}

// KeyInfo tells how one Flink version knows a key. The zero value means the
// version does not read the key at all.
type KeyInfo struct {
	// Option: the key of a ConfigOption (documented or not); Option returns
	// its type.
	Option bool
	// DeprecatedFor lists the options that still read the key as a deprecated
	// key (Flink logs a warning). Usually one; two for keys like web.port.
	DeprecatedFor []string
	// Fallback: some option falls back to this key when it is unset.
	Fallback bool
	// Templated: the key matches a templated option such as
	// metrics.reporter.<name>.interval.
	Templated bool
	// Prefix: the key lies below an open family such as
	// containerized.master.env.* or a Map option's prefix form.
	Prefix bool
}

// Known reports whether the version reads the key in any way.
func (k KeyInfo) Known() bool {
	return k.Option || len(k.DeprecatedFor) > 0 || k.Fallback || k.Templated || k.Prefix
}

// Versions returns the Flink versions the dataset covers, oldest first
// ("1.15", "1.16", …). They are the target versions flinklint supports:
// the flag, the tool config and the help texts read this list, and the
// dataset's generator (tools/optionsgen/versions.txt) is the one place
// that names them.
func Versions() []string {
	return slices.Clone(data().versions)
}

// CheckVersion accepts a Flink version the dataset covers ("1.18"): the
// target versions --flink-version and the tool config's flink-version may
// name. The error completes "<where> must be ...".
func CheckVersion(v string) error {
	vs := data().versions
	if slices.Contains(vs, v) {
		return nil
	}
	return fmt.Errorf("must be one of %s, not %q", strings.Join(vs, ", "), v)
}

// Option returns the option a version defines under key: a ConfigOption's
// own key (documented or not) or, failing that, a templated option the key
// matches. Deprecated keys are not resolved: pass Canonical(key) for that.
func Option(version, key string) (OptionInfo, bool) {
	v := data().byVersion[version]
	if v == nil {
		return OptionInfo{}, false
	}
	if r, ok := v.options[key]; ok {
		return r.info(key, false), true
	}
	for _, t := range v.templated {
		if t.re.MatchString(key) {
			return t.rec.info(t.key, true), true
		}
	}
	return OptionInfo{}, false
}

// KeyIn tells how a Flink version knows key. An unknown version knows nothing.
func KeyIn(version, key string) KeyInfo {
	v := data().byVersion[version]
	if v == nil {
		return KeyInfo{}
	}
	return v.keyInfo(key)
}

// Known reports whether any Flink version, or the Kubernetes operator, knows
// key: as an option (documented or not), a deprecated or fallback key, a
// templated option, or below an open prefix family. Connector and table
// DDL options are not config keys and are not known.
func Known(key string) bool {
	d := data()
	if _, ok := d.exact[key]; ok {
		return true
	}
	for _, re := range d.templates {
		if re.MatchString(key) {
			return true
		}
	}
	for _, p := range d.prefixes {
		if p.matches(key) {
			return true
		}
	}
	return false
}

// Canonical maps a deprecated key to the key that replaces it in the newest
// Flink version that knows it, following chains (state.checkpoints.dir →
// execution.checkpointing.dir, state.backend → state.backend.type). A key
// that two options still read as a deprecated key (web.port: rest.port and
// rest.bind-port) stays unchanged, as do current and unknown keys. Keys are
// case-sensitive, as in Flink. Canonical is idempotent.
func Canonical(key string) string {
	if c, ok := data().canonical[key]; ok {
		return c
	}
	return key
}

// OptionKey returns the canonical key of a ConfigOption Java field:
// ("CheckpointingOptions", "CHECKPOINTING_INTERVAL") →
// "execution.checkpointing.interval". class is the simple class name (a
// qualified name is cut to its last segment); the caller resolves imports.
// Fields of every version count, so removed classes such as
// ExecutionCheckpointingOptions still resolve, and so do deprecated fields
// that share their key with the current one (CheckpointingOptions.
// STATE_BACKEND): the dataset lists every field that defines a key.
func OptionKey(class, field string) (string, bool) {
	if i := strings.LastIndexByte(class, '.'); i >= 0 {
		class = class[i+1:]
	}
	id := class + "." + field
	if k, ok := data().fields[id]; ok {
		return Canonical(k), true
	}
	return "", false
}

// ---------------------------------------------------------------------------
// Loading.

type optionRec struct {
	typ, def   string
	enum       []string
	documented bool
	deprecated bool
}

func (r *optionRec) info(key string, templated bool) OptionInfo {
	return OptionInfo{
		Key:        key,
		Type:       r.typ,
		Default:    r.def,
		Enum:       slices.Clone(r.enum),
		Documented: r.documented,
		Deprecated: r.deprecated,
		Templated:  templated,
	}
}

type templated struct {
	key string
	re  *regexp.Regexp
	rec *optionRec
}

// prefixFamily is an open family such as "metrics.reporter.<name>.*": the
// key must have more segments than segs, and each of segs must equal the
// key's segment or be a <placeholder>.
type prefixFamily struct {
	segs []string
}

func (p prefixFamily) matches(key string) bool {
	rest := key
	for _, s := range p.segs {
		i := strings.IndexByte(rest, '.')
		if i < 0 {
			return false
		}
		seg := rest[:i]
		if isPlaceholder(s) {
			if seg == "" {
				return false
			}
		} else if seg != s {
			return false
		}
		rest = rest[i+1:]
	}
	return rest != ""
}

func isPlaceholder(s string) bool {
	return len(s) > 2 && s[0] == '<' && s[len(s)-1] == '>'
}

func newPrefixFamily(family string) (prefixFamily, bool) {
	base, ok := strings.CutSuffix(family, ".*")
	if !ok || base == "" {
		return prefixFamily{}, false
	}
	return prefixFamily{segs: strings.Split(base, ".")}, true
}

type versionData struct {
	options    map[string]*optionRec // options and undocumented_options
	deprecated map[string][]string   // old key → the options reading it
	fallback   map[string]struct{}
	templated  []templated
	prefixes   []prefixFamily
}

func (v *versionData) keyInfo(key string) KeyInfo {
	var k KeyInfo
	_, k.Option = v.options[key]
	if d := v.deprecated[key]; len(d) > 0 {
		k.DeprecatedFor = slices.Clone(d)
	}
	_, k.Fallback = v.fallback[key]
	for _, t := range v.templated {
		if t.re.MatchString(key) {
			k.Templated = true
			break
		}
	}
	for _, p := range v.prefixes {
		if p.matches(key) {
			k.Prefix = true
			break
		}
	}
	return k
}

type dataset struct {
	versions  []string
	byVersion map[string]*versionData
	canonical map[string]string   // only keys whose canonical name differs
	fields    map[string]string   // "Class.FIELD" → key (newest version)
	exact     map[string]struct{} // every exact key any version or the operator knows
	templates []*regexp.Regexp    // union over versions and the operator
	prefixes  []prefixFamily      // union over versions and the operator
}

var (
	loadOnce sync.Once
	loaded   *dataset
)

func data() *dataset {
	loadOnce.Do(func() {
		d, err := load(datasetGz)
		if err != nil {
			// The dataset is part of the binary; a test loads it.
			panic("config: embedded dataset: " + err.Error())
		}
		loaded = d
	})
	return loaded
}

// The JSON shapes, reduced to what is kept. encoding/json skips the rest.
type rawOption struct {
	Type        string   `json:"type"`
	Default     string   `json:"default"`
	Enum        []string `json:"enum"`
	Deprecated  bool     `json:"deprecated"`
	Source      string   `json:"source"`
	Sources     []string `json:"sources"`
	Regex       string   `json:"regex"`
	DefaultJava string   `json:"default_java"`
}

type rawVersion struct {
	Options           map[string]rawOption `json:"options"`
	Undocumented      map[string]rawOption `json:"undocumented_options"`
	Templated         map[string]rawOption `json:"templated_options"`
	Deprecated        map[string]string    `json:"deprecated"`
	DeprecatedMulti   map[string][]string  `json:"deprecated_multi"`
	Fallback          map[string][]string  `json:"fallback"`
	DeprecatedOptions []string             `json:"deprecated_options"`
	Prefixes          []string             `json:"prefixes"`
}

type rawDataset struct {
	SchemaVersion int                   `json:"schema_version"`
	Versions      map[string]rawVersion `json:"versions"`
	Operator      rawVersion            `json:"operator"`
}

func load(gz []byte) (*dataset, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	// gzip's trailer holds the uncompressed size (mod 2^32).
	var raw []byte
	if n := len(gz); n >= 4 {
		size := int(uint32(gz[n-4]) | uint32(gz[n-3])<<8 | uint32(gz[n-2])<<16 | uint32(gz[n-1])<<24)
		raw = make([]byte, 0, min(size, 64<<20)+1)
	}
	buf := bytes.NewBuffer(raw)
	if _, err := io.Copy(buf, zr); err != nil {
		return nil, err
	}
	raw = buf.Bytes()
	var rd rawDataset
	if err := json.Unmarshal(raw, &rd); err != nil {
		return nil, err
	}
	if rd.SchemaVersion != 1 {
		return nil, fmt.Errorf("schema_version %d, want 1", rd.SchemaVersion)
	}
	return build(&rd)
}

// builder interns strings and option records shared across versions.
type builder struct {
	strs map[string]string
	recs map[string]*optionRec
	res  map[string]*regexp.Regexp
}

func (b *builder) str(s string) string {
	if t, ok := b.strs[s]; ok {
		return t
	}
	b.strs[s] = s
	return s
}

func (b *builder) rec(o rawOption, documented, deprecated bool) *optionRec {
	def := o.Default
	if !documented || def == "(none)" {
		def = ""
	}
	id := fmt.Sprintf("%s\x00%s\x00%s\x00%t%t", o.Type, def, strings.Join(o.Enum, "\x01"), documented, deprecated)
	if r, ok := b.recs[id]; ok {
		return r
	}
	r := &optionRec{typ: b.str(o.Type), def: b.str(def), documented: documented, deprecated: deprecated}
	for _, e := range o.Enum {
		r.enum = append(r.enum, b.str(e))
	}
	b.recs[id] = r
	return r
}

func (b *builder) regexp(expr string) (*regexp.Regexp, error) {
	if re, ok := b.res[expr]; ok {
		return re, nil
	}
	re, err := regexp.Compile(expr)
	if err != nil {
		return nil, err
	}
	b.res[expr] = re
	return re, nil
}

func (b *builder) version(rv *rawVersion) (*versionData, error) {
	depOpts := make(map[string]bool, len(rv.DeprecatedOptions))
	for _, k := range rv.DeprecatedOptions {
		depOpts[k] = true
	}
	v := &versionData{
		options:    make(map[string]*optionRec, len(rv.Options)+len(rv.Undocumented)),
		deprecated: make(map[string][]string, len(rv.Deprecated)),
		fallback:   make(map[string]struct{}, len(rv.Fallback)),
	}
	for k, o := range rv.Undocumented {
		v.options[b.str(k)] = b.rec(o, false, o.Deprecated || depOpts[k])
	}
	for k, o := range rv.Options {
		v.options[b.str(k)] = b.rec(o, true, o.Deprecated || depOpts[k])
	}
	for old, cur := range rv.Deprecated {
		v.deprecated[b.str(old)] = []string{b.str(cur)}
	}
	// deprecated_multi lists every option reading the key; it wins over the
	// single entry the deprecated map keeps for the same key.
	for old, curs := range rv.DeprecatedMulti {
		list := make([]string, 0, len(curs))
		for _, c := range curs {
			list = append(list, b.str(c))
		}
		slices.Sort(list)
		v.deprecated[b.str(old)] = slices.Compact(list)
	}
	for k := range rv.Fallback {
		v.fallback[b.str(k)] = struct{}{}
	}
	tkeys := make([]string, 0, len(rv.Templated))
	for k := range rv.Templated {
		tkeys = append(tkeys, k)
	}
	// Most specific first: metrics.reporter.<name>.interval before the
	// catch-all metrics.reporter.<name>.<parameter>.
	slices.SortFunc(tkeys, func(a, b string) int {
		if c := strings.Count(a, "<") - strings.Count(b, "<"); c != 0 {
			return c
		}
		if c := len(b) - len(a); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	for _, k := range tkeys {
		o := rv.Templated[k]
		if o.Regex == "" {
			continue
		}
		re, err := b.regexp(o.Regex)
		if err != nil {
			return nil, fmt.Errorf("templated option %q: %w", k, err)
		}
		v.templated = append(v.templated, templated{key: b.str(k), re: re, rec: b.rec(o, true, o.Deprecated || depOpts[k])})
	}
	for _, fam := range rv.Prefixes {
		if p, ok := newPrefixFamily(fam); ok {
			v.prefixes = append(v.prefixes, p)
		}
	}
	return v, nil
}

func build(rd *rawDataset) (*dataset, error) {
	b := &builder{strs: map[string]string{}, recs: map[string]*optionRec{}, res: map[string]*regexp.Regexp{}}
	d := &dataset{
		byVersion: make(map[string]*versionData, len(rd.Versions)),
		canonical: map[string]string{},
		fields:    map[string]string{},
		exact:     map[string]struct{}{},
	}
	for ver := range rd.Versions {
		d.versions = append(d.versions, ver)
	}
	slices.SortFunc(d.versions, compareVersions)
	if len(d.versions) == 0 {
		return nil, fmt.Errorf("no versions")
	}
	for _, ver := range d.versions {
		rv := rd.Versions[ver]
		v, err := b.version(&rv)
		if err != nil {
			return nil, fmt.Errorf("version %s: %w", ver, err)
		}
		d.byVersion[ver] = v
	}
	op, err := b.version(&rd.Operator)
	if err != nil {
		return nil, fmt.Errorf("operator: %w", err)
	}

	// Known: the union of exact keys, templates and prefix families.
	seenRe := map[*regexp.Regexp]bool{}
	seenFam := map[string]bool{}
	for _, v := range append(d.versionList(), op) {
		for k := range v.options {
			d.exact[k] = struct{}{}
		}
		for k := range v.deprecated {
			d.exact[k] = struct{}{}
		}
		for k := range v.fallback {
			d.exact[k] = struct{}{}
		}
		for _, t := range v.templated {
			if !seenRe[t.re] {
				seenRe[t.re] = true
				d.templates = append(d.templates, t.re)
			}
		}
		for _, p := range v.prefixes {
			id := strings.Join(p.segs, ".")
			if !seenFam[id] {
				seenFam[id] = true
				d.prefixes = append(d.prefixes, p)
			}
		}
	}

	d.buildCanonical(op)
	d.buildFields(rd, b)
	return d, nil
}

func (d *dataset) versionList() []*versionData {
	out := make([]*versionData, 0, len(d.versions))
	for _, ver := range d.versions {
		out = append(out, d.byVersion[ver])
	}
	return out
}

// buildCanonical computes Canonical for every exact key: in the newest
// version that knows the key (as an option, a deprecated or a fallback key),
// a deprecated key maps to the canonical name of the option reading it; when
// several options read it, only if their canonical names agree. Keys no Flink
// version knows use the operator's deprecated map.
func (d *dataset) buildCanonical(op *versionData) {
	memo := map[string]string{}
	var resolve func(key string, visiting map[string]bool) string
	resolve = func(key string, visiting map[string]bool) string {
		if c, ok := memo[key]; ok {
			return c
		}
		if visiting[key] {
			return key // a cycle: keep the key
		}
		visiting[key] = true
		defer delete(visiting, key)

		var targets []string
		found := false
		for i := len(d.versions) - 1; i >= 0 && !found; i-- {
			v := d.byVersion[d.versions[i]]
			_, isOpt := v.options[key]
			_, isFb := v.fallback[key]
			dep, isDep := v.deprecated[key]
			if isOpt || isFb || isDep {
				found = true
				targets = dep
			}
		}
		if !found {
			targets = op.deprecated[key]
		}
		c := key
		for i, t := range targets {
			tc := resolve(t, visiting)
			if i == 0 {
				c = tc
			} else if tc != c {
				c = key // ambiguous
				break
			}
		}
		memo[key] = c
		return c
	}
	keys := make([]string, 0, len(d.exact))
	for k := range d.exact {
		keys = append(keys, k)
	}
	slices.Sort(keys) // deterministic cycle handling
	for _, k := range keys {
		if c := resolve(k, map[string]bool{}); c != k {
			d.canonical[k] = c
		}
	}
}

// buildFields maps "Class.FIELD" to the field's key in the newest version
// that defines it: options over undocumented over templated options. Every
// field that defines a key counts (sources), so a deprecated field sharing
// its key with its replacement resolves too.
func (d *dataset) buildFields(rd *rawDataset, b *builder) {
	add := func(opts map[string]rawOption) {
		keys := make([]string, 0, len(opts))
		for k := range opts {
			keys = append(keys, k)
		}
		slices.Sort(keys) // two keys with one source field: the last wins, always the same
		for _, k := range keys {
			o := opts[k]
			for _, src := range append([]string{o.Source}, o.Sources...) {
				if class, field, ok := sourceField(src); ok {
					d.fields[b.str(class+"."+field)] = b.str(k)
				}
			}
		}
	}
	for _, ver := range d.versions { // oldest first: newer versions overwrite
		rv := rd.Versions[ver]
		add(rv.Templated)
		add(rv.Undocumented)
		add(rv.Options)
	}
}

// sourceField splits an option's source into the simple name of the class
// that declares it and the field: "flink-core:org.apache.flink.configuration.
// CheckpointingOptions#CHECKPOINTS_DIRECTORY" (artifact:class#FIELD, as
// tools/optionsgen writes it; a nested class's simple name follows its '$',
// a Scala object's trailing '$' is dropped) or "flink-core/src/main/java/
// .../CheckpointingOptions.java#FIELD" (a source path).
func sourceField(src string) (class, field string, ok bool) {
	path, field, ok := strings.Cut(src, "#")
	if !ok || field == "" {
		return "", "", false
	}
	path = strings.TrimSuffix(strings.TrimSuffix(path, ".java"), "$")
	class = path[strings.LastIndexAny(path, "/.$:")+1:]
	return class, field, class != ""
}

// compareVersions orders "1.9" < "1.15" < "2.0" numerically.
func compareVersions(a, b string) int {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(as) || i < len(bs); i++ {
		var x, y int
		if i < len(as) {
			x, _ = strconv.Atoi(as[i])
		}
		if i < len(bs) {
			y, _ = strconv.Atoi(bs[i])
		}
		if x != y {
			return x - y
		}
	}
	return strings.Compare(a, b)
}
