package rules

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/parser"
)

// uidNamer proposes readable, stable uids for one job's operators:
// "<job>-<operator>", e.g. "order-totals-window-aggregate", unique among
// the job's uids (existing ones included) with a numeric suffix when needed.
type uidNamer struct {
	job   string
	taken map[string]bool
}

func newUIDNamer(j *jobgraph.Job) *uidNamer {
	n := &uidNamer{job: jobSlug(j), taken: map[string]bool{}}
	for _, o := range j.Operators {
		if o.UID != nil && o.UID.Known {
			n.taken[o.UID.Value] = true
		}
	}
	return n
}

func (n *uidNamer) name(o *jobgraph.Operator) string {
	base := n.job + "-" + operatorSlug(o)
	uid := base
	for i := 2; n.taken[uid]; i++ {
		uid = fmt.Sprintf("%s-%d", base, i)
	}
	n.taken[uid] = true
	return uid
}

// uidFix inserts .uid("...") right after the operator call's closing
// parenthesis, on the same line, so the chain keeps its layout. An operator
// reached more than once in the job (a helper called twice) gets no fix: a
// literal uid there would collide with itself.
func uidFix(j *jobgraph.Job, o *jobgraph.Operator, n *uidNamer) []analysis.Fix {
	if o.Call.Path == "" || o.Call.Pos.EndLine == 0 {
		return nil
	}
	for _, other := range j.Operators {
		if other != o && other.Loc == o.Loc && !other.Internal {
			return nil
		}
	}
	uid := n.name(o)
	end := parser.Pos{Line: o.Call.Pos.EndLine, Col: o.Call.Pos.EndCol, EndLine: o.Call.Pos.EndLine, EndCol: o.Call.Pos.EndCol}
	return []analysis.Fix{{
		Description: fmt.Sprintf("add .uid(%q)", uid),
		Edits:       []analysis.Edit{{Location: parser.Location{Path: o.Call.Path, Pos: end}, Text: fmt.Sprintf(".uid(%q)", uid)}},
	}}
}

// jobSlug names a job after its class: OrderTotalsJob → "order-totals".
func jobSlug(j *jobgraph.Job) string {
	name := j.Class
	if i := strings.LastIndexAny(name, ".$"); i >= 0 {
		name = name[i+1:]
	}
	for _, suffix := range []string{"Job", "Pipeline", "Application", "App", "Main"} {
		if t := strings.TrimSuffix(name, suffix); t != "" && t != name {
			name = t
			break
		}
	}
	s := kebab(name)
	if s == "" {
		s = "job"
	}
	return s
}

// operatorSlug names an operator by what it is: "source", "window-aggregate",
// "keyed-reduce", "flat-map-dedup-function".
func operatorSlug(o *jobgraph.Operator) string {
	switch o.Method {
	case "fromSource", "addSource", "readTextFile", "readFile":
		return "source"
	case "sinkTo", "addSink":
		return "sink"
	case "orderedWait", "unorderedWait", "orderedWaitWithRetry", "unorderedWaitWithRetry":
		return "async-io"
	}
	prefix := ""
	switch o.Kind {
	case "window aggregation", "non-keyed window":
		prefix = "window"
	case "keyed reduce", "keyed aggregation", "keyed process":
		prefix = "keyed"
	case "window join":
		prefix = "join"
	case "window coGroup":
		prefix = "cogroup"
	case "interval join":
		prefix = "interval-join"
	case "CEP pattern":
		prefix = "cep"
	case "broadcast process":
		prefix = "broadcast"
	case "keyed co-process":
		prefix = "connected"
	}
	s := kebab(o.Method)
	if prefix != "" {
		s = prefix + "-" + s
	}
	if fn := o.Function; fn != "" && fn != "lambda" && !strings.HasPrefix(fn, "anonymous") && prefix == "" {
		s += "-" + kebab(fn)
	}
	return s
}

// kebab turns CamelCase and other names into kebab-case ASCII.
func kebab(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case r < 128 && unicode.IsUpper(r):
			if i > 0 && (unicode.IsLower(rs[i-1]) || unicode.IsDigit(rs[i-1]) || i+1 < len(rs) && unicode.IsLower(rs[i+1])) && !strings.HasSuffix(b.String(), "-") {
				b.WriteByte('-')
			}
			b.WriteRune(unicode.ToLower(r))
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
		default:
			if b.Len() > 0 && !strings.HasSuffix(b.String(), "-") {
				b.WriteByte('-')
			}
		}
	}
	return strings.Trim(b.String(), "-")
}
