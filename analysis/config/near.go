package config

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"
)

// Near matches ("did you mean") for unknown keys, without a pass over the
// dataset per key: the exact keys sit in a trie searched with an edit
// distance row per node (only prefixes within reach of the key are
// visited), and each templated option and prefix family is a small
// automaton run forward and backward over the key once, so that every
// one-edit variant it accepts is found by set operations. A key costs tens
// of microseconds whatever the size of the dataset; generating every
// one-edit string and asking Known of each cost about 3 ms.
//
// Distances are optimal string alignment (Damerau-Levenshtein without
// editing a substring twice): a character inserted, deleted or replaced,
// or two adjacent ones swapped, counts as one edit.

// KeyAlphabet is what one edit may insert or substitute in OneEditKnown:
// the characters of Flink keys. An exact key reached only by inserting
// another character ("$internal.*" from "internal.*") is not suggested.
const KeyAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_"

var inAlphabet = func() (a [256]bool) {
	for i := 0; i < len(KeyAlphabet); i++ {
		a[KeyAlphabet[i]] = true
	}
	return a
}()

// OneEditKnown calls fn for every string one edit away from key that Known
// accepts, inserted and substituted characters taken from KeyAlphabet:
// exact keys of any version or of the Kubernetes operator, and keys a
// templated option or prefix family matches. fn may see a string twice.
func OneEditKnown(key string, fn func(string)) {
	ix := nearIndex()
	ix.trie.within(key, 1, "", true, func(k string, d int) {
		if d == 1 {
			fn(k)
		}
	})
	for _, p := range ix.candidates(key) {
		p.oneEdit(key, fn)
	}
}

// ExactKeysWithin calls fn for every exact key (Keys) that starts with
// prefix and lies within maxDist edits of key, with its distance. Any
// character may be inserted or substituted.
func ExactKeysWithin(key string, maxDist int, prefix string, fn func(k string, dist int)) {
	nearIndex().trie.within(key, maxDist, prefix, false, fn)
}

type nearIx struct {
	trie     *keyTrie
	patterns []*pattern
	// byChar lists, for a byte c, the patterns whose first or second atom
	// may be c: with one edit, a key can only match a pattern that one of
	// its first two bytes starts or continues.
	byChar [256][]*pattern
	any    []*pattern // patterns starting with a class: always tried
}

var (
	nearOnce sync.Once
	nearIdx  *nearIx
)

func nearIndex() *nearIx {
	nearOnce.Do(func() {
		d := data()
		ix := &nearIx{trie: newKeyTrie(Keys())}
		var exprs []string
		for _, re := range d.templates {
			exprs = append(exprs, re.String())
		}
		for _, p := range d.prefixes {
			exprs = append(exprs, p.regexp())
		}
		for _, e := range exprs {
			p, err := compilePattern(e)
			if err != nil {
				// The dataset is part of the binary; a test compiles every
				// pattern.
				panic("config: near-match index: " + err.Error())
			}
			ix.patterns = append(ix.patterns, p)
		}
		for _, p := range ix.patterns {
			if p.atoms[0].class != 0 || len(p.atoms) > 1 && p.atoms[1].class != 0 {
				ix.any = append(ix.any, p)
				continue
			}
			ix.byChar[p.atoms[0].lit] = append(ix.byChar[p.atoms[0].lit], p)
			if len(p.atoms) > 1 && p.atoms[1].lit != p.atoms[0].lit {
				ix.byChar[p.atoms[1].lit] = append(ix.byChar[p.atoms[1].lit], p)
			}
		}
		nearIdx = ix
	})
	return nearIdx
}

// candidates returns the patterns a key one edit away from key can match.
// An edit at position 0 or 1 leaves one of key[0], key[1] in place as the
// pattern's first or second character; an edit further on leaves both.
func (ix *nearIx) candidates(key string) []*pattern {
	out := append([]*pattern(nil), ix.any...)
	seen := map[*pattern]bool{}
	for i := 0; i < 2 && i < len(key); i++ {
		for _, p := range ix.byChar[key[i]] {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	return out
}

// ---------------------------------------------------------------------------
// Exact keys: a trie.

type keyTrie struct {
	nodes []trieNode
	edges []trieEdge
	keys  []string
	depth int // the longest key
}

type trieNode struct {
	first, n int32 // edges[first : first+n], sorted by byte
	key      int32 // index in keys of the key ending here, -1 when none
}

type trieEdge struct {
	b     byte
	child int32
}

func newKeyTrie(keys []string) *keyTrie {
	sorted := append([]string(nil), keys...)
	sort.Strings(sorted)
	t := &keyTrie{keys: sorted}
	for _, k := range sorted {
		t.depth = max(t.depth, len(k))
	}
	t.build(0, len(sorted), 0)
	return t
}

// build adds the node for keys[lo:hi], which share their first depth
// bytes, and returns its index. Nodes are laid out in pre-order with each
// node's edges contiguous.
func (t *keyTrie) build(lo, hi, depth int) int32 {
	idx := int32(len(t.nodes))
	t.nodes = append(t.nodes, trieNode{key: -1})
	if lo < hi && len(t.keys[lo]) == depth {
		t.nodes[idx].key = int32(lo)
		lo++
	}
	type group struct {
		b      byte
		lo, hi int
	}
	var groups []group
	for i := lo; i < hi; {
		b := t.keys[i][depth]
		j := i
		for j < hi && t.keys[j][depth] == b {
			j++
		}
		groups = append(groups, group{b, i, j})
		i = j
	}
	first := int32(len(t.edges))
	t.nodes[idx].first, t.nodes[idx].n = first, int32(len(groups))
	t.edges = append(t.edges, make([]trieEdge, len(groups))...)
	for i, g := range groups {
		t.edges[int(first)+i] = trieEdge{b: g.b, child: t.build(g.lo, g.hi, depth+1)}
	}
	return idx
}

// within calls fn for every key within maxDist edits of key that starts
// with prefix. Rows of the distance table (one per trie depth, a column per
// byte of key) are computed only along paths whose best cell is still
// within maxDist: the minimum of a row never decreases with depth. With
// alphabet set, an edit may not introduce a byte outside KeyAlphabet.
func (t *keyTrie) within(key string, maxDist int, prefix string, alphabet bool, fn func(string, int)) {
	if maxDist > 250 {
		maxDist = 250
	}
	n := len(key)
	limit := uint8(maxDist + 1)
	rows := make([][]uint8, 0, n+maxDist+2)
	row := func(d int) []uint8 {
		for len(rows) <= d {
			rows = append(rows, make([]uint8, n+1))
		}
		return rows[d]
	}
	r0 := row(0)
	for j := range r0 {
		r0[j] = uint8(min(j, int(limit)))
	}
	// mins[d] is the smallest cell of row d. A row's minimum never drops
	// below the previous row's, except through a swap from two rows up
	// when the alphabet forbids the edits that would otherwise bound it:
	// a path is abandoned when neither can bring it back within reach.
	mins := make([]uint8, 1, n+maxDist+2)
	path := make([]byte, 0, t.depth)
	var walk func(node int32, d int)
	walk = func(node int32, d int) {
		nd := t.nodes[node]
		if nd.key >= 0 && d >= len(prefix) && n-d <= maxDist && d-n <= maxDist {
			if dist := rows[d][n]; dist <= uint8(maxDist) {
				fn(t.keys[nd.key], int(dist))
			}
		}
		// Row d+1 is computed in the band of columns within maxDist of the
		// diagonal (the cells outside it exceed maxDist), plus a limit
		// cell on each side for the next row to read.
		lo, hi := max(0, d+1-maxDist), min(n, d+1+maxDist)
		for e := nd.first; e < nd.first+nd.n; e++ {
			c := t.edges[e].b
			if d < len(prefix) && c != prefix[d] {
				continue
			}
			prev, cur := rows[d], row(d+1)
			var prev2 []uint8
			if d > 0 {
				prev2 = rows[d-1]
			}
			newChar := !alphabet || inAlphabet[c]
			best := limit
			if lo == 0 {
				cur[0] = limit
				if newChar {
					cur[0] = min(prev[0]+1, limit)
				}
				best = cur[0]
			} else {
				cur[lo-1] = limit
			}
			if hi < n {
				cur[hi+1] = limit
			}
			for j := max(1, lo); j <= hi; j++ {
				v := cur[j-1] + 1 // key[j-1] deleted
				if c == key[j-1] {
					v = min(v, prev[j-1])
				} else if newChar {
					v = min(v, prev[j-1]+1, prev[j]+1) // replaced by c, or c inserted
				}
				if prev2 != nil && j > 1 && c == key[j-2] && path[d-1] == key[j-1] && c != path[d-1] {
					v = min(v, prev2[j-2]+1) // swapped
				}
				cur[j] = min(v, limit)
				best = min(best, cur[j])
			}
			if best > uint8(maxDist) && mins[d]+1 > uint8(maxDist) {
				continue
			}
			path = append(path, c)
			mins = append(mins[:d+1], best)
			walk(t.edges[e].child, d+1)
			path = path[:d]
		}
	}
	walk(0, 0)
}

// ---------------------------------------------------------------------------
// Templated options and prefix families: linear automata.

// atom is one position of a pattern: a literal byte, or a class repeated
// one or more times.
type atom struct {
	lit   byte
	class byte // 0 for a literal; classNotDot ([^.]+) or classAny (.+)
}

const (
	classNotDot = 1
	classAny    = 2
)

// pattern is a template ("metrics.reporter.<name>.interval") or prefix
// family ("containerized.master.env.*") as a sequence of atoms. State j of
// its automaton means "j atoms matched"; the sets of states are bitsets.
type pattern struct {
	expr   string
	atoms  []atom
	accept set
	loop   set      // states whose atom repeats
	on     [256]set // on[c]: the states whose atom accepts c
}

// set is a set of automaton states, 0 to 127.
type set struct{ lo, hi uint64 }

func (s set) empty() bool   { return s.lo|s.hi == 0 }
func (s set) and(t set) set { return set{s.lo & t.lo, s.hi & t.hi} }
func (s set) or(t set) set  { return set{s.lo | t.lo, s.hi | t.hi} }
func (s set) shl() set      { return set{s.lo << 1, s.hi<<1 | s.lo>>63} }
func (s set) shr() set      { return set{s.lo>>1 | s.hi<<63, s.hi >> 1} }

func bit(i int) set {
	if i < 64 {
		return set{lo: 1 << i}
	}
	return set{hi: 1 << (i - 64)}
}

// compilePattern reads the regular expressions the dataset gives templates
// and prefix families: ^, literal characters (escaped or not), [^.]+, .+, $.
func compilePattern(expr string) (*pattern, error) {
	s, ok := strings.CutPrefix(expr, "^")
	if s, ok = strings.CutSuffix(s, "$"); !ok {
		return nil, fmt.Errorf("pattern %q is not anchored", expr)
	}
	p := &pattern{expr: expr}
	for i := 0; i < len(s); {
		switch {
		case strings.HasPrefix(s[i:], "[^.]+"):
			p.atoms = append(p.atoms, atom{class: classNotDot})
			i += 5
		case strings.HasPrefix(s[i:], ".+"):
			p.atoms = append(p.atoms, atom{class: classAny})
			i += 2
		case s[i] == '\\' && i+1 < len(s) && strings.IndexByte(`.-\+*?()[]{}|^$/_`, s[i+1]) >= 0:
			p.atoms = append(p.atoms, atom{lit: s[i+1]})
			i += 2
		case strings.IndexByte(`.\+*?()[]{}|^$`, s[i]) >= 0:
			return nil, fmt.Errorf("pattern %q: unsupported syntax at %q", expr, s[i:])
		default:
			p.atoms = append(p.atoms, atom{lit: s[i]})
			i++
		}
	}
	if len(p.atoms) == 0 || len(p.atoms) > 127 {
		return nil, fmt.Errorf("pattern %q has %d atoms (1 to 127 supported)", expr, len(p.atoms))
	}
	p.accept = bit(len(p.atoms))
	for j, a := range p.atoms {
		st := bit(j + 1)
		if a.class != 0 {
			p.loop = p.loop.or(st)
		}
		for c := 0; c < 256; c++ {
			if a.class == classAny || a.class == classNotDot && c != '.' || a.class == 0 && byte(c) == a.lit {
				p.on[c] = p.on[c].or(st)
			}
		}
	}
	return p, nil
}

// step returns the states reached from s by reading c.
func (p *pattern) step(s set, c byte) set {
	return s.shl().or(s.and(p.loop)).and(p.on[c])
}

// back returns the states from which reading c reaches a state of s.
func (p *pattern) back(s set, c byte) set {
	t := s.and(p.on[c])
	return t.shr().or(t.and(p.loop))
}

// oneEdit calls fn for every string one edit away from key (inserted and
// substituted characters from KeyAlphabet) that the pattern matches. fwd[i]
// holds the states reached by key[:i], bwd[i] those from which key[i:]
// reaches the end: an edit at i works when what it reads links the two.
func (p *pattern) oneEdit(key string, fn func(string)) {
	n := len(key)
	fwd := make([]set, n+1)
	bwd := make([]set, n+2)
	fwd[0] = bit(0)
	last := 0 // fwd[i] is empty for i > last
	for i := 0; i < n && !fwd[i].empty(); i++ {
		fwd[i+1] = p.step(fwd[i], key[i])
		if !fwd[i+1].empty() {
			last = i + 1
		}
	}
	bwd[n] = p.accept
	for i := n - 1; i >= 0; i-- {
		bwd[i] = p.back(bwd[i+1], key[i])
	}
	// Any byte: the states one more character can reach from f.
	anyStep := func(f set) set { return f.shl().or(f.and(p.loop)) }
	for i := 0; i <= last; i++ {
		f := fwd[i]
		if f.empty() {
			continue
		}
		if i < n && !f.and(bwd[i+1]).empty() { // delete key[i]
			fn(key[:i] + key[i+1:])
		}
		if i < n && !anyStep(f).and(bwd[i+1]).empty() { // replace key[i]
			for j := 0; j < len(KeyAlphabet); j++ {
				if c := KeyAlphabet[j]; c != key[i] && !p.step(f, c).and(bwd[i+1]).empty() {
					fn(key[:i] + string(c) + key[i+1:])
				}
			}
		}
		if !anyStep(f).and(bwd[i]).empty() { // insert before key[i]
			for j := 0; j < len(KeyAlphabet); j++ {
				if c := KeyAlphabet[j]; !p.step(f, c).and(bwd[i]).empty() {
					fn(key[:i] + string(c) + key[i:])
				}
			}
		}
		if i+1 < n && key[i] != key[i+1] && !p.step(p.step(f, key[i+1]), key[i]).and(bwd[i+2]).empty() { // swap
			fn(key[:i] + string(key[i+1]) + string(key[i]) + key[i+2:])
		}
	}
}

// regexp renders the family as the regular expression compilePattern reads:
// each segment literal or a placeholder, then a non-empty rest.
func (p prefixFamily) regexp() string {
	var b strings.Builder
	b.WriteString("^")
	for _, s := range p.segs {
		if isPlaceholder(s) {
			b.WriteString(`[^.]+`)
		} else {
			b.WriteString(regexp.QuoteMeta(s))
		}
		b.WriteString(`\.`)
	}
	b.WriteString(".+$")
	return b.String()
}
