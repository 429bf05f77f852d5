package report

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

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
	bw.WriteString(textPath(loc.Path))
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

// textPath writes a path as it is, or quoted with Go escapes when it holds
// a control character or invalid UTF-8: a file name with a line break
// would split the record, one with an escape sequence would drive the
// terminal.
func textPath(p string) string {
	if !needsEscape(p, "") {
		return p
	}
	return strconv.Quote(p)
}

// oneLine keeps a record on one line whatever its message holds: line
// breaks become spaces, other control characters but tabs are escaped.
func oneLine(s string) string {
	if !needsEscape(s, "\t") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\r' && i+1 < len(s) && s[i+1] == '\n':
			b.WriteByte(' ')
			i++
		case c == '\r' || c == '\n':
			b.WriteByte(' ')
		case c < 0x20 && c != '\t' || c == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// needsEscape reports a control character other than those in keep, or
// (for paths, keep "") invalid UTF-8.
func needsEscape(s, keep string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 0x20 || c == 0x7f) && strings.IndexByte(keep, c) < 0 {
			return true
		}
	}
	return keep == "" && !utf8.ValidString(s)
}
