package report

import (
	"bufio"
	"io"
	"strconv"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/parser"
)

// WriteText writes one line per finding, sorted (CompareDiagnostics):
//
//	path:line:col: level RULEID message
//
// The line and column are left out when unknown (zero). It writes nothing
// else: the summary is the CLI's business.
func WriteText(w io.Writer, diags []analysis.Diagnostic) error {
	bw := bufio.NewWriter(w)
	for _, d := range SortedDiagnostics(diags) {
		writePrefix(bw, d.Location)
		bw.WriteString(string(d.Level))
		bw.WriteByte(' ')
		bw.WriteString(d.RuleID)
		bw.WriteByte(' ')
		bw.WriteString(oneLine(d.Message))
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// WriteNotificationsText writes one line per tool notification, sorted
// (CompareNotifications):
//
//	path:line:col: notification-id: message
//	flinklint: notification-id: message     (when it concerns no file)
func WriteNotificationsText(w io.Writer, notes []analysis.Notification) error {
	bw := bufio.NewWriter(w)
	for _, n := range SortedNotifications(notes) {
		writePrefix(bw, n.Location)
		bw.WriteString(n.ID)
		bw.WriteString(": ")
		bw.WriteString(oneLine(n.Message))
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// writePrefix writes "path:line:col: ", dropping the column, or the line and
// column, when unknown, and "flinklint: " when there is no path.
func writePrefix(bw *bufio.Writer, loc parser.Location) {
	if loc.Path == "" {
		bw.WriteString("flinklint: ")
		return
	}
	bw.WriteString(loc.Path)
	if loc.Pos.Line > 0 {
		bw.WriteByte(':')
		bw.WriteString(strconv.Itoa(int(loc.Pos.Line)))
		if loc.Pos.Col > 0 {
			bw.WriteByte(':')
			bw.WriteString(strconv.Itoa(int(loc.Pos.Col)))
		}
	}
	bw.WriteString(": ")
}

var lineBreaks = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")

// oneLine keeps a record on one line whatever its message holds.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return lineBreaks.Replace(s)
}
