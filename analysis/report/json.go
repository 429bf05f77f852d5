package report

import (
	"io"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/parser"
)

// JSONSchemaVersion is the version of the JSON shape WriteJSON writes.
const JSONSchemaVersion = 1

// JSONInput is what WriteJSON reports.
type JSONInput struct {
	ToolVersion   string
	Diagnostics   []analysis.Diagnostic
	Notifications []analysis.Notification
	// Rules give each finding its ruleName; a finding of an unknown rule
	// gets an empty one.
	Rules []*analysis.Rule
	// Elided is the number of findings left out of Diagnostics
	// (--max-per-file), for the summary.
	Elided int
}

// JSONReport is the document WriteJSON writes (see the package doc). It is
// exported so that tests and tools can decode a report back.
type JSONReport struct {
	SchemaVersion int                `json:"schemaVersion"`
	Tool          JSONTool           `json:"tool"`
	Findings      []JSONFinding      `json:"findings"`
	Notifications []JSONNotification `json:"notifications"`
	Summary       JSONSummary        `json:"summary"`
}

// JSONTool names the tool that wrote the report.
type JSONTool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// JSONFinding is one finding. Columns count UTF-16 code units; EndColumn is
// exclusive.
type JSONFinding struct {
	RuleID    string        `json:"ruleId"`
	RuleName  string        `json:"ruleName"`
	Level     string        `json:"level"`
	Path      string        `json:"path,omitempty"`
	Line      int           `json:"line"`
	Column    int           `json:"column"`
	EndLine   int           `json:"endLine"`
	EndColumn int           `json:"endColumn"`
	Message   string        `json:"message"`
	Job       string        `json:"job,omitempty"`
	Operator  string        `json:"operator,omitempty"`
	Related   []JSONRelated `json:"related,omitempty"`
}

// JSONRelated is a secondary location of a finding.
type JSONRelated struct {
	Path      string `json:"path,omitempty"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"endLine"`
	EndColumn int    `json:"endColumn"`
	Message   string `json:"message"`
}

// JSONNotification is one tool notification; Path, Line and Column are
// left out when it concerns no file.
type JSONNotification struct {
	ID      string `json:"id"`
	Level   string `json:"level"`
	Message string `json:"message"`
	Path    string `json:"path,omitempty"`
	Line    int    `json:"line,omitempty"`
	Column  int    `json:"column,omitempty"`
}

// JSONSummary counts the listed findings by level, and notifications.
// Elided counts the findings not listed (--max-per-file); a notification
// per file and rule says where they are.
type JSONSummary struct {
	Error         int `json:"error"`
	Warning       int `json:"warning"`
	Note          int `json:"note"`
	Notifications int `json:"notifications"`
	Elided        int `json:"elided,omitempty"`
}

// WriteJSON writes in as a JSONReport: sorted like the text format,
// indented by two spaces, with a trailing newline. Identical input gives
// identical bytes.
func WriteJSON(w io.Writer, in JSONInput) error {
	names := make(map[string]string, len(in.Rules))
	for _, r := range in.Rules {
		if r != nil {
			names[r.ID] = r.Name
		}
	}
	rep := JSONReport{
		SchemaVersion: JSONSchemaVersion,
		Tool:          JSONTool{Name: "flinklint", Version: in.ToolVersion},
		Findings:      make([]JSONFinding, 0, len(in.Diagnostics)),
		Notifications: make([]JSONNotification, 0, len(in.Notifications)),
	}
	for _, d := range SortedDiagnostics(in.Diagnostics) {
		f := JSONFinding{
			RuleID:   d.RuleID,
			RuleName: names[d.RuleID],
			Level:    string(d.Level),
			Path:     d.Path,
			Message:  d.Message,
			Job:      d.Job,
			Operator: d.Operator,
		}
		f.Line, f.Column, f.EndLine, f.EndColumn = span(d.Pos)
		for _, r := range d.Related {
			jr := JSONRelated{Path: r.Path, Message: r.Message}
			jr.Line, jr.Column, jr.EndLine, jr.EndColumn = span(r.Pos)
			f.Related = append(f.Related, jr)
		}
		rep.Findings = append(rep.Findings, f)
		switch d.Level {
		case analysis.LevelError:
			rep.Summary.Error++
		case analysis.LevelWarning:
			rep.Summary.Warning++
		case analysis.LevelNote:
			rep.Summary.Note++
		}
	}
	for _, n := range SortedNotifications(in.Notifications) {
		jn := JSONNotification{ID: n.ID, Level: string(n.Level), Message: n.Message, Path: n.Path}
		if n.Path != "" {
			jn.Line, jn.Column = int(n.Pos.Line), int(n.Pos.Col)
		}
		rep.Notifications = append(rep.Notifications, jn)
	}
	rep.Summary.Notifications = len(rep.Notifications)
	rep.Summary.Elided = in.Elided

	findings := rep.Findings
	rep.Findings = []JSONFinding{}
	return EncodeJSON(w, rep, "findings", len(findings), func(i int) any { return &findings[i] })
}

// span returns p with its end filled in: an unknown end line is the start
// line, an unknown end column the column after the start.
func span(p parser.Pos) (line, col, endLine, endCol int) {
	line, col, endLine, endCol = int(p.Line), int(p.Col), int(p.EndLine), int(p.EndCol)
	if endLine == 0 {
		endLine = line
	}
	if endCol == 0 && col > 0 {
		endCol = col + 1
	}
	return line, col, endLine, endCol
}
