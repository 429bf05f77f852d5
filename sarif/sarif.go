package sarif

import (
	"cmp"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/report"
	"github.com/flinklint/flinklint/parser"
)

// DefaultCategory is runs[0].automationDetails.id when Input.Category is
// empty: the category "flinklint" with no run id.
const DefaultCategory = "flinklint/"

// SrcRootID is the uriBaseId every artifact location is relative to.
const SrcRootID = "%SRCROOT%"

// Tool describes the driver: Name is constant ("flinklint" when empty) and
// never carries the version.
type Tool struct {
	Name            string
	Version         string
	SemanticVersion string // SemVer 2.0; GitHub prefers it over Version
	InformationURI  string
}

// Input is everything one SARIF log reports. Write sorts copies of the
// slices; their order does not matter.
type Input struct {
	Tool Tool
	// Rules are the enabled rules (all of them, not only those that fired);
	// written sorted by ID. IDs must be unique.
	Rules []*analysis.Rule
	// Diagnostics are written sorted by path, line, column, rule id and
	// message (report.CompareDiagnostics). Paths are root-relative slash
	// paths; Fingerprints become partialFingerprints.
	Diagnostics []analysis.Diagnostic
	// Notifications are tool execution notifications (unreadable files,
	// parse errors, config problems), written sorted.
	Notifications []analysis.Notification
	// Category is runs[0].automationDetails.id; DefaultCategory when empty.
	Category string
	// SrcRoot is the absolute directory of the scan root. When set it
	// becomes originalUriBaseIds["%SRCROOT%"] (a file: URI ending in "/"),
	// which makes output machine-dependent: leave it empty for
	// reproducible logs.
	SrcRoot string
}

// Write writes in as a SARIF 2.1.0 log with one run: JSON indented by two
// spaces with a trailing newline, byte-identical for identical input
// whatever the order of its slices. It fails, writing nothing, on input that
// would make the log invalid: duplicate rule IDs, an unknown level, a
// security severity that is not a number in (0, 10], or a relative SrcRoot.
func Write(w io.Writer, in Input) error {
	log, err := build(in)
	if err != nil {
		return err
	}
	// The results, most of a large log, are encoded one at a time.
	results := log.Runs[0].Results
	log.Runs[0].Results = []result{}
	return report.EncodeJSON(w, log, "results", len(results), func(i int) any { return &results[i] })
}

func build(in Input) (*sarifLog, error) {
	rules := make([]*analysis.Rule, 0, len(in.Rules))
	for _, r := range in.Rules {
		if r != nil {
			rules = append(rules, r)
		}
	}
	slices.SortFunc(rules, func(a, b *analysis.Rule) int { return cmp.Compare(a.ID, b.ID) })
	index := make(map[string]int, len(rules))
	descriptors := make([]reportingDescriptor, 0, len(rules))
	for i, r := range rules {
		if _, dup := index[r.ID]; dup {
			return nil, fmt.Errorf("sarif: duplicate rule id %q", r.ID)
		}
		index[r.ID] = i
		d, err := descriptor(r)
		if err != nil {
			return nil, err
		}
		descriptors = append(descriptors, d)
	}

	results := make([]result, 0, len(in.Diagnostics))
	for _, d := range report.SortedDiagnostics(in.Diagnostics) {
		res, err := makeResult(d, rules, index)
		if err != nil {
			return nil, err
		}
		results = append(results, res)
	}

	var notes []notification
	for _, n := range report.SortedNotifications(in.Notifications) {
		if !validLevel(n.Level) {
			return nil, fmt.Errorf("sarif: notification %s: invalid level %q", n.ID, n.Level)
		}
		sn := notification{Level: string(n.Level), Message: message{Text: n.Message}}
		if n.ID != "" {
			sn.Descriptor = &reportingDescriptorReference{ID: n.ID}
		}
		if n.Path != "" {
			pl := &physicalLocation{ArtifactLocation: artifact(n.Path)}
			if n.Pos.Line > 0 {
				pl.Region = makeRegion(n.Pos)
			}
			sn.Locations = []location{{PhysicalLocation: pl}}
		}
		notes = append(notes, sn)
	}

	r := run{
		Tool: tool{Driver: toolComponent{
			Name:            cmp.Or(in.Tool.Name, "flinklint"),
			Version:         in.Tool.Version,
			SemanticVersion: in.Tool.SemanticVersion,
			InformationURI:  in.Tool.InformationURI,
			Rules:           descriptors,
		}},
		AutomationDetails: &runAutomationDetails{ID: cmp.Or(in.Category, DefaultCategory)},
		Invocations:       []invocation{{ExecutionSuccessful: true, ToolExecutionNotifications: notes}},
		ColumnKind:        "utf16CodeUnits",
		Results:           results,
	}
	if in.SrcRoot != "" {
		uri, err := dirURI(in.SrcRoot)
		if err != nil {
			return nil, err
		}
		r.OriginalURIBaseIDs = map[string]artifactLocation{SrcRootID: {URI: uri}}
	}
	return &sarifLog{Schema: SchemaURI, Version: Version, Runs: []run{r}}, nil
}

func makeResult(d analysis.Diagnostic, rules []*analysis.Rule, index map[string]int) (result, error) {
	if !validLevel(d.Level) {
		return result{}, fmt.Errorf("sarif: %s finding at %s:%d: invalid level %q", d.RuleID, d.Path, d.Pos.Line, d.Level)
	}
	res := result{RuleID: d.RuleID, Message: message{Text: d.Message}}
	level := d.Level
	if i, ok := index[d.RuleID]; ok {
		res.RuleIndex = &i
		level = cmp.Or(level, rules[i].Level)
	}
	res.Level = string(cmp.Or(level, analysis.LevelWarning))
	if d.Path != "" {
		res.Locations = []location{{PhysicalLocation: &physicalLocation{
			ArtifactLocation: artifact(d.Path),
			Region:           makeRegion(d.Pos),
		}}}
	}
	for i, rel := range d.Related {
		// Skip a location GitHub could not show (GH1001), but keep the ids
		// of the others: messages link to them as [text](id).
		if rel.Path == "" {
			continue
		}
		res.RelatedLocations = append(res.RelatedLocations, location{
			ID:               i + 1,
			PhysicalLocation: &physicalLocation{ArtifactLocation: artifact(rel.Path), Region: makeRegion(rel.Pos)},
			Message:          &message{Text: rel.Message},
		})
	}
	if len(d.Fingerprints) > 0 {
		res.PartialFingerprints = make(map[string]string, len(d.Fingerprints))
		for k, v := range d.Fingerprints {
			res.PartialFingerprints[k] = v
		}
	}
	if steps := flowLocations(d.Flow); len(steps) > 0 {
		res.CodeFlows = []codeFlow{{ThreadFlows: []threadFlow{{Locations: steps}}}}
	}
	for _, f := range d.Fixes {
		res.Fixes = append(res.Fixes, makeFix(f))
	}
	if d.Job != "" || d.Operator != "" {
		res.Properties = &resultProperties{Job: d.Job, Operator: d.Operator}
	}
	return res, nil
}

func descriptor(r *analysis.Rule) (reportingDescriptor, error) {
	if r.ID == "" {
		return reportingDescriptor{}, fmt.Errorf("sarif: rule %q has no id", r.Name)
	}
	if !validLevel(r.Level) {
		return reportingDescriptor{}, fmt.Errorf("sarif: rule %s: invalid level %q", r.ID, r.Level)
	}
	title := cmp.Or(r.Title, r.Name, r.ID)
	d := reportingDescriptor{
		ID:               r.ID,
		ShortDescription: &multiformatMessageString{Text: truncate(title, maxDescription)},
		FullDescription:  &multiformatMessageString{Text: truncate(cmp.Or(r.Summary, title), maxDescription)},
		Help:             &multiformatMessageString{Text: helpText(r), Markdown: helpMarkdown(r)},
		HelpURI:          r.DocURL,
	}
	if r.Name != r.ID { // SARIF1001: a name equal to the id says nothing
		d.Name = r.Name
	}
	if r.Level != "" {
		d.DefaultConfiguration = &reportingConfiguration{Level: string(r.Level)}
	}
	props := ruleProperties{
		Tags:            tags(r.Tags),
		Precision:       r.Precision,
		ProblemSeverity: problemSeverity(r.Level),
	}
	if s := r.SecuritySeverity; s != "" {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || !(f > 0 && f <= 10) {
			return reportingDescriptor{}, fmt.Errorf("sarif: rule %s: security severity %q is not a number in (0, 10]", r.ID, s)
		}
		props.SecuritySeverity = s
	}
	if props.Tags != nil || props.Precision != "" || props.ProblemSeverity != "" || props.SecuritySeverity != "" {
		d.Properties = &props
	}
	return d, nil
}

// GitHub's limits: descriptions of at most 1024 characters, 10 tags shown.
const (
	maxDescription = 1024
	maxTags        = 10
)

// tags returns the first maxTags distinct non-empty tags, in the given order.
func tags(in []string) []string {
	var out []string
	for _, t := range in {
		if t != "" && !slices.Contains(out, t) && len(out) < maxTags {
			out = append(out, t)
		}
	}
	return out
}

// problemSeverity maps a level to GitHub's problem.severity.
func problemSeverity(l analysis.Level) string {
	switch l {
	case analysis.LevelError:
		return "error"
	case analysis.LevelWarning:
		return "warning"
	case analysis.LevelNote:
		return "recommendation"
	}
	return ""
}

func validLevel(l analysis.Level) bool { return l == "" || l.Rank() >= 0 }

// truncate shortens s to at most n characters, ending it with an ellipsis
// when it had to cut.
func truncate(s string, n int) string {
	if len([]rune(s)) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

// makeRegion turns a position into a full region: an unknown line or column
// is 1 (GitHub needs a startLine), an unknown end line the start line, an
// unknown end column the column after the start; an end before the start is
// moved to it.
func makeRegion(p parser.Pos) *region {
	r := &region{StartLine: max(int(p.Line), 1), StartColumn: max(int(p.Col), 1), EndLine: int(p.EndLine), EndColumn: int(p.EndCol)}
	r.EndLine = max(r.EndLine, r.StartLine)
	if r.EndColumn == 0 {
		r.EndColumn = r.StartColumn + 1
	}
	if r.EndLine == r.StartLine {
		r.EndColumn = max(r.EndColumn, r.StartColumn)
	}
	return r
}

// artifact returns the location of a root-relative slash path.
func artifact(path string) artifactLocation {
	return artifactLocation{URI: escapePath(path, false), URIBaseID: SrcRootID}
}

// escapePath percent-encodes every byte of p except unreserved characters
// (RFC 3986 §2.3) and the "/" between segments, so the result is a valid
// URI path whatever the file names hold (spaces, non-ASCII, "%", "#", and
// ":" that would otherwise read as a scheme). keepColon keeps ":" for the
// drive letter of an absolute Windows path.
func escapePath(p string, keepColon bool) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9',
			c == '-', c == '.', c == '_', c == '~', c == '/', keepColon && c == ':':
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}

// dirURI returns the file: URI of the absolute directory dir, ending in "/".
func dirURI(dir string) (string, error) {
	if !filepath.IsAbs(dir) {
		return "", fmt.Errorf("sarif: source root %q is not absolute", dir)
	}
	p := filepath.ToSlash(filepath.Clean(dir))
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	switch {
	case strings.HasPrefix(p, "//"): // UNC: //host/share/ -> file://host/share/
		return "file:" + escapePath(p, false), nil
	case !strings.HasPrefix(p, "/"): // C:/dir/ -> file:///C:/dir/
		p = "/" + p
	}
	return "file://" + escapePath(p, true), nil
}

// makeFix groups a fix's edits by file, in the order they come.
func makeFix(f analysis.Fix) fix {
	out := fix{}
	if f.Description != "" {
		out.Description = &message{Text: f.Description}
	}
	byPath := map[string]int{}
	for _, e := range f.Edits {
		i, ok := byPath[e.Path]
		if !ok {
			i = len(out.ArtifactChanges)
			byPath[e.Path] = i
			out.ArtifactChanges = append(out.ArtifactChanges, artifactChange{ArtifactLocation: artifact(e.Path)})
		}
		r := replacement{DeletedRegion: makeRegion(e.Pos)}
		if e.Pos.EndLine == e.Pos.Line && e.Pos.EndCol == e.Pos.Col {
			r.DeletedRegion.EndColumn = r.DeletedRegion.StartColumn // an insertion point
		}
		if e.Text != "" {
			r.InsertedContent = &artifactContent{Text: e.Text}
		}
		out.ArtifactChanges[i].Replacements = append(out.ArtifactChanges[i].Replacements, r)
	}
	return out
}

// flowLocations turns a finding's flow into thread flow locations, one
// nesting level per call (at most 1,000 steps, GitHub's limit).
func flowLocations(flow []analysis.Related) []threadFlowLocation {
	var out []threadFlowLocation
	for i, st := range flow {
		if st.Path == "" || len(out) == 1000 {
			continue
		}
		level := i
		if i == len(flow)-1 && i > 0 {
			level = i - 1
		}
		out = append(out, threadFlowLocation{
			Location: location{
				PhysicalLocation: &physicalLocation{ArtifactLocation: artifact(st.Path), Region: makeRegion(st.Pos)},
				Message:          &message{Text: st.Message},
			},
			NestingLevel: level,
		})
	}
	return out
}
