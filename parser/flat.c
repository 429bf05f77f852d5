#include "flat.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

// Defined by the tree-sitter runtime and the Java grammar that
// github.com/smacker/go-tree-sitter and its java package compile.
extern const TSLanguage *tree_sitter_java(void);
extern TSParser *ts_parser_new(void);
extern void ts_parser_delete(TSParser *self);
extern bool ts_parser_set_language(TSParser *self, const TSLanguage *language);
extern void ts_parser_set_cancellation_flag(TSParser *self, const size_t *flag);
extern TSTree *ts_parser_parse_string(TSParser *self, const TSTree *old_tree, const char *string, uint32_t length);
extern void ts_tree_delete(TSTree *self);
extern TSNode ts_tree_root_node(const TSTree *self);
extern TSSymbol ts_node_symbol(TSNode self);
extern uint32_t ts_node_start_byte(TSNode self);
extern uint32_t ts_node_end_byte(TSNode self);
extern uint32_t ts_node_child_count(TSNode self);
extern bool ts_node_is_named(TSNode self);
extern bool ts_node_is_missing(TSNode self);
extern bool ts_node_is_extra(TSNode self);
extern bool ts_node_has_error(TSNode self);
extern TSTreeCursor ts_tree_cursor_new(TSNode node);
extern void ts_tree_cursor_delete(TSTreeCursor *self);
extern TSNode ts_tree_cursor_current_node(const TSTreeCursor *self);
extern TSFieldId ts_tree_cursor_current_field_id(const TSTreeCursor *self);
extern bool ts_tree_cursor_goto_first_child(TSTreeCursor *self);
extern bool ts_tree_cursor_goto_next_sibling(TSTreeCursor *self);
extern bool ts_tree_cursor_goto_parent(TSTreeCursor *self);
extern uint32_t ts_language_symbol_count(const TSLanguage *self);
extern const char *ts_language_symbol_name(const TSLanguage *self, TSSymbol symbol);
extern uint32_t ts_language_field_count(const TSLanguage *self);
extern const char *ts_language_field_name_for_id(const TSLanguage *self, TSFieldId id);

TSParser *fl_parser_new(const size_t *cancel) {
	TSParser *p = ts_parser_new();
	if (!p) {
		return NULL;
	}
	if (!ts_parser_set_language(p, tree_sitter_java())) {
		ts_parser_delete(p);
		return NULL;
	}
	ts_parser_set_cancellation_flag(p, cancel);
	return p;
}

void fl_parser_delete(TSParser *p) { ts_parser_delete(p); }

TSTree *fl_parse(TSParser *p, const char *src, uint32_t len) {
	return ts_parser_parse_string(p, NULL, src, len);
}

void fl_tree_delete(TSTree *t) { ts_tree_delete(t); }

// fl_trim hands the memory a deleted tree freed back to the system. A
// large tree is hundreds of megabytes of small blocks that glibc would
// otherwise keep for the process's lifetime.
void fl_trim(void) {
#if defined(__GLIBC__)
	malloc_trim(0);
#endif
}

// fl_flatten writes the tree in pre-order, FL_WORDS words a node:
//   0: symbol | field id << 16 (the field the node fills in its parent)
//   1: flags
//   2: start byte
//   3: end byte
//   4: number of children
// It writes at most cap nodes and returns how many the tree has, so that a
// caller whose buffer was too small can grow it and call again. The walk
// is iterative: nesting depth costs no stack.
uint32_t fl_flatten(const TSTree *t, uint32_t *out, uint32_t cap) {
	TSTreeCursor c = ts_tree_cursor_new(ts_tree_root_node(t));
	uint32_t n = 0;
	for (;;) {
		if (n < cap) {
			TSNode node = ts_tree_cursor_current_node(&c);
			uint32_t *w = out + (size_t)n * FL_WORDS;
			w[0] = (uint32_t)ts_node_symbol(node) | (uint32_t)ts_tree_cursor_current_field_id(&c) << 16;
			w[1] = (ts_node_is_named(node) ? FL_NAMED : 0) |
			       (ts_node_is_missing(node) ? FL_MISSING : 0) |
			       (ts_node_has_error(node) ? FL_HAS_ERROR : 0) |
			       (ts_node_is_extra(node) ? FL_EXTRA : 0);
			w[2] = ts_node_start_byte(node);
			w[3] = ts_node_end_byte(node);
			w[4] = ts_node_child_count(node);
		}
		n++;
		if (ts_tree_cursor_goto_first_child(&c)) {
			continue;
		}
		while (!ts_tree_cursor_goto_next_sibling(&c)) {
			if (!ts_tree_cursor_goto_parent(&c)) {
				ts_tree_cursor_delete(&c);
				return n;
			}
		}
	}
}

uint32_t fl_symbol_count(void) { return ts_language_symbol_count(tree_sitter_java()); }

const char *fl_symbol_name(TSSymbol s) { return ts_language_symbol_name(tree_sitter_java(), s); }

uint32_t fl_field_count(void) { return ts_language_field_count(tree_sitter_java()); }

const char *fl_field_name(TSFieldId f) { return ts_language_field_name_for_id(tree_sitter_java(), f); }
