// Package sarif writes flinklint's findings as a SARIF 2.1.0 log for GitHub
// code scanning and IDE viewers, following the profile in SPEC §7: one run,
// every enabled rule with its documentation, results with repo-relative
// percent-encoded URIs under %SRCROOT%, UTF-16 columns, related locations,
// partial fingerprints, and tool notifications in invocations[0].
//
// It owns the SARIF object model (hand-written structs whose field order and
// omitempty choices are deliberate: no byteOffset, no -1 sentinels, no
// timestamps), the deterministic order of rules, results and notifications,
// the port of codeql-action's primaryLocationLineHash (LineHashes), and
// schema validation of a log (ValidateSchema, against the OASIS errata01
// schema embedded from schema/).
//
// It must not read source files or run analysis: findings arrive complete,
// and fingerprints arrive already computed in Diagnostic.Fingerprints (a
// processor computes them, using LineHashes on content it has read). It
// does not filter, suppress or re-level findings either.
package sarif
