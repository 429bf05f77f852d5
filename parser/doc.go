// Package parser turns Java source into the facts the analysis needs: a
// compact syntax tree (types, fields, methods, statements and expressions)
// with positions already converted to 1-based lines and UTF-16 columns, the
// comments of the file, and the syntax errors tree-sitter recovered from.
//
// It is the only package that imports the tree-sitter binding. Everything
// above it works on the values defined in ast.go, so switching bindings is a
// change to this package alone. A parsed tree is closed before Parse returns;
// no tree-sitter object outlives the call.
//
// The binding compiles tree-sitter's C runtime and the Java grammar; flat.c
// calls that runtime directly to parse a file and hand the whole tree back
// in one flat array (flat.go), because reading it node by node through the
// binding's Go API costs more than the parse. TestFlatMatchesBinding keeps
// the two views of the tree identical.
package parser
