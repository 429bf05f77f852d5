// Package analysis defines what a rule is (Rule), what it sees (Pass) and
// what it reports (Diagnostic, Notification). It owns no analysis itself:
// the prerequisites live in sub-packages (index, jobgraph, settings), the
// rules in analysis/rules, and the driver that runs them in analysis/scan.
package analysis
