// Package alerts reads Prometheus alerting rules from a repository's YAML:
// rule files (groups: [{name, rules: [{alert, expr}]}]) and the Prometheus
// operator's PrometheusRule manifests (the same groups under spec), for the
// alerting-coverage rule (OBS006).
//
// It reads bytes it is given: it does not walk directories or report
// findings. YAML it cannot parse (a Helm template, a broken file) gives
// the alerts read before the problem, and no error: such files are not
// flinklint's to judge.
package alerts

import (
	"bytes"
	"strings"

	"github.com/flinklint/flinklint/analysis/config"
	"github.com/flinklint/flinklint/parser"
	"go.yaml.in/yaml/v3"
)

// Alert is one alerting rule.
type Alert struct {
	Name string
	Expr string
	// Pos is the rule's `alert:` key.
	Pos parser.Pos
}

// File is a file that holds alerting rules.
type File struct {
	Path   string
	Alerts []Alert
}

// Looks reports whether src may hold alerting rules: it is cheap, and
// Read decides.
func Looks(src []byte) bool {
	return bytes.Contains(src, []byte("alert:")) && bytes.Contains(src, []byte("groups:"))
}

// Read returns the alerting rules of a Prometheus rule file or of the
// PrometheusRule documents of a (multi-document) YAML file.
func Read(path string, src []byte) *File {
	f := &File{Path: path}
	ys := config.NewYAMLSource(src)
	d := yaml.NewDecoder(bytes.NewReader(src))
	for {
		var doc yaml.Node
		if err := d.Decode(&doc); err != nil {
			return f // the end, or a template or broken YAML: keep what was read
		}
		if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
			continue
		}
		root := doc.Content[0]
		groups := value(root, "groups")
		if k := value(root, "kind"); k != nil && strings.TrimSpace(k.Value) == "PrometheusRule" {
			groups = value(value(root, "spec"), "groups")
		}
		if groups == nil || groups.Kind != yaml.SequenceNode {
			continue
		}
		for _, g := range groups.Content {
			rules := value(g, "rules")
			if rules == nil || rules.Kind != yaml.SequenceNode {
				continue
			}
			for _, r := range rules.Content {
				name, key := valueKey(r, "alert")
				if name == nil || name.Kind != yaml.ScalarNode {
					continue
				}
				a := Alert{Name: name.Value, Pos: ys.Span(key, false)}
				if e := value(r, "expr"); e != nil && e.Kind == yaml.ScalarNode {
					a.Expr = e.Value
				}
				f.Alerts = append(f.Alerts, a)
			}
		}
	}
}

// value returns the value of key in mapping n, or nil.
func value(n *yaml.Node, key string) *yaml.Node {
	v, _ := valueKey(n, key)
	return v
}

// valueKey returns the value of key in mapping n and the key node.
func valueKey(n *yaml.Node, key string) (v, k *yaml.Node) {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil, nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1], n.Content[i]
		}
	}
	return nil, nil
}
