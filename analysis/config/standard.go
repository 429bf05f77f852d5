package config

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/flinklint/flinklint/analysis/internal/textpos"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/flinklint/flinklint/parser"
	"go.yaml.in/yaml/v3"
)

// Limits of Flink's YAML loader (SnakeYAML's LoaderOptions defaults; Flink's
// YamlParserUtils changes only allowDuplicateKeys). A file beyond them does
// not load, so it is a ProblemSyntax here too.
const (
	maxAliasesForCollections = 50
	maxNestingDepth          = 50
	maxCodePoints            = 3 * 1024 * 1024
)

// maxAliasExpansion caps the nodes visited through aliases while
// flattening. Fifty collection aliases still allow exponential expansion
// (3^16 with 16 levels of three); a real config never comes close.
const maxAliasExpansion = 100_000

// ReadStandard reads a config.yaml the way Flink 1.19+ does: one YAML
// document whose top level is a mapping; nested mappings are flattened with
// dots ("high-availability: {type: zookeeper}" sets "high-availability.type")
// and may be mixed with flat dotted keys; a list becomes one entry whose
// Value reads "a;b;c". Duplicate keys in one mapping (Flink refuses the file)
// and keys set both nested and flat (Flink keeps one of them, unspecified
// which) are ProblemDuplicate. A parse error is a ProblemSyntax on the line
// yaml.v3 reports (it reports no column). Merge keys (<<) are honoured as
// SnakeYAML does. Documents with more than 50 collection aliases or 50 levels
// of nesting are refused like Flink's loader refuses them, and alias
// expansion is capped, so alias bombs cost nothing.
func ReadStandard(path string, content []byte) *File {
	f := &File{Path: path, Format: Standard}
	src, _ := stripBOM(content) // YAML allows a BOM
	r := &stdReader{f: f, x: textpos.NewLineIndex(src), src: src, seen: map[string]parser.Pos{}}
	r.read()
	f.Problems = sortProblems(f.Problems)
	return f
}

type stdReader struct {
	f    *File
	x    *textpos.LineIndex
	src  []byte
	ystr []int                 // byte offset of each line as YAML counts lines (NEL, LS, PS too)
	seen map[string]parser.Pos // flattened key → its first key position
	// The last offset computed, to continue from on a long line.
	oLine, oCol, oOff int
	spent             int    // nodes visited through aliases
	stop              bool   // the alias expansion budget is spent
	inDup             string // the key of a same-mapping duplicate being read
}

func (r *stdReader) problem(kind ProblemKind, pos parser.Pos, msg string) {
	r.f.Problems = append(r.f.Problems, Problem{Kind: kind, Pos: pos, Message: msg})
}

func (r *stdReader) read() {
	src, x := r.src, r.x
	if i := textpos.FirstInvalidUTF8(src); i >= 0 {
		r.problem(ProblemEncoding, x.Span(i, i+1), "invalid UTF-8: Flink's YAML loader rejects the file")
		return
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		r.problem(ProblemEncoding, x.Span(i, i+1), "NUL byte: Flink's YAML loader rejects the file")
		return
	}
	if utf8.RuneCount(src) > maxCodePoints {
		r.problem(ProblemSyntax, x.LineSpan(0), fmt.Sprintf("the file has more than %d characters, more than Flink's YAML loader accepts", maxCodePoints))
		return
	}
	r.ystr = yamlLineStarts(src)

	dec := yaml.NewDecoder(bytes.NewReader(src))
	var doc yaml.Node
	if err := decode(dec, &doc); err != nil {
		if !errors.Is(err, io.EOF) {
			r.yamlError(err)
		}
		return // empty or comments only: no entries
	}
	var next yaml.Node
	switch err := decode(dec, &next); {
	case err == nil:
		r.problem(ProblemSyntax, x.LineSpan(r.lineOf(next.Line)), "a second YAML document: Flink's loader reads config.yaml as a single document and refuses the file")
	case !errors.Is(err, io.EOF):
		r.yamlError(err)
	}

	if len(doc.Content) == 0 {
		return
	}
	top := doc.Content[0]
	if top.Kind == yaml.ScalarNode && top.Tag == "!!null" {
		return // "~" or "null" alone: an empty configuration
	}
	if top.Kind != yaml.MappingNode {
		r.problem(ProblemSyntax, r.nodeSpan(top, false), "the top level of config.yaml must be a mapping of keys to values")
		return
	}
	if !r.checkLimits(top) {
		return
	}
	r.mapping(top, "", nil, false, map[*yaml.Node]bool{}, nil)
	if r.stop {
		r.f.Entries = nil
	}
}

// decode runs one Decode and turns a panic inside yaml.v3 into an error.
func decode(dec *yaml.Decoder, n *yaml.Node) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("yaml: internal parser failure")
		}
	}()
	return dec.Decode(n)
}

// checkLimits counts, as SnakeYAML's composer does, the aliases that point
// to collections and the nesting depth, each alias occurrence once.
func (r *stdReader) checkLimits(top *yaml.Node) bool {
	aliases := 0
	var walk func(n *yaml.Node, depth int) bool
	walk = func(n *yaml.Node, depth int) bool {
		switch n.Kind {
		case yaml.AliasNode:
			if n.Alias != nil && n.Alias.Kind != yaml.ScalarNode {
				aliases++
				if aliases > maxAliasesForCollections {
					r.problem(ProblemSyntax, r.nodeSpan(n, false), fmt.Sprintf("more than %d aliases to mappings or lists: Flink's YAML loader refuses the file", maxAliasesForCollections))
					return false
				}
			}
			return true
		case yaml.MappingNode, yaml.SequenceNode:
			depth++
			if depth > maxNestingDepth {
				r.problem(ProblemSyntax, r.nodeSpan(n, false), fmt.Sprintf("nested more than %d levels deep: Flink's YAML loader refuses the file", maxNestingDepth))
				return false
			}
			for _, c := range n.Content {
				if !walk(c, depth) {
					return false
				}
			}
		}
		return true
	}
	return walk(top, 0)
}

// visit accounts for one node; false once the alias expansion budget is
// spent (reported once).
func (r *stdReader) visit(via *parser.Pos) bool {
	if r.stop {
		return false
	}
	if via != nil {
		r.spent++
		if r.spent > maxAliasExpansion {
			r.stop = true
			r.problem(ProblemSyntax, *via, fmt.Sprintf("aliases expand to more than %d nodes; the file is not read", maxAliasExpansion))
			return false
		}
	}
	return true
}

// mapping flattens one mapping below prefix. via is the alias that brought
// it in (nil in the document itself); skip holds keys of the enclosing
// mapping that merged keys must not override.
func (r *stdReader) mapping(n *yaml.Node, prefix string, via *parser.Pos, flow bool, active map[*yaml.Node]bool, skip map[string]bool) {
	if !r.visit(via) {
		return
	}
	flow = flow || n.Style&yaml.FlowStyle != 0
	active[n] = true
	defer delete(active, n)

	type pair struct{ k, v *yaml.Node }
	var pairs []pair
	var merges []*yaml.Node
	own := map[string]parser.Pos{} // keys written in this mapping
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind == yaml.ScalarNode && k.Tag == "!!merge" {
			merges = append(merges, v)
			continue
		}
		pairs = append(pairs, pair{k, v})
	}

	// Keys written here override merged ones, whatever their order.
	explicit := map[string]bool{}
	for _, p := range pairs {
		if key, ok := r.scalarKey(p.k); ok {
			explicit[key] = true
		}
	}
	for _, m := range merges {
		r.merge(m, prefix, via, flow, active, explicit)
	}

	for _, p := range pairs {
		if r.stop {
			return
		}
		key, ok := r.scalarKey(p.k)
		kpos := r.posOr(via, p.k, flow)
		if !ok {
			r.problem(ProblemSyntax, kpos, "a mapping or list used as a key: Flink config keys are strings")
			continue
		}
		if skip[key] {
			continue // a merged key the including mapping sets itself
		}
		if skip != nil {
			skip[key] = true
		}
		first, dup := own[key]
		if !dup {
			own[key] = kpos
		} else if via == nil {
			r.f.Problems = append(r.f.Problems, Problem{
				Kind:    ProblemDuplicate,
				Pos:     kpos,
				Message: "duplicate key " + quoteKey(prefix+key) + " in one mapping (first on line " + strconv.Itoa(int(first.Line)) + "): Flink's YAML loader refuses the file",
				Related: first,
			})
			// Its entries are not reported again as set nested and flat.
			saved := r.inDup
			r.inDup = prefix + key
			r.value(prefix+key, kpos, p.v, via, flow, active)
			r.inDup = saved
			continue
		}
		r.value(prefix+key, kpos, p.v, via, flow, active)
	}
}

// merge applies a merge key's value: a mapping, an alias to one, or a list
// of those. Earlier mappings win over later ones; explicit keys over all.
func (r *stdReader) merge(m *yaml.Node, prefix string, via *parser.Pos, flow bool, active map[*yaml.Node]bool, skip map[string]bool) {
	items := []*yaml.Node{m}
	if m.Kind == yaml.SequenceNode {
		items = m.Content
	}
	for _, it := range items {
		itVia := via
		if it.Kind == yaml.AliasNode {
			if itVia == nil {
				p := r.nodeSpan(it, flow)
				itVia = &p
			}
			it = it.Alias
		}
		if it == nil || it.Kind != yaml.MappingNode || active[it] {
			r.problem(ProblemSyntax, r.posOr(itVia, m, flow), "a merge key (<<) needs a mapping or a list of mappings")
			continue
		}
		r.mapping(it, prefix, itVia, flow, active, skip)
	}
}

// value records the value of key: a mapping is flattened further, anything
// else is one entry.
func (r *stdReader) value(key string, kpos parser.Pos, v *yaml.Node, via *parser.Pos, flow bool, active map[*yaml.Node]bool) {
	vpos := parser.Pos{}
	if v.Kind != yaml.MappingNode && !isEmptyNull(v) {
		vpos = r.posOr(via, v, flow)
	}
	if v.Kind == yaml.AliasNode {
		if via == nil {
			p := vpos
			via = &p
		}
		if v.Alias == nil || active[v.Alias] {
			r.problem(ProblemSyntax, vpos, "the alias refers to a value that contains it")
			return
		}
		v = v.Alias
		if v.Kind == yaml.MappingNode {
			kpos = *via
		}
	}
	switch v.Kind {
	case yaml.MappingNode:
		r.mapping(v, key+".", via, flow, active, nil)
		return
	case yaml.SequenceNode:
		if !r.visit(via) {
			return
		}
		r.add(Entry{Key: key, Value: r.renderList(v, active, via), KeyPos: kpos, ValuePos: vpos})
	default:
		if !r.visit(via) {
			return
		}
		r.add(Entry{Key: key, Value: scalarValue(v), KeyPos: kpos, ValuePos: vpos})
	}
}

// add appends an entry and reports a key set earlier in another mapping
// (nested vs flat).
func (r *stdReader) add(e Entry) {
	first, ok := r.seen[e.Key]
	if ok && r.inDup != "" && (e.Key == r.inDup || strings.HasPrefix(e.Key, r.inDup+".")) {
		r.seen[e.Key] = e.KeyPos
	} else if ok {
		r.f.Problems = append(r.f.Problems, Problem{
			Kind:    ProblemDuplicate,
			Pos:     e.KeyPos,
			Message: "key " + quoteKey(e.Key) + " is set twice, nested and flat (first on line " + strconv.Itoa(int(first.Line)) + "): Flink keeps one of them, unspecified which",
			Related: first,
		})
	} else {
		r.seen[e.Key] = e.KeyPos
	}
	r.f.Entries = append(r.f.Entries, e)
}

// scalarKey returns the string Flink makes of a key (Java's string
// concatenation of the loaded object).
func (r *stdReader) scalarKey(k *yaml.Node) (string, bool) {
	if k.Kind == yaml.AliasNode && k.Alias != nil {
		k = k.Alias
	}
	if k.Kind != yaml.ScalarNode {
		return "", false
	}
	if k.Tag == "!!null" {
		return "null", true
	}
	return scalarValue(k), true
}

// snakeBools are the plain scalars SnakeYAML (YAML 1.1) loads as booleans.
var snakeBools = map[string]string{
	"yes": "true", "Yes": "true", "YES": "true", "no": "false", "No": "false", "NO": "false",
	"true": "true", "True": "true", "TRUE": "true", "false": "false", "False": "false", "FALSE": "false",
	"on": "true", "On": "true", "ON": "true", "off": "false", "Off": "false", "OFF": "false",
}

// scalarValue is the string Flink reads for a scalar: null is "", a YAML 1.1
// boolean is "true" or "false", anything else its text.
func scalarValue(n *yaml.Node) string {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if n.Tag == "!!null" {
		return ""
	}
	if n.Style&(yaml.TaggedStyle|yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) == 0 {
		if b, ok := snakeBools[n.Value]; ok {
			return b
		}
	}
	return n.Value
}

func isEmptyNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null" && n.Value == "" && n.Style == 0
}

// renderList renders a list as Flink's ConfigurationUtils.convertToString
// does: items joined with ';', an item holding ';' or a quote single-quoted
// (quotes doubled); a map item reads "k1:v1,k2:v2" with keys and values
// holding ':' quoted, and then each pair holding ',' or a quote.
func (r *stdReader) renderList(n *yaml.Node, active map[*yaml.Node]bool, via *parser.Pos) string {
	active[n] = true
	defer delete(active, n)
	parts := make([]string, 0, len(n.Content))
	for _, it := range n.Content {
		if !r.visit(via) {
			return ""
		}
		itVia := via
		if it.Kind == yaml.AliasNode {
			if it.Alias == nil || active[it.Alias] {
				r.problem(ProblemSyntax, r.posOr(via, it, false), "the alias refers to a value that contains it")
				continue
			}
			if itVia == nil {
				p := r.nodeSpan(it, false)
				itVia = &p
			}
			it = it.Alias
		}
		switch it.Kind {
		case yaml.MappingNode:
			parts = append(parts, escapeQuoted(r.renderMap(it, active, itVia), ";"))
		case yaml.SequenceNode:
			parts = append(parts, escapeQuoted(r.renderList(it, active, itVia), ";"))
		default:
			parts = append(parts, escapeQuoted(scalarValue(it), ";"))
		}
	}
	return strings.Join(parts, ";")
}

func (r *stdReader) renderMap(n *yaml.Node, active map[*yaml.Node]bool, via *parser.Pos) string {
	active[n] = true
	defer delete(active, n)
	var parts []string
	for i := 0; i+1 < len(n.Content); i += 2 {
		if !r.visit(via) {
			return ""
		}
		k, v := n.Content[i], n.Content[i+1]
		key, _ := r.scalarKey(k)
		vVia := via
		if v.Kind == yaml.AliasNode {
			if v.Alias == nil || active[v.Alias] {
				r.problem(ProblemSyntax, r.posOr(via, v, false), "the alias refers to a value that contains it")
				continue
			}
			if vVia == nil {
				p := r.nodeSpan(v, false)
				vVia = &p
			}
			v = v.Alias
		}
		var val string
		switch v.Kind {
		case yaml.MappingNode:
			val = r.renderMap(v, active, vVia)
		case yaml.SequenceNode:
			val = r.renderList(v, active, vVia)
		case yaml.ScalarNode:
			val = scalarValue(v)
		}
		parts = append(parts, escapeQuoted(escapeQuoted(key, ":")+":"+escapeQuoted(val, ":"), ","))
	}
	return strings.Join(parts, ",")
}

// escapeQuoted is Flink's StructuredOptionsSplitter.escapeWithSingleQuote.
func escapeQuoted(s string, special ...string) string {
	need := strings.ContainsAny(s, "'\"")
	for _, c := range special {
		need = need || strings.Contains(s, c)
	}
	if !need {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}

// ---------------------------------------------------------------------------
// Positions of YAML nodes.

// posOr returns *via when the node came in through an alias, else the
// node's own token.
func (r *stdReader) posOr(via *parser.Pos, n *yaml.Node, flow bool) parser.Pos {
	if via != nil {
		return *via
	}
	return r.nodeSpan(n, flow)
}

// yamlLineStarts lists line starts the way yaml.v3 counts lines: besides
// LF, CR LF and CR, also NEL, LS and PS break lines.
func yamlLineStarts(src []byte) []int {
	starts := []int{0}
	for i := 0; i < len(src); i++ {
		switch {
		case src[i] == '\r' && i+1 < len(src) && src[i+1] == '\n':
			i++
			starts = append(starts, i+1)
		case src[i] == '\n' || src[i] == '\r':
			starts = append(starts, i+1)
		case src[i] == 0xC2 && i+1 < len(src) && src[i+1] == 0x85:
			i++
			starts = append(starts, i+1)
		case src[i] == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && (src[i+2] == 0xA8 || src[i+2] == 0xA9):
			i += 2
			starts = append(starts, i+1)
		}
	}
	return starts
}

// offset converts yaml.v3's 1-based line and 1-based column (in characters)
// to a byte offset.
func (r *stdReader) offset(line, col int) int {
	if line < 1 {
		return 0
	}
	if line > len(r.ystr) {
		return len(r.src)
	}
	off, c := r.ystr[line-1], 1
	if r.oLine == line && r.oCol <= col {
		off, c = r.oOff, r.oCol
	}
	end := len(r.src)
	if line < len(r.ystr) {
		end = r.ystr[line]
	}
	for ; c < col && off < end; c++ {
		if r.src[off] < utf8.RuneSelf {
			off++
			continue
		}
		_, size := utf8.DecodeRune(r.src[off:])
		off += size
	}
	r.oLine, r.oCol, r.oOff = line, c, off
	return off
}

// lineOf converts a yaml.v3 line to a 0-based line of r.x.
func (r *stdReader) lineOf(yamlLine int) int {
	return r.x.Line(r.offset(yamlLine, 1))
}

// nodeSpan returns the position of a node's token: a scalar's text with its
// quotes (the first line of a multi-line plain scalar, the header of a block
// scalar), an alias, a flow collection from bracket to bracket, a block
// collection from its first to the end of its last item. Anchors and tags
// in front are left out.
func (r *stdReader) nodeSpan(n *yaml.Node, flow bool) parser.Pos {
	s, e := r.nodeRange(n, flow, 0)
	// A node whose properties end the file (`- !`) must not run past its
	// line into the next, empty one.
	for e > s && e <= len(r.src) && isBlankOrBreak(r.src[e-1]) {
		e--
	}
	if s > e {
		s = e
	}
	for s > 0 && s == len(r.src) && isBlankOrBreak(r.src[s-1]) {
		s--
		e = s
	}
	return r.x.Span(s, e)
}

func (r *stdReader) nodeRange(n *yaml.Node, flow bool, depth int) (int, int) {
	src := r.src
	start := r.skipProperties(r.offset(n.Line, n.Column))
	if start >= len(src) || depth > maxNestingDepth+2 {
		return start, start
	}
	switch n.Kind {
	case yaml.AliasNode:
		return start, scanAnchor(src, start+1)
	case yaml.MappingNode, yaml.SequenceNode:
		if src[start] == '[' || src[start] == '{' {
			return start, matchBracket(src, start)
		}
		if len(n.Content) == 0 {
			return start, start
		}
		_, end := r.nodeRange(n.Content[len(n.Content)-1], flow, depth+1)
		return start, end
	}
	switch src[start] {
	case '"':
		return start, scanDoubleQuoted(src, start)
	case '\'':
		return start, scanSingleQuoted(src, start)
	case '|', '>':
		if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
			return start, scanPlain(src, start, false)
		}
	}
	if isEmptyNull(n) {
		return start, start
	}
	return start, scanPlain(src, start, flow || n.Style&yaml.FlowStyle != 0)
}

// skipProperties moves past anchors (&a), tags (!t, !!str, !<...>), the
// blanks, comments and line breaks after them.
func (r *stdReader) skipProperties(i int) int {
	src := r.src
	for i < len(src) && (src[i] == '&' || src[i] == '!') {
		if src[i] == '!' && i+1 < len(src) && src[i+1] == '<' {
			for i < len(src) && src[i] != '>' {
				i++
			}
			i++
		}
		for i < len(src) && !isBlankOrBreak(src[i]) {
			i++
		}
		for i < len(src) {
			switch {
			case isBlankOrBreak(src[i]):
				i++
			case src[i] == '#':
				for i < len(src) && !isBreakAt(src, i) {
					i++
				}
			default:
				goto next
			}
		}
	next:
	}
	return i
}

func isBlankOrBreak(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// isBreakAt reports a YAML line break at src[i]: LF, CR, NEL, LS or PS.
func isBreakAt(src []byte, i int) bool {
	switch src[i] {
	case '\n', '\r':
		return true
	case 0xC2:
		return i+1 < len(src) && src[i+1] == 0x85
	case 0xE2:
		return i+2 < len(src) && src[i+1] == 0x80 && (src[i+2] == 0xA8 || src[i+2] == 0xA9)
	}
	return false
}

func isFlowIndicator(b byte) bool {
	return b == ',' || b == '[' || b == ']' || b == '{' || b == '}'
}

// scanPlain returns the end of a plain scalar (or a block scalar header) on
// its first line: before ": ", " #", a line break or, in flow context, a
// flow indicator; trailing blanks dropped.
func scanPlain(src []byte, i int, flow bool) int {
	start := i
	end := i
	for i < len(src) {
		c := src[i]
		if isBreakAt(src, i) {
			break
		}
		if c == ':' && (i+1 == len(src) || isBlankOrBreak(src[i+1]) || (flow && isFlowIndicator(src[i+1]))) && i > start {
			break
		}
		if c == '#' && i > start && (src[i-1] == ' ' || src[i-1] == '\t') {
			break
		}
		if flow && isFlowIndicator(c) && i > start {
			break
		}
		i++
		if c != ' ' && c != '\t' {
			end = i
		}
	}
	if end == start && i > start {
		end = i
	}
	return end
}

// scanAnchor returns the end of an anchor or alias name starting at i.
func scanAnchor(src []byte, i int) int {
	for i < len(src) && !isBlankOrBreak(src[i]) && !isFlowIndicator(src[i]) {
		i++
	}
	return i
}

func scanDoubleQuoted(src []byte, i int) int {
	for i++; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return len(src)
}

func scanSingleQuoted(src []byte, i int) int {
	for i++; i < len(src); i++ {
		if src[i] == '\'' {
			if i+1 < len(src) && src[i+1] == '\'' {
				i++
				continue
			}
			return i + 1
		}
	}
	return len(src)
}

// matchBracket returns the end of the flow collection opening at i, past
// quoted scalars and comments.
func matchBracket(src []byte, i int) int {
	depth := 0
	prev := byte(' ')
	for ; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '[' || c == '{':
			depth++
		case c == ']' || c == '}':
			depth--
			if depth == 0 {
				return i + 1
			}
		case (c == '"' || c == '\'') && (isBlankOrBreak(prev) || isFlowIndicator(prev) || prev == ':'):
			if c == '"' {
				i = scanDoubleQuoted(src, i) - 1
			} else {
				i = scanSingleQuoted(src, i) - 1
			}
		case c == '#' && isBlankOrBreak(prev):
			for i < len(src) && !isBreakAt(src, i) {
				i++
			}
		}
		if i < len(src) {
			prev = src[i]
		}
	}
	return len(src)
}

// ---------------------------------------------------------------------------
// yaml.v3 errors.

var yamlErrRE = regexp.MustCompile(`^yaml: (?:line (\d+): )?(.*)$`)

// parserProblems are the messages of yaml.v3's parser stage. Their line is
// a 0-based mark (yaml.v3 adds 1 only for scanner errors), and an error on
// the first line carries no line at all.
var parserProblems = []string{
	"did not find expected <stream-start>",
	"did not find expected <document start>",
	"did not find expected node content",
	"did not find expected key",
	"did not find expected '-' indicator",
	"did not find expected ',' or ']'",
	"did not find expected ',' or '}'",
	"found duplicate %YAML directive",
	"found duplicate %TAG directive",
	"found incompatible YAML document",
	"found undefined tag handle",
}

var unknownAnchorRE = regexp.MustCompile(`^unknown anchor '(.*)' referenced$`)

// yamlError turns a yaml.v3 error into a ProblemSyntax on its line.
func (r *stdReader) yamlError(err error) {
	text := err.Error()
	m := yamlErrRE.FindStringSubmatch(text)
	if m == nil {
		r.problem(ProblemSyntax, r.x.LineSpan(0), "invalid YAML")
		return
	}
	msg := m[2]
	line := 1 // yaml.v3 omits line 1
	if m[1] != "" {
		n, _ := strconv.Atoi(m[1])
		line = n
		for _, p := range parserProblems {
			if strings.HasPrefix(msg, p) {
				line = n + 1
				break
			}
		}
	}
	if a := unknownAnchorRE.FindStringSubmatch(msg); a != nil {
		if i := bytes.Index(r.src, []byte("*"+a[1])); i >= 0 {
			r.problem(ProblemSyntax, r.x.Span(i, i+1+len(a[1])), "invalid YAML: "+msg)
			return
		}
	}
	if len(msg) > 200 {
		msg = msg[:200]
	}
	r.problem(ProblemSyntax, r.x.LineSpan(r.errorLine(line)), "invalid YAML: "+strings.ToValidUTF8(msg, "\uFFFD"))
}

// errorLine converts yaml.v3's 1-based line to a 0-based line of r.x, moving
// back from the blank end of the file to the last line with content (an
// unexpected end of stream is reported after it).
func (r *stdReader) errorLine(line int) int {
	i := r.lineOf(line)
	if line > len(r.ystr) {
		i = r.x.Count() - 1
	}
	for i > 0 {
		s, e := r.x.Bounds(i)
		if len(bytes.TrimSpace(r.src[s:e])) > 0 {
			break
		}
		i--
	}
	return i
}
