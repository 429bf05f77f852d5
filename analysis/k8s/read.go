package k8s

import (
	"bytes"
	"cmp"
	"errors"
	"github.com/flinklint/flinklint/analysis/internal/textpos"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/flinklint/flinklint/analysis/config"
	"github.com/flinklint/flinklint/parser"
	"go.yaml.in/yaml/v3"
)

// Looks is a cheap byte-level pre-check: does content mention
// "flink.apache.org"? A file that does not holds no operator resource (short
// of an apiVersion spelled with escapes in a double-quoted string), so a
// scan parses only the YAML files that pass.
func Looks(content []byte) bool {
	return bytes.Contains(content, []byte(Group))
}

// Read reads every FlinkDeployment and FlinkSessionJob document of a YAML
// file, multi-document files (---) included. A document counts when its top
// level is a mapping whose apiVersion is flink.apache.org/<version> and
// whose kind is one of the two; every other document (another kind, another
// group, no kind, not a mapping, empty) is skipped without a problem.
//
// isFlink is true when at least one resource was read or, when the file
// does not parse (invalid UTF-8, broken YAML), when its text has an
// apiVersion line of the group and a kind line of one of the two kinds: the
// caller reports problems of Flink manifests only. Broken YAML yields one
// ProblemSyntax on the line of the error and no resources from the broken
// document onward; invalid UTF-8 a ProblemEncoding at the first bad byte and
// no resources. A leading byte order mark is skipped (positions on the first
// line do not count it). Problems are sorted by position.
func Read(path string, content []byte) (res []*Resource, problems []Problem, isFlink bool) {
	src := bytes.TrimPrefix(content, []byte("\xef\xbb\xbf"))
	r := &reader{path: path, y: config.NewYAMLSource(src)}
	if i := textpos.FirstInvalidUTF8(src); i >= 0 {
		r.problem(config.ProblemEncoding, r.y.ByteSpan(i, i+1), "invalid UTF-8: kubectl refuses the manifest")
		return nil, r.problems, looksFlink(src)
	}
	dec := yaml.NewDecoder(bytes.NewReader(src))
	broken := false
	for doc := 0; ; doc++ {
		var n yaml.Node
		err := decode(dec, &n)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			r.problems = append(r.problems, r.y.SyntaxError(err))
			broken = true
			break
		}
		r.document(doc, &n)
	}
	slices.SortStableFunc(r.problems, func(a, b Problem) int {
		if a.Pos.Line != b.Pos.Line {
			return cmp.Compare(a.Pos.Line, b.Pos.Line)
		}
		return cmp.Compare(a.Pos.Col, b.Pos.Col)
	})
	return r.res, r.problems, len(r.res) > 0 || broken && looksFlink(src)
}

// decode runs one Decode and turns a panic inside yaml.v3 into an error.
func decode(dec *yaml.Decoder, n *yaml.Node) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = errors.New("yaml: internal parser failure")
		}
	}()
	return dec.Decode(n)
}

var (
	apiVersionLineRE = regexp.MustCompile(`(?m)^[ \t-]*["']?apiVersion["']?[ \t]*:[ \t]*["']?flink\.apache\.org/`)
	kindLineRE       = regexp.MustCompile(`(?m)^[ \t-]*["']?kind["']?[ \t]*:[ \t]*["']?Flink(?:Deployment|SessionJob)\b`)
)

// looksFlink guesses from the text alone whether a file that does not parse
// is an operator manifest.
func looksFlink(src []byte) bool {
	return apiVersionLineRE.Match(src) && kindLineRE.Match(src)
}

type reader struct {
	path     string
	y        *config.YAMLSource
	res      []*Resource
	problems []Problem
}

func (r *reader) problem(kind config.ProblemKind, pos parser.Pos, msg string) {
	r.problems = append(r.problems, Problem{Kind: kind, Pos: pos, Message: msg})
}

// document reads one document when it is an operator resource.
func (r *reader) document(doc int, n *yaml.Node) {
	if n.Kind != yaml.DocumentNode || len(n.Content) == 0 {
		return
	}
	top := resolve(n.Content[0])
	if top == nil || top.Kind != yaml.MappingNode {
		return
	}
	kind := r.field(lookup(top, "kind"))
	if !kind.Set || (kind.Value != string(FlinkDeployment) && kind.Value != string(FlinkSessionJob)) {
		return
	}
	api := r.field(lookup(top, "apiVersion"))
	if !api.Set || !strings.HasPrefix(api.Value, Group+"/") {
		return
	}
	res := &Resource{
		Path:       r.path,
		Doc:        doc,
		Kind:       Kind(kind.Value),
		Pos:        kind.KeyPos,
		APIVersion: api,
		Name:       r.field(at(top, "metadata", "name")),
		Namespace:  r.field(at(top, "metadata", "namespace")),
	}
	r.res = append(r.res, res)

	_, spec, _ := lookup(top, "spec")
	spec = resolve(spec)
	conf := r.flinkConfiguration(res, spec)
	r.job(res, spec)
	if res.Kind == FlinkSessionJob {
		// The session job's CRD has no other fields: the API server prunes
		// anything else, so it is not read.
		res.DeploymentName = r.field(lookup(spec, "deploymentName"))
	} else {
		r.deployment(res, spec)
	}

	r.duplicates(top, "", conf, 0)
}

// job reads spec.job.
func (r *reader) job(res *Resource, spec *yaml.Node) {
	k, v, in := lookup(spec, "job")
	job := resolve(v)
	if k == nil || job == nil || job.Kind != yaml.MappingNode {
		return
	}
	res.JobPos = r.y.Span(k, isFlow(in))
	res.EntryClass = r.field(lookup(job, "entryClass"))
	res.JarURI = r.field(lookup(job, "jarURI"))
	res.UpgradeMode = r.field(lookup(job, "upgradeMode"))
	res.Parallelism = r.field(lookup(job, "parallelism"))
	res.State = r.field(lookup(job, "state"))
	res.SavepointTriggerNonce = r.field(lookup(job, "savepointTriggerNonce"))
	res.InitialSavepointPath = r.field(lookup(job, "initialSavepointPath"))
	res.AllowNonRestoredState = r.field(lookup(job, "allowNonRestoredState"))
}

// deployment reads the fields only a FlinkDeployment has.
func (r *reader) deployment(res *Resource, spec *yaml.Node) {
	res.FlinkVersion = r.field(lookup(spec, "flinkVersion"))
	res.Image = r.field(lookup(spec, "image"))
	res.ServiceAccount = r.field(lookup(spec, "serviceAccount"))
	res.Mode = r.field(lookup(spec, "mode"))

	_, jm, _ := lookup(spec, "jobManager")
	jm = resolve(jm)
	res.JobManagerReplicas = r.field(lookup(jm, "replicas"))
	res.JobManagerMemory = r.resource(jm, "memory")
	res.JobManagerCPU = r.resource(jm, "cpu")

	_, tm, _ := lookup(spec, "taskManager")
	tm = resolve(tm)
	res.TaskManagerReplicas = r.field(lookup(tm, "replicas"))
	res.TaskManagerMemory = r.resource(tm, "memory")
	res.TaskManagerCPU = r.resource(tm, "cpu")
	_, tmTemplate, _ := lookup(tm, "podTemplate")
	_, template, _ := lookup(spec, "podTemplate")
	for _, t := range []*yaml.Node{tmTemplate, template} {
		if f := r.mainContainerMemory(t); f.Set {
			res.TaskManagerPodMemory = f
			break
		}
	}

	r.logConfiguration(res, spec)
	r.ingress(res, spec)
}

// flinkConfiguration flattens spec.flinkConfiguration and returns its
// mapping, whose problems FlattenMapping reports.
func (r *reader) flinkConfiguration(res *Resource, spec *yaml.Node) *yaml.Node {
	k, v, in := lookup(spec, "flinkConfiguration")
	if k == nil {
		return nil
	}
	res.FlinkConfigurationPos = r.y.Span(k, isFlow(in))
	conf := resolve(v)
	switch {
	case conf == nil || isNull(conf):
		return nil
	case conf.Kind != yaml.MappingNode:
		r.problem(config.ProblemSyntax, r.y.Span(v, isFlow(in)), "spec.flinkConfiguration must be a mapping of Flink config keys to values")
		return nil
	}
	entries, ps := r.y.FlattenMapping(conf)
	res.FlinkConfiguration = entries
	r.problems = append(r.problems, ps...)
	return conf
}

// resource returns where the operator takes a JobManager's or TaskManager's
// memory or cpu from (FlinkConfigBuilder.applyResourceConfig): resources
// when it has requests or limits (the request, else the limit), else the
// deprecated resource.
func (r *reader) resource(manager *yaml.Node, name string) Field {
	_, rs, _ := lookup(manager, "resources")
	rs = resolve(rs)
	_, req, _ := lookup(rs, "requests")
	_, lim, _ := lookup(rs, "limits")
	req, lim = resolve(req), resolve(lim)
	if nonEmptyMapping(req) || nonEmptyMapping(lim) {
		if f := r.field(lookup(req, name)); f.Set {
			return f
		}
		return r.field(lookup(lim, name))
	}
	return r.field(at(manager, "resource", name))
}

// mainContainerMemory returns the memory request (else limit) of the
// flink-main-container in a pod template.
func (r *reader) mainContainerMemory(template *yaml.Node) Field {
	_, cs, _ := at(template, "spec", "containers")
	cs = resolve(cs)
	if cs == nil || cs.Kind != yaml.SequenceNode {
		return Field{}
	}
	for _, c := range cs.Content {
		c = resolve(c)
		if name := r.field(lookup(c, "name")); name.Value != "flink-main-container" {
			continue
		}
		_, rs, _ := lookup(c, "resources")
		if f := r.field(at(rs, "requests", "memory")); f.Set {
			return f
		}
		return r.field(at(rs, "limits", "memory"))
	}
	return Field{}
}

func (r *reader) logConfiguration(res *Resource, spec *yaml.Node) {
	_, lc, _ := lookup(spec, "logConfiguration")
	lc = resolve(lc)
	if lc == nil || lc.Kind != yaml.MappingNode {
		return
	}
	flow := isFlow(lc)
	for i := 0; i+1 < len(lc.Content); i += 2 {
		k, v := lc.Content[i], lc.Content[i+1]
		rk, rv := resolve(k), resolve(v)
		if rk == nil || rk.Kind != yaml.ScalarNode || rk.Tag == "!!merge" || rv == nil || rv.Kind != yaml.ScalarNode {
			continue
		}
		f := LogFile{Name: config.ScalarString(rk), KeyPos: r.y.Span(k, flow)}
		if !isEmptyNull(v) {
			f.ValuePos = r.y.Span(v, flow)
		}
		if !isNull(rv) {
			f.Content = config.ScalarString(rv)
		}
		// The content lies where the scalar is written, also when v is an
		// alias to it.
		vp := r.y.Span(rv, flow && rv == v)
		f.FirstLine = int(vp.Line)
		if rv.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
			f.FirstLine++
			f.literal = rv.Style&yaml.LiteralStyle != 0
			f.Indent = r.blockIndent(f)
		}
		res.LogConfiguration = append(res.LogConfiguration, f)
	}
}

// blockIndent returns the indentation of a block scalar's content. For a
// literal scalar it is what the manifest line of the first non-empty
// content line holds in front of that line (exact whatever the indentation
// indicator); otherwise, as YAML detects it, the leading spaces of the
// first non-blank line after the header.
func (r *reader) blockIndent(f LogFile) int {
	if f.literal {
		rest := f.Content
		for k := 0; rest != ""; k++ {
			line := rest
			if j := strings.IndexByte(rest, '\n'); j >= 0 {
				line, rest = rest[:j], rest[j+1:]
			} else {
				rest = ""
			}
			if line == "" {
				continue
			}
			m := r.y.Line(f.FirstLine + k)
			if len(m) >= len(line) && string(m[len(m)-len(line):]) == line && len(bytes.Trim(m[:len(m)-len(line)], " ")) == 0 {
				return len(m) - len(line)
			}
			break
		}
	}
	for l := f.FirstLine; ; l++ {
		line := r.y.Line(l)
		if line == nil {
			return 0
		}
		trimmed := bytes.TrimLeft(line, " ")
		if len(bytes.TrimSpace(trimmed)) > 0 {
			return len(line) - len(trimmed)
		}
	}
}

// ingress fills Ingress and IngressTLS.
func (r *reader) ingress(res *Resource, spec *yaml.Node) {
	k, v, in := lookup(spec, "ingress")
	ing := resolve(v)
	if k == nil || ing == nil || ing.Kind != yaml.MappingNode {
		return
	}
	res.Ingress = r.field(lookup(ing, "template"))
	res.Ingress.Set = true
	res.Ingress.KeyPos = r.y.Span(k, isFlow(in))

	if _, tls, _ := lookup(ing, "tls"); resolve(tls) != nil && resolve(tls).Kind == yaml.SequenceNode && len(resolve(tls).Content) > 0 {
		res.IngressTLS = true
		return
	}
	_, ann, _ := lookup(ing, "annotations")
	ann = resolve(ann)
	if ann == nil || ann.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(ann.Content); i += 2 {
		k, v := resolve(ann.Content[i]), resolve(ann.Content[i+1])
		if k == nil || v == nil || k.Kind != yaml.ScalarNode || v.Kind != yaml.ScalarNode || isNull(v) {
			continue
		}
		key, val := strings.ToLower(config.ScalarString(k)), strings.TrimSpace(config.ScalarString(v))
		switch key {
		case "alb.ingress.kubernetes.io/certificate-arn",
			"networking.gke.io/pre-shared-cert",
			"ingress.gcp.kubernetes.io/pre-shared-cert",
			"networking.gke.io/managed-certificates":
			if val != "" {
				res.IngressTLS = true
			}
		case "traefik.ingress.kubernetes.io/router.tls":
			if strings.EqualFold(val, "true") {
				res.IngressTLS = true
			}
		}
	}
}

// duplicates reports keys written twice in one mapping of a document,
// skipping the flinkConfiguration mapping (FlattenMapping reports its own)
// and not following aliases (the anchored node is checked where it is
// written).
func (r *reader) duplicates(n *yaml.Node, where string, skip *yaml.Node, depth int) {
	if n == nil || n == skip || depth > maxDepth {
		return
	}
	switch n.Kind {
	case yaml.MappingNode:
		flow := isFlow(n)
		var seen map[string]*yaml.Node
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Kind != yaml.ScalarNode || k.Tag == "!!merge" {
				r.duplicates(v, where, skip, depth+1)
				continue
			}
			name := config.ScalarString(k)
			if first, ok := seen[name]; ok {
				msg := "duplicate key " + quote(name)
				if where != "" {
					msg += " in " + where
				}
				p := r.y.Span(first, flow)
				msg += " (first on line " + strconv.Itoa(int(p.Line)) + "): kubectl refuses the manifest"
				r.problems = append(r.problems, Problem{Kind: config.ProblemDuplicate, Pos: r.y.Span(k, flow), Message: msg, Related: p})
			} else {
				if seen == nil {
					seen = map[string]*yaml.Node{}
				}
				seen[name] = k
			}
			r.duplicates(v, join(where, name), skip, depth+1)
		}
	case yaml.SequenceNode:
		for i, it := range n.Content {
			r.duplicates(it, where+"["+strconv.Itoa(i)+"]", skip, depth+1)
		}
	}
}

// maxDepth bounds recursion; yaml.v3 refuses deeper documents anyway.
const maxDepth = 10_000

func join(where, key string) string {
	if where == "" {
		return key
	}
	if len(where) > 200 {
		return where // keep messages short on absurd nesting
	}
	return where + "." + key
}

// quote renders a key for a message, shortened when absurdly long.
func quote(k string) string {
	const max = 120
	if len(k) > max {
		cut := max
		for cut > 0 && !utf8.RuneStart(k[cut]) {
			cut--
		}
		k = k[:cut] + "…"
	}
	return strconv.Quote(k)
}

// ---------------------------------------------------------------------------
// Navigating yaml.v3 nodes.

// field builds a Field from a key, its value and the mapping holding them
// (for the flow context of their positions); zero when k is nil.
func (r *reader) field(k, v, in *yaml.Node) Field {
	if k == nil {
		return Field{}
	}
	flow := isFlow(in)
	f := Field{KeyPos: r.y.Span(k, flow)}
	if !isEmptyNull(v) {
		f.ValuePos = r.y.Span(v, flow)
	}
	if rv := resolve(v); rv != nil && rv.Kind == yaml.ScalarNode && !isNull(rv) {
		f.Value, f.Set = config.ScalarString(rv), true
	}
	return f
}

// lookup finds key in mapping m (an alias to a mapping is followed): the
// last pair written with that key (lenient YAML-to-JSON conversion keeps the
// last) or, when none is, the first found through merge keys (<<), as YAML
// merges. It returns the key, its value as written and the mapping holding
// them; nils when m is no mapping or lacks the key.
func lookup(m *yaml.Node, key string) (k, v, in *yaml.Node) {
	return lookupIn(resolve(m), key, nil)
}

// lookupIn is lookup with the mappings already searched (allocated at the
// first merge key): each is searched once, however the merges repeat it.
func lookupIn(m *yaml.Node, key string, visited map[*yaml.Node]bool) (k, v, in *yaml.Node) {
	if m == nil || m.Kind != yaml.MappingNode || visited[m] {
		return nil, nil, nil
	}
	if visited != nil {
		visited[m] = true
	}
	var merges []*yaml.Node
	for i := 0; i+1 < len(m.Content); i += 2 {
		kn, vn := m.Content[i], m.Content[i+1]
		if kn.Kind == yaml.ScalarNode && kn.Tag == "!!merge" {
			merges = append(merges, vn)
			continue
		}
		if rk := resolve(kn); rk != nil && rk.Kind == yaml.ScalarNode && config.ScalarString(rk) == key {
			k, v, in = kn, vn, m
		}
	}
	if k != nil || len(merges) == 0 {
		return k, v, in
	}
	if visited == nil {
		visited = map[*yaml.Node]bool{m: true}
	}
	for _, mv := range merges {
		items := []*yaml.Node{mv}
		if rmv := resolve(mv); rmv != nil && rmv.Kind == yaml.SequenceNode {
			items = rmv.Content
		}
		for _, it := range items {
			if k, v, in = lookupIn(resolve(it), key, visited); k != nil {
				return k, v, in
			}
		}
	}
	return nil, nil, nil
}

// at follows a path of keys from m.
func at(m *yaml.Node, keys ...string) (k, v, in *yaml.Node) {
	cur := m
	for _, key := range keys {
		k, v, in = lookup(cur, key)
		if k == nil {
			return nil, nil, nil
		}
		cur = v
	}
	return k, v, in
}

// resolve follows aliases to the node they name (nil for a dangling one).
func resolve(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode; i++ {
		if i > 64 {
			return nil
		}
		n = n.Alias
	}
	return n
}

func isFlow(n *yaml.Node) bool { return n != nil && n.Style&yaml.FlowStyle != 0 }

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

// isEmptyNull reports a value with nothing written (`key:`).
func isEmptyNull(n *yaml.Node) bool {
	return n == nil || n.Kind == yaml.ScalarNode && n.Tag == "!!null" && n.Value == "" && n.Style == 0
}

func nonEmptyMapping(n *yaml.Node) bool {
	return n != nil && n.Kind == yaml.MappingNode && len(n.Content) > 0
}
