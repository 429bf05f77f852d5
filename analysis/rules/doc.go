// Package rules holds flinklint's rules, one value per file, and the
// registry that lists them all. `flinklint rules`, `flinklint explain`, the
// SARIF rule metadata, the README table and --enable/--disable all read the
// registry; nothing restates a rule's title or level elsewhere.
//
// Rules read the shared prerequisites in analysis.Program (the index, the
// job graphs, the effective settings); they never walk syntax trees.
package rules
