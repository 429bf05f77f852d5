package scan

import (
	"bytes"
	"path"
	"slices"
	"strings"

	"github.com/flinklint/flinklint/analysis/flinkapi"
	"github.com/flinklint/flinklint/parser"
)

// The pre-filter decides which Java files are worth a parse (issue 6: the
// parse is the cost). A file is parsed when it mentions Flink
// ("org.apache.flink", in an import or a qualified name), or when it is
// linked to a parsed file: it declares a class a parsed file names (a
// constants holder, a helper, a base class — found by its file name, as Java
// names public classes), or it names a class a parsed file declares (a
// subclass of a project function class, a caller of a project pipeline
// helper). Links are followed for a few rounds. Every other file is read
// once and never parsed: it cannot contain a job, an operator, a stateful
// function, a uid constant or a setting that flows into a job.

var flinkMarker = []byte("org.apache.flink")

// mentionsFlink is the byte-level test of the first round.
func mentionsFlink(src []byte) bool { return bytes.Contains(src, flinkMarker) }

// maxLinkRounds bounds how far links between non-Flink files are followed.
const maxLinkRounds = 4

// interest is what the parsed files declare and name.
type interest struct {
	declared map[uint32]bool // hashes of the simple names of classes declared in parsed files
	named    map[string]bool // capitalised names parsed files use (types, receivers)
}

func newInterest() *interest {
	return &interest{declared: map[uint32]bool{}, named: map[string]bool{}}
}

// unparsed is what the link rounds need of a file that was read but not
// parsed, kept from its single read: its class name (by Java's convention,
// its file name) and the hashes of the capitalised identifiers it uses. A
// hash collision can only make a file look linked (an extra parse), never
// hide a link.
type unparsed struct {
	base   string
	idents []uint32 // sorted, distinct
}

func newUnparsed(rel string, src []byte) *unparsed {
	u := &unparsed{base: strings.TrimSuffix(path.Base(rel), ".java")}
	seen := map[uint32]bool{}
	eachIdent(src, func(id []byte) bool {
		if id[0] >= 'A' && id[0] <= 'Z' {
			if h := identHash(id); !seen[h] {
				seen[h] = true
				u.idents = append(u.idents, h)
			}
		}
		return true
	})
	slices.Sort(u.idents)
	return u
}

// identHash is FNV-1a over an identifier.
func identHash(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

// add records what a parsed file declares and, for a file that mentions
// Flink, names. Only classes that take part in a type hierarchy count as
// declared (a subclass elsewhere may inherit their state), and only Flink
// files' names are followed: following every name of every linked file
// would pull in a monorepo's whole DTO graph.
func (in *interest) add(f *parser.File, mentionsFlink bool) {
	for _, td := range f.Types {
		parser.Inspect(td, func(n any) bool {
			if t, ok := n.(*parser.TypeDecl); ok && t.Kind != parser.KindAnonymous && t.Name != "" && in.declares(t, mentionsFlink) {
				in.declared[identHash([]byte(t.Name))] = true
			}
			if !mentionsFlink {
				return true
			}
			switch n := n.(type) {
			case *parser.TypeDecl:
				for _, r := range append(append([]parser.TypeRef(nil), n.Extends...), n.Implements...) {
					in.nameType(r)
				}
			case *parser.Field:
				in.nameType(n.Type)
			case *parser.Method:
				in.nameType(n.Result)
				for _, p := range n.Params {
					in.nameType(p.Type)
				}
			case *parser.LocalVar:
				in.nameType(n.Type)
			case *parser.New:
				in.nameType(n.Type)
			case *parser.Ident:
				if isTypeName(n.Name) {
					in.named[n.Name] = true
				}
			}
			return true
		})
	}
}

// declares decides whether a class can have subclasses that matter: in a
// Flink file, any class in a hierarchy (it extends or implements something,
// or is abstract or an interface); elsewhere, only a class extending one
// already declared (a DTO implementing Serializable does not count).
func (in *interest) declares(t *parser.TypeDecl, mentionsFlink bool) bool {
	if mentionsFlink {
		return len(t.Extends) > 0 || len(t.Implements) > 0 || t.Modifiers.Has("abstract") || t.Kind == parser.KindInterface
	}
	for _, r := range append(append([]parser.TypeRef(nil), t.Extends...), t.Implements...) {
		if in.declared[identHash([]byte(flinkapi.Simple(r.Name)))] {
			return true
		}
	}
	return false
}

// nameType records the class a type names, not its type arguments: the
// element type of DataStream<Order> is data, not code that shapes a job.
func (in *interest) nameType(t parser.TypeRef) {
	for _, seg := range strings.Split(t.Name, ".") {
		if isTypeName(seg) {
			in.named[seg] = true
		}
	}
}

func isTypeName(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// linked reports whether a not-yet-parsed file is linked to the parsed ones.
func (in *interest) linked(u *unparsed) bool {
	if in.named[u.base] {
		return true
	}
	for _, h := range u.idents {
		if in.declared[h] {
			return true
		}
	}
	return false
}

// eachIdent calls fn for every Java identifier token of src outside
// comments and string literals, until fn returns false.
func eachIdent(src []byte, fn func([]byte) bool) {
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			j := bytes.Index(src[i+2:], []byte("*/"))
			if j < 0 {
				return
			}
			i += j + 4
		case c == '"' || c == '\'':
			i++
			for i < len(src) && src[i] != c && src[i] != '\n' {
				if src[i] == '\\' {
					i++
				}
				i++
			}
			i++
		case c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			j := i + 1
			for j < len(src) && (src[j] == '_' || src[j] == '$' || src[j] >= 'a' && src[j] <= 'z' || src[j] >= 'A' && src[j] <= 'Z' || src[j] >= '0' && src[j] <= '9') {
				j++
			}
			if !fn(src[i:j]) {
				return
			}
			i = j
		default:
			i++
		}
	}
}
