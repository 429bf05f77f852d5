package analysis

import (
	"github.com/flinklint/flinklint/parser"
)

// Level is a SARIF result level.
type Level string

// Levels, most severe first.
const (
	LevelError   Level = "error"
	LevelWarning Level = "warning"
	LevelNote    Level = "note"
	LevelNone    Level = "none"
)

// Rank orders levels: error 3, warning 2, note 1, none 0, unknown -1.
func (l Level) Rank() int {
	switch l {
	case LevelError:
		return 3
	case LevelWarning:
		return 2
	case LevelNote:
		return 1
	case LevelNone:
		return 0
	}
	return -1
}

// Related is a secondary location that explains a finding: where state is
// obtained, where a setting is made, the other duplicate uid.
type Related struct {
	parser.Location
	Message string
}

// Diagnostic is one finding.
type Diagnostic struct {
	RuleID string
	Level  Level
	parser.Location
	Message string
	Related []Related
	// Job and Operator identify the finding independently of line numbers
	// (used for baselines and fingerprints): "com.acme.OrdersJob#main" and
	// "aggregate#2" (the operator's method and its ordinal among the job's
	// operators with that method). Empty when not applicable.
	Job      string
	Operator string
	// Fingerprints are SARIF partialFingerprints, filled by a processor.
	Fingerprints map[string]string
	// Fixes are mechanical edits that resolve the finding.
	Fixes []Fix
	// Flow is the path from the job's environment to the finding when it
	// crosses methods or files (a SARIF codeFlow), outermost first.
	Flow []Related
}

// Fix is a suggested fix: edits that together resolve a finding.
type Fix struct {
	Description string
	Edits       []Edit
}

// Edit replaces the range Loc (empty for an insertion: Pos.Line == EndLine
// and Col == EndCol) with Text.
type Edit struct {
	parser.Location
	Text string
}

// Notification is a problem of the tool rather than of the code: a file
// that cannot be read or parsed, a broken config file.
type Notification struct {
	ID      string // "flinklint/parse-error", "flinklint/read-error", ...
	Level   Level
	Message string
	// Location is optional; Path is empty when the notification concerns no file.
	parser.Location
}
