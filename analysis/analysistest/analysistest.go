// Package analysistest checks rules against fixtures, the way
// golang.org/x/tools/go/analysis/analysistest does: a fixture states its
// expectations in comments on the line where each finding must start,
//
//	.aggregate(new SumAmount())   // want "UID001"
//	.flatMap(new Dedup())         // want "UID001: Dedup.*ValueState"
//
// and the check runs both ways: every finding must be wanted, every want
// must be found. A want is a rule id, optionally followed by ": " and a Go
// regular expression the message must match. Expectations are read from
// Java comment nodes (through the parser), never by searching Java text.
//
// In YAML files (Flink config files, manifests) a want is a trailing
// comment on the line of the finding:
//
//	execution.checkpointing.intervall: 30s   # want "CFG006: did you mean"
//
// In .properties and .xml files, where a trailing comment would become part
// of the value, a want stands alone on the line before the finding's line
// (`# want "OBS003"`, `<!-- want "OBS003" -->`).
package analysistest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/load"
	"github.com/flinklint/flinklint/analysis/scan"
	"github.com/flinklint/flinklint/parser"
)

// Expectation is one wanted finding.
type Expectation struct {
	Path string
	Line int
	Rule string
	Msg  *regexp.Regexp // nil: any message
	Raw  string
}

// Options tune a run.
type Options struct {
	// AllowNotifications accepts tool notifications (fixtures of bad input).
	AllowNotifications bool
	// FlinkConfigs are passed as --flink-config.
	FlinkConfigs []string
}

// Run scans dir with exactly the given rules enabled and checks the
// findings against the want comments of the Java files under dir. It
// returns the scan result for further assertions.
func Run(t testing.TB, dir string, rules []*analysis.Rule, opt Options) *scan.Result {
	t.Helper()
	var ids []string
	for _, r := range rules {
		ids = append(ids, r.ID)
	}
	res, err := scan.Run(context.Background(), scan.Options{
		Paths: []string{dir}, Rules: rules, Enable: ids, Jobs: 2, FlinkConfigs: opt.FlinkConfigs,
	})
	if err != nil {
		t.Fatalf("scan %s: %v", dir, err)
	}
	if !opt.AllowNotifications {
		for _, n := range res.Notifications {
			t.Errorf("%s:%d: unexpected notification %s: %s", n.Path, n.Pos.Line, n.ID, n.Message)
		}
	}
	wants, err := Expectations(res.Root, dir)
	if err != nil {
		t.Fatal(err)
	}
	Check(t, res.Diagnostics, wants)
	return res
}

// Check matches diagnostics against expectations both ways.
func Check(t testing.TB, diags []analysis.Diagnostic, wants []Expectation) {
	t.Helper()
	used := make([]bool, len(wants))
	for _, d := range diags {
		found := false
		for i, w := range wants {
			if used[i] || w.Path != d.Path || w.Line != int(d.Pos.Line) || w.Rule != d.RuleID {
				continue
			}
			if w.Msg != nil && !w.Msg.MatchString(d.Message) {
				continue
			}
			used[i] = true
			found = true
			break
		}
		if !found {
			t.Errorf("%s:%d:%d: unexpected %s: %s", d.Path, d.Pos.Line, d.Pos.Col, d.RuleID, d.Message)
		}
	}
	for i, w := range wants {
		if !used[i] {
			var near []string
			for _, d := range diags {
				if d.Path == w.Path && int(d.Pos.Line) == w.Line && d.RuleID == w.Rule {
					near = append(near, d.Message)
				}
			}
			extra := ""
			if len(near) > 0 {
				extra = fmt.Sprintf(" (messages on that line: %q)", near)
			}
			t.Errorf("%s:%d: missing %s%s", w.Path, w.Line, w.Raw, extra)
		}
	}
}

// Expectations reads the want comments of every Java file under dir (test
// sources included); paths are relative to root like the scan's.
func Expectations(root, dir string) ([]Expectation, error) {
	tree, err := load.Walk([]string{dir}, load.Options{IncludeTests: true})
	if err != nil {
		return nil, err
	}
	p := parser.NewParser()
	defer p.Close()
	var out []Expectation
	for _, f := range tree.Files {
		if f.Kind != load.Java {
			ws, err := textExpectations(root, f)
			if err != nil {
				return nil, err
			}
			out = append(out, ws...)
			continue
		}
		src, err := os.ReadFile(f.Abs)
		if err != nil {
			return nil, err
		}
		rel, err := filepath.Rel(root, f.Abs)
		if err != nil {
			return nil, err
		}
		rel = filepath.ToSlash(rel)
		pf, err := p.Parse(context.Background(), rel, src)
		if err != nil {
			return nil, err
		}
		for _, c := range pf.Comments {
			ws, err := ParseWant(c.Text)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %v", rel, c.Pos.Line, err)
			}
			for _, w := range ws {
				w.Path, w.Line = rel, int(c.Pos.Line)
				out = append(out, w)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Path != out[j].Path {
			return out[i].Path < out[j].Path
		}
		return out[i].Line < out[j].Line
	})
	return out, nil
}

// textExpectations reads the wants of a YAML, .properties or .xml file.
func textExpectations(root string, f load.FileRef) ([]Expectation, error) {
	var nextLine bool
	switch {
	case f.Kind == load.FlinkConfig || f.Kind == load.YAML:
	case strings.HasSuffix(f.Rel, ".properties") || strings.HasSuffix(f.Rel, ".xml"):
		nextLine = true
	default:
		return nil, nil
	}
	src, err := os.ReadFile(f.Abs)
	if err != nil {
		return nil, err
	}
	rel, err := filepath.Rel(root, f.Abs)
	if err != nil {
		return nil, err
	}
	rel = filepath.ToSlash(rel)
	var out, pending []Expectation
	for i, line := range strings.Split(string(src), "\n") {
		n := i + 1
		text := strings.TrimSpace(line)
		if nextLine {
			if c := strings.TrimSuffix(strings.TrimPrefix(text, "<!--"), "-->"); c != text {
				text = "# " + strings.TrimSpace(c)
			}
			if strings.HasPrefix(text, "#") || strings.HasPrefix(text, "!") {
				ws, err := ParseWant("#" + strings.TrimLeft(text, "#!"))
				if err != nil {
					return nil, fmt.Errorf("%s:%d: %v", rel, n, err)
				}
				pending = append(pending, ws...)
				continue
			}
			if text == "" {
				continue
			}
			for _, w := range pending {
				w.Path, w.Line = rel, n
				out = append(out, w)
			}
			pending = nil
			continue
		}
		i := strings.Index(line, "# want ")
		if i < 0 {
			continue
		}
		ws, err := ParseWant(line[i:])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", rel, n, err)
		}
		for _, w := range ws {
			w.Path, w.Line = rel, n
			out = append(out, w)
		}
	}
	return out, nil
}

var ruleID = regexp.MustCompile(`^[A-Z][A-Z0-9]*[0-9]{3}$`) // UID001, K8S001

// ParseWant parses `// want "UID001" "UID001: regexp"`; a comment that does
// not start with "want" yields nothing.
func ParseWant(comment string) ([]Expectation, error) {
	s := strings.TrimSpace(comment)
	switch {
	case strings.HasPrefix(s, "//"):
		s = strings.TrimPrefix(s, "//")
	case strings.HasPrefix(s, "/*"):
		s = strings.TrimSuffix(strings.TrimPrefix(s, "/*"), "*/")
	case strings.HasPrefix(s, "#"):
		s = strings.TrimPrefix(s, "#")
	default:
		return nil, nil
	}
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "want ") && s != "want" {
		return nil, nil
	}
	s = strings.TrimSpace(strings.TrimPrefix(s, "want"))
	var out []Expectation
	for s != "" {
		q, err := strconv.QuotedPrefix(s)
		if err != nil {
			return nil, fmt.Errorf("bad want %q: expected a quoted string", s)
		}
		v, _ := strconv.Unquote(q)
		s = strings.TrimSpace(s[len(q):])
		w := Expectation{Raw: q}
		id, rx, hasRx := strings.Cut(v, ": ")
		w.Rule = strings.TrimSpace(id)
		if !ruleID.MatchString(w.Rule) {
			return nil, fmt.Errorf("bad want %s: %q is not a rule id", q, w.Rule)
		}
		if hasRx {
			re, err := regexp.Compile(rx)
			if err != nil {
				return nil, fmt.Errorf("bad want %s: %v", q, err)
			}
			w.Msg = re
		}
		out = append(out, w)
	}
	return out, nil
}
