// Package toolconfig reads flinklint's own configuration, .flinklint.yaml
// at the scan root (or --config FILE):
//
//	flink-version: "1.18"      # target version when nothing else says (one of config.Versions)
//	fail-on: warning           # error | warning | note | none
//	enable: [UID005]           # rule ids or names
//	disable: [STATE001]
//	level:                     # per-rule level override
//	  CKPT003: warning
//	exclude:                   # findings in these paths are dropped (globs, ** allowed)
//	  - "legacy/**"
//	  - "**/generated/**"
//
// Unknown keys, unknown rules, bad levels and bad globs are errors that name
// the file and line: a typo in a CI gate must not silently weaken it.
package toolconfig

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/flinklint/flinklint/analysis/config"
)

// FileName is the default file name, looked up at the scan root.
const FileName = ".flinklint.yaml"

// Config is the tool configuration.
type Config struct {
	Path         string            `yaml:"-"`
	FlinkVersion string            `yaml:"flink-version"`
	FailOn       string            `yaml:"fail-on"`
	Enable       []string          `yaml:"enable"`
	Disable      []string          `yaml:"disable"`
	Level        map[string]string `yaml:"level"`
	Exclude      []string          `yaml:"exclude"`
	// FlinkVersionLine is the line of flink-version (0 when it is not set),
	// for findings that point at where the target version comes from.
	FlinkVersionLine int `yaml:"-"`

	exclude []*regexp.Regexp
	top     *yaml.Node // the document's top mapping, for line numbers
}

// Load reads path. A missing file is not an error when optional is set
// (the default .flinklint.yaml); it is for --config.
func Load(path string, optional bool) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		if optional && errors.Is(err, os.ErrNotExist) {
			return &Config{}, nil
		}
		return nil, fmt.Errorf("tool config: %w", err)
	}
	return Parse(path, data)
}

// Parse reads a tool config from data.
func Parse(path string, data []byte) (*Config, error) {
	c := &Config{Path: path}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil && !errors.Is(err, io.EOF) {
		var te *yaml.TypeError
		if errors.As(err, &te) && len(te.Errors) > 0 {
			// "line 2: field fail_on not found in type toolconfig.Config"
			msg := te.Errors[0]
			line := "1"
			if rest, ok := strings.CutPrefix(msg, "line "); ok {
				if i := strings.IndexByte(rest, ':'); i > 0 {
					line, msg = rest[:i], strings.TrimSpace(rest[i+1:])
				}
			}
			if i := strings.Index(msg, " not found in type"); i > 0 {
				msg = strings.TrimPrefix(msg[:i], "field ")
				msg = fmt.Sprintf("unknown key %q (known: flink-version, fail-on, enable, disable, level, exclude)", msg)
			}
			return nil, fmt.Errorf("%s:%s: %s", path, line, msg)
		}
		return nil, fmt.Errorf("%s: %s", path, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err == nil && len(doc.Content) == 1 && doc.Content[0].Kind == yaml.MappingNode {
		c.top = doc.Content[0]
	}
	switch strings.ToLower(c.FailOn) {
	case "", "error", "warning", "note", "none":
	default:
		return nil, fmt.Errorf("%s:%d: fail-on must be error, warning, note or none, not %q", path, c.line("fail-on", ""), c.FailOn)
	}
	if c.FlinkVersion != "" {
		c.FlinkVersionLine = c.line("flink-version", "")
		// The flag's validation: a version the option data does not cover
		// would silently turn every version-specific rule into a guess.
		if err := config.CheckVersion(c.FlinkVersion); err != nil {
			return nil, fmt.Errorf("%s:%d: flink-version %v", path, c.FlinkVersionLine, err)
		}
	}
	for _, rule := range slices.Sorted(maps.Keys(c.Level)) {
		switch lvl := c.Level[rule]; strings.ToLower(lvl) {
		case "error", "warning", "note", "none":
		default:
			return nil, fmt.Errorf("%s:%d: level of %s must be error, warning, note or none, not %q", path, c.line("level", rule), rule, lvl)
		}
	}
	for i, g := range c.Exclude {
		re, err := Glob(g)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: exclude %q: %v", path, c.itemLine("exclude", i), g, err)
		}
		c.exclude = append(c.exclude, re)
	}
	return c, nil
}

// line returns the line of top-level key, or of sub-key inside its
// mapping when sub is set; 1 when not found.
func (c *Config) line(key, sub string) int {
	v := mapValue(c.top, key)
	if v == nil {
		return 1
	}
	if sub == "" {
		return v.Line
	}
	if k := mapKey(v, sub); k != nil {
		return k.Line
	}
	return v.Line
}

// itemLine returns the line of the i-th item of top-level list key.
func (c *Config) itemLine(key string, i int) int {
	v := mapValue(c.top, key)
	switch {
	case v == nil:
		return 1
	case v.Kind == yaml.SequenceNode && i < len(v.Content):
		return v.Content[i].Line
	}
	return v.Line
}

// mapKey returns the key node of key in mapping m, nil when absent.
func mapKey(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i]
		}
	}
	return nil
}

// mapValue returns the value node of key in mapping m (a key's own line
// when the value is on it), nil when absent.
func mapValue(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			if v := m.Content[i+1]; v.Kind == yaml.ScalarNode {
				return m.Content[i] // the key: a scalar sits on its line
			}
			return m.Content[i+1]
		}
	}
	return nil
}

// Check reports rules the config names that known does not resolve.
func (c *Config) Check(known func(string) bool) error {
	check := func(key string, list []string) error {
		for i, r := range list {
			if !known(r) && !strings.EqualFold(r, "all") {
				return fmt.Errorf("%s:%d: unknown rule %q (see `flinklint rules`)", c.Path, c.itemLine(key, i), r)
			}
		}
		return nil
	}
	if err := check("enable", c.Enable); err != nil {
		return err
	}
	if err := check("disable", c.Disable); err != nil {
		return err
	}
	for _, r := range slices.Sorted(maps.Keys(c.Level)) {
		if !known(r) {
			return fmt.Errorf("%s:%d: unknown rule %q in level (see `flinklint rules`)", c.Path, c.line("level", r), r)
		}
	}
	return nil
}

// Excluded reports whether a root-relative slash path matches an exclude glob.
func (c *Config) Excluded(path string) bool {
	for _, re := range c.exclude {
		if re.MatchString(path) {
			return true
		}
	}
	return false
}

// Glob compiles a path glob: `*` and `?` stay within a path segment, `**`
// spans segments, `[abc]`, `[a-z]` and `[!abc]` (or `[^abc]`) match one
// character of a segment in or outside a set, `\` escapes the character
// after it, a pattern without a slash matches a base name anywhere, and a
// pattern naming a directory matches everything below it. An unterminated
// `[` or a bad range is an error, not a literal.
func Glob(g string) (*regexp.Regexp, error) {
	g = strings.TrimPrefix(strings.TrimSpace(g), "./")
	if g == "" {
		return nil, errors.New("empty pattern")
	}
	if !strings.Contains(strings.TrimSuffix(g, "/"), "/") {
		g = "**/" + g
	}
	var b strings.Builder
	b.WriteString("^")
	for i := 0; i < len(g); i++ {
		switch ch := g[i]; {
		case strings.HasPrefix(g[i:], "**/"):
			b.WriteString("(?:.*/)?")
			i += 2
		case strings.HasPrefix(g[i:], "**"):
			b.WriteString(".*")
			i++
		case ch == '*':
			b.WriteString("[^/]*")
		case ch == '?':
			b.WriteString("[^/]")
		case ch == '[':
			class, n, err := globClass(g[i:])
			if err != nil {
				return nil, err
			}
			b.WriteString(class)
			i += n - 1
		case ch == '\\' && i+1 < len(g):
			i++
			b.WriteString(regexp.QuoteMeta(g[i : i+1]))
		default:
			b.WriteString(regexp.QuoteMeta(string(ch)))
		}
	}
	b.WriteString("(?:/.*)?$")
	re, err := regexp.Compile(b.String())
	if err != nil {
		return nil, fmt.Errorf("bad pattern: %v", err)
	}
	return re, nil
}

// globClass translates the bracket expression at the start of g into a
// regexp class that never matches a slash, and returns its length in g. A
// ] right after the [ (or after its !) is a member, as in .gitignore.
func globClass(g string) (class string, n int, err error) {
	i := 1
	negate := i < len(g) && (g[i] == '!' || g[i] == '^')
	if negate {
		i++
	}
	// next reads one member character, unescaping \x.
	next := func() (rune, bool) {
		if i < len(g) && g[i] == '\\' && i+1 < len(g) {
			i++
		}
		if i >= len(g) {
			return 0, false
		}
		r, size := utf8.DecodeRuneInString(g[i:])
		i += size
		return r, true
	}
	type span struct{ lo, hi rune }
	var members []span
	for first := true; ; first = false {
		if i >= len(g) {
			return "", 0, errors.New("unterminated [ (a character class needs a closing ])")
		}
		if g[i] == ']' && !first {
			break
		}
		lo, _ := next()
		hi := lo
		if i+1 < len(g) && g[i] == '-' && g[i+1] != ']' {
			i++
			if hi, _ = next(); hi < lo {
				return "", 0, fmt.Errorf("bad character class: range %c-%c is reversed", lo, hi)
			}
		}
		members = append(members, span{lo, hi})
	}
	var b strings.Builder
	b.WriteString("[")
	if negate {
		b.WriteString("^/")
	}
	empty := true
	write := func(lo, hi rune) {
		if lo > hi {
			return
		}
		empty = false
		fmt.Fprintf(&b, `\x{%x}`, lo)
		if hi != lo {
			fmt.Fprintf(&b, `-\x{%x}`, hi)
		}
	}
	for _, m := range members {
		// A slash is never a member: classes stay within a segment.
		if m.lo <= '/' && '/' <= m.hi {
			write(m.lo, '/'-1)
			write('/'+1, m.hi)
			continue
		}
		write(m.lo, m.hi)
	}
	b.WriteString("]")
	switch {
	case empty && negate:
		return "[^/]", i + 1, nil
	case empty:
		return `[^\x00-\x{10FFFF}]`, i + 1, nil // matches nothing
	}
	return b.String(), i + 1, nil
}
