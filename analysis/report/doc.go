// Package report writes findings and tool notifications for people and
// scripts: the terminal text format (SPEC §1) and flinklint's own JSON
// format. It also owns the one order every output format uses
// (CompareDiagnostics, CompareNotifications), so text, JSON and SARIF list
// findings identically whatever the number of workers was.
//
// It must not filter, suppress, re-level or deduplicate findings (the
// processors before it do that), read source files, or print summaries: the
// CLI writes the summary line to stderr. Writers sort a copy and never
// modify their input.
//
// # Text
//
// One finding per line, sorted by path, line, column, rule id, message:
//
//	src/main/java/com/acme/OrdersJob.java:46:18: warning UID001 stateful operator "aggregate" (window aggregation) has no uid(); ...
//
// Notifications (WriteNotificationsText) use "path:line:col: id: message",
// or "flinklint: id: message" when they concern no file. Line breaks inside
// a message are written as spaces and other control characters as \xNN
// escapes, and a path holding a control character or invalid UTF-8 is
// quoted with Go escapes ("src/a\nb.java":3:5:), so every record is exactly
// one line and no file name reaches the terminal as an escape sequence.
//
// # JSON
//
// WriteJSON writes one object, indented by two spaces, with a trailing
// newline. Its shape is versioned by schemaVersion; fields are only ever
// added within a version. Findings and notifications are sorted as in text
// mode; both arrays are always present ([] when empty). job, operator,
// related, path and (for notifications) line and column are left out when
// empty; endLine and endColumn are always set (endColumn is exclusive;
// columns count UTF-16 code units, like SARIF):
//
//	{
//	  "schemaVersion": 1,
//	  "tool": {
//	    "name": "flinklint",
//	    "version": "0.3.0"
//	  },
//	  "findings": [
//	    {
//	      "ruleId": "UID001",
//	      "ruleName": "stateful-operator-without-uid",
//	      "level": "warning",
//	      "path": "src/main/java/com/acme/OrdersJob.java",
//	      "line": 46,
//	      "column": 18,
//	      "endLine": 46,
//	      "endColumn": 27,
//	      "message": "stateful operator \"aggregate\" (window aggregation) has no uid(); ...",
//	      "job": "com.acme.OrdersJob#main",
//	      "operator": "aggregate#1",
//	      "related": [
//	        {
//	          "path": "src/main/java/com/acme/SumAmount.java",
//	          "line": 12,
//	          "column": 5,
//	          "endLine": 12,
//	          "endColumn": 30,
//	          "message": "state is obtained here"
//	        }
//	      ]
//	    }
//	  ],
//	  "notifications": [
//	    {
//	      "id": "flinklint/parse-error",
//	      "level": "warning",
//	      "message": "syntax error; the rest of the file was still analyzed",
//	      "path": "src/main/java/com/acme/Broken.java",
//	      "line": 3,
//	      "column": 1
//	    }
//	  ],
//	  "summary": {
//	    "error": 0,
//	    "warning": 1,
//	    "note": 0,
//	    "notifications": 1
//	  }
//	}
//
// summary counts the listed findings by level (findings at level none are
// counted in no level) and notifications in total; elided, present only
// when it is not zero, counts the findings --max-per-file left out (a
// flinklint/findings-elided notification per file and rule says where).
package report
