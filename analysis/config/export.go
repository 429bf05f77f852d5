package config

import (
	"github.com/flinklint/flinklint/analysis/internal/textpos"
	"strings"

	"github.com/flinklint/flinklint/parser"
	"go.yaml.in/yaml/v3"
	"sort"
	"sync"
)

// YAMLSource gives other readers of YAML (the Kubernetes manifest reader)
// what ReadStandard knows: positions of yaml.v3 nodes as parser.Pos (1-based
// lines, UTF-16 columns), yaml.v3 errors turned into a Problem on the right
// line, and Flink's flattening of a configuration mapping embedded in a
// bigger document (a manifest's spec.flinkConfiguration).
//
// One YAMLSource serves every document of a multi-document stream: node
// positions are absolute in the stream. The budget for nodes visited through
// aliases (see ReadStandard) is shared by all FlattenMapping calls of one
// source, so a file of many small alias bombs costs no more than one.
// A YAMLSource is not safe for concurrent use.
type YAMLSource struct {
	r *stdReader
}

// NewYAMLSource prepares positions for src, which must be exactly the bytes
// given to yaml.v3 (a caller that strips a byte order mark passes the
// stripped bytes). src is not checked for encoding problems.
func NewYAMLSource(src []byte) *YAMLSource {
	r := &stdReader{f: &File{Format: Standard}, x: textpos.NewLineIndex(src), src: src}
	r.ystr = yamlLineStarts(src)
	return &YAMLSource{r: r}
}

// Span returns the position of a node's token, as entries' positions are
// computed: a scalar's text with its quotes (the first line of a multi-line
// plain scalar, the header of a block scalar), an alias, a flow collection
// from bracket to bracket, a block collection from its first to the end of
// its last item; anchors and tags in front are left out. inFlow tells that
// the node sits inside a flow collection ({...} or [...]), where ',' and the
// brackets end a plain scalar.
func (s *YAMLSource) Span(n *yaml.Node, inFlow bool) parser.Pos {
	if n == nil {
		return parser.Pos{}
	}
	return s.r.nodeSpan(n, inFlow)
}

// ByteSpan returns the position of the bytes [start, end) of the source.
func (s *YAMLSource) ByteSpan(start, end int) parser.Pos {
	start = min(max(start, 0), len(s.r.src))
	end = min(max(end, start), len(s.r.src))
	return s.r.x.Span(start, end)
}

// Line returns the text of a 1-based line (lines end at LF, CR LF or CR, as
// in positions), without its line break; nil when there is no such line.
func (s *YAMLSource) Line(line int) []byte {
	if line < 1 || line > s.r.x.Count() {
		return nil
	}
	start, end := s.r.x.Bounds(line - 1)
	return s.r.src[start:end]
}

// SyntaxError turns an error of yaml.v3's decoder into a ProblemSyntax on
// the line yaml.v3 reports, as ReadStandard does.
func (s *YAMLSource) SyntaxError(err error) Problem {
	saved := s.r.f.Problems
	s.r.f.Problems = nil
	s.r.yamlError(err)
	p := Problem{Kind: ProblemSyntax, Pos: s.r.x.LineSpan(0), Message: "invalid YAML"}
	if len(s.r.f.Problems) > 0 {
		p = s.r.f.Problems[0]
	}
	s.r.f.Problems = saved
	return p
}

// FlattenMapping flattens a YAML mapping node of this source the way
// ReadStandard flattens the top level of config.yaml: nested mappings are
// joined with dots and may be mixed with flat dotted keys, a list becomes
// "a;b;c", YAML 1.1 booleans read "true"/"false", null reads "", merge keys
// are honoured, alias expansion is bounded. Keys are relative to n. Entries
// and problems are in document order.
//
// The problems are those of ReadStandard (ProblemDuplicate for a key written
// twice in one mapping or set both nested and flat, ProblemSyntax for a
// mapping used as a key, a bad merge or alias, a spent alias budget), with
// messages that speak of a manifest rather than of Flink's config.yaml
// loader: Flink's limits on aliases and nesting depth are not applied, as the
// Kubernetes operator never reads the YAML itself. A node that is not a
// mapping yields nothing.
func (s *YAMLSource) FlattenMapping(n *yaml.Node) ([]Entry, []Problem) {
	r := s.r
	if n == nil || n.Kind != yaml.MappingNode {
		return nil, nil
	}
	r.f = &File{Format: Standard}
	r.seen = map[string]parser.Pos{}
	r.stop, r.inDup = false, ""
	r.mapping(n, "", nil, false, map[*yaml.Node]bool{}, nil)
	if r.stop {
		r.f.Entries = nil
	}
	ps := sortProblems(r.f.Problems)
	for i := range ps {
		ps[i].Message = manifestMessage(ps[i].Message)
	}
	entries := r.f.Entries
	r.f = &File{Format: Standard}
	return entries, ps
}

// FlattenMapping is NewYAMLSource(src).FlattenMapping(n), for a single call.
func FlattenMapping(src []byte, n *yaml.Node) ([]Entry, []Problem) {
	return NewYAMLSource(src).FlattenMapping(n)
}

// Reasons in ReadStandard's messages that hold for config.yaml only, and
// what they become in a manifest. kubectl decodes manifests strictly and
// refuses a duplicate key; the operator flattens spec.flinkConfiguration
// into one map, so a key set nested and flat keeps one value.
var manifestReasons = []struct{ file, manifest string }{
	{": Flink's YAML loader refuses the file", ": kubectl refuses the manifest"},
	{": Flink keeps one of them, unspecified which", ": the Kubernetes operator keeps only one of them"},
	{"; the file is not read", "; the configuration is not read"},
}

func manifestMessage(msg string) string {
	for _, m := range manifestReasons {
		if strings.HasSuffix(msg, m.file) {
			return strings.TrimSuffix(msg, m.file) + m.manifest
		}
	}
	return msg
}

// ScalarString returns the string Flink (and the Kubernetes operator, which
// receives the manifest as JSON converted from YAML 1.1) makes of a scalar:
// null is "", a YAML 1.1 boolean (yes, on, off, ...) is "true" or "false",
// anything else its text. An alias reads as the scalar it refers to.
func ScalarString(n *yaml.Node) string {
	if n == nil {
		return ""
	}
	return scalarValue(n)
}

var (
	keysOnce sync.Once
	keyList  []string
)

// Keys returns every exact key any version (or the Kubernetes operator)
// knows, sorted: the candidates for "did you mean".
func Keys() []string {
	keysOnce.Do(func() {
		for k := range data().exact {
			keyList = append(keyList, k)
		}
		sort.Strings(keyList)
	})
	return keyList
}

var (
	namesMu sync.Mutex
	names   = map[string]map[string]string{} // version → canonical key → the option name that version reads
)

// NameIn returns the name under which a Flink version reads the option
// whose current (canonical) name is key: key itself, or the older name the
// version still used (state.checkpoints.dir in 1.19 for
// execution.checkpointing.dir). ok is false when the version has no such
// option.
func NameIn(version, key string) (string, bool) {
	d := data()
	v := d.byVersion[version]
	if v == nil {
		return key, false
	}
	if _, ok := v.options[key]; ok {
		return key, true
	}
	namesMu.Lock()
	defer namesMu.Unlock()
	m, ok := names[version]
	if !ok {
		m = map[string]string{}
		for k := range v.options {
			if c := Canonical(k); c != k {
				m[c] = k
			}
		}
		names[version] = m
	}
	old, ok := m[key]
	return old, ok
}

// Renamed reports when the option key got its current name and what it was
// called before, from the versions of the dataset (high-availability.type:
// since 1.17, before that high-availability).
func Renamed(key string) (since, old string, ok bool) {
	vs := data().versions
	for i, v := range vs {
		if n, known := NameIn(v, key); known && n == key {
			if i == 0 {
				return "", "", false
			}
			if prev, known := NameIn(vs[i-1], key); known && prev != key {
				return v, prev, true
			}
			return "", "", false
		}
	}
	return "", "", false
}
