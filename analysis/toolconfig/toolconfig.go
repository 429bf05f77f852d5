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
	"os"
	"regexp"
	"slices"
	"strings"

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

	exclude []*regexp.Regexp
	data    []byte
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
	c := &Config{Path: path, data: data}
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
	lineOf := func(key string) int { return findLine(data, key) }
	if c.FlinkVersion != "" && !slices.Contains(config.Versions(), c.FlinkVersion) {
		return nil, fmt.Errorf("%s:%d: flink-version must be one of %s, not %q", path, lineOf("flink-version"), strings.Join(config.Versions(), ", "), c.FlinkVersion)
	}
	switch strings.ToLower(c.FailOn) {
	case "", "error", "warning", "note", "none":
	default:
		return nil, fmt.Errorf("%s:%d: fail-on must be error, warning, note or none, not %q", path, lineOf("fail-on"), c.FailOn)
	}
	for rule, lvl := range c.Level {
		switch strings.ToLower(lvl) {
		case "error", "warning", "note", "none":
		default:
			return nil, fmt.Errorf("%s:%d: level of %s must be error, warning, note or none, not %q", path, lineOf(rule), rule, lvl)
		}
	}
	for _, g := range c.Exclude {
		re, err := Glob(g)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: exclude %q: %v", path, lineOf(g), g, err)
		}
		c.exclude = append(c.exclude, re)
	}
	return c, nil
}

// Check reports rules the config names that known does not resolve.
func (c *Config) Check(known func(string) bool) error {
	data := c.data
	check := func(list []string) error {
		for _, r := range list {
			if !known(r) && !strings.EqualFold(r, "all") {
				return fmt.Errorf("%s:%d: unknown rule %q (see `flinklint rules`)", c.Path, findLine(data, r), r)
			}
		}
		return nil
	}
	if err := check(c.Enable); err != nil {
		return err
	}
	if err := check(c.Disable); err != nil {
		return err
	}
	for r := range c.Level {
		if !known(r) {
			return fmt.Errorf("%s:%d: unknown rule %q in level (see `flinklint rules`)", c.Path, findLine(data, r), r)
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
// spans segments, a pattern without a slash matches a base name anywhere,
// and a pattern naming a directory matches everything below it.
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
		default:
			b.WriteString(regexp.QuoteMeta(string(ch)))
		}
	}
	b.WriteString("(?:/.*)?$")
	return regexp.Compile(b.String())
}

// findLine returns the first line mentioning s (1 when none): good enough
// to point at the key or list item an error is about.
func findLine(data []byte, s string) int {
	for i, line := range strings.Split(string(data), "\n") {
		if strings.Contains(line, s) {
			return i + 1
		}
	}
	return 1
}
