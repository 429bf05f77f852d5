// The slice of tree-sitter's C API (runtime ABI 14, as vendored by
// github.com/smacker/go-tree-sitter) that the flattener uses. The
// definitions are resolved at link time against the runtime that binding
// compiles; TestFlatMatchesBinding compares the flattened tree with the
// binding's own walk so that a dependency bump that changes these layouts
// fails the tests instead of the scan.
#ifndef FLINKLINT_FLAT_H
#define FLINKLINT_FLAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct TSLanguage TSLanguage;
typedef struct TSParser TSParser;
typedef struct TSTree TSTree;
typedef uint16_t TSSymbol;
typedef uint16_t TSFieldId;
typedef struct TSNode {
	uint32_t context[4];
	const void *id;
	const TSTree *tree;
} TSNode;
typedef struct TSTreeCursor {
	const void *tree;
	const void *id;
	uint32_t context[3];
} TSTreeCursor;

// Words per node in the flattened tree.
enum { FL_WORDS = 5 };

// Node flags (word 1).
enum {
	FL_NAMED = 1,
	FL_MISSING = 2,
	FL_HAS_ERROR = 4,
	FL_EXTRA = 8,
};

TSParser *fl_parser_new(const size_t *cancel);
void fl_parser_delete(TSParser *p);
TSTree *fl_parse(TSParser *p, const char *src, uint32_t len);
void fl_tree_delete(TSTree *t);
void fl_trim(void);
uint32_t fl_flatten(const TSTree *t, uint32_t *out, uint32_t cap);
uint32_t fl_symbol_count(void);
const char *fl_symbol_name(TSSymbol s);
uint32_t fl_field_count(void);
const char *fl_field_name(TSFieldId f);

#endif
