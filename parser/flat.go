package parser

/*
#include <stdlib.h>
#include "flat.h"
*/
import "C"

import (
	"context"
	"errors"
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"

	// The tree-sitter runtime and the Java grammar: flat.c calls into the
	// C code these packages compile. Tests use the binding's Go API to check
	// the flattened tree against it.
	_ "github.com/smacker/go-tree-sitter/java"
)

// Reading a syntax tree node by node through the binding's Go API costs a
// cgo call per node and per property, several times the parse itself. The
// parser instead has C walk the whole tree once (flat.c) and hand back a
// flat pre-order array, from which the conversion reads plain Go memory.

// tsParser is one tree-sitter parser for Java with its cancellation flag and
// the buffers the flat tree is built in, reused from file to file.
type tsParser struct {
	p      *C.TSParser
	cancel *C.size_t // C memory: tree-sitter reads it while parsing
	words  []uint32
	tree   flatTree
}

var errClosed = errors.New("parser is closed")

func newTSParser() *tsParser {
	loadGrammar()
	cancel := (*C.size_t)(C.calloc(1, C.size_t(unsafe.Sizeof(C.size_t(0)))))
	p := C.fl_parser_new(cancel)
	if p == nil {
		C.free(unsafe.Pointer(cancel))
		panic("parser: tree-sitter rejected the Java grammar") // a version mismatch; tests catch it
	}
	return &tsParser{p: p, cancel: cancel}
}

func (t *tsParser) close() {
	if t.p != nil {
		C.fl_parser_delete(t.p)
		C.free(unsafe.Pointer(t.cancel))
		t.p, t.cancel = nil, nil
	}
	t.words, t.tree = nil, flatTree{}
}

// parse parses src and returns its flat tree, valid until the next call.
func (t *tsParser) parse(ctx context.Context, src []byte) (*flatTree, error) {
	if t.p == nil {
		return nil, errClosed
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	flag := (*uintptr)(unsafe.Pointer(t.cancel))
	atomic.StoreUintptr(flag, 0)
	done := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		atomic.StoreUintptr(flag, 1)
		close(done)
	})
	defer func() {
		if !stop() {
			<-done // the flag is set; wait so that it is not set after the next reset
		}
	}()
	var empty [1]byte
	ptr := (*C.char)(unsafe.Pointer(&empty[0]))
	if len(src) > 0 {
		ptr = (*C.char)(unsafe.Pointer(&src[0]))
	}
	tree := C.fl_parse(t.p, ptr, C.uint32_t(len(src)))
	runtime.KeepAlive(src)
	if tree == nil {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		return nil, errors.New("tree-sitter returned no tree")
	}
	n := t.flatten(tree)
	if n > len(t.words)/flatWords {
		size := n * flatWords
		if n < bigTree {
			size += size / 4 // room for the next files
		}
		t.words = make([]uint32, size)
		n = t.flatten(tree)
	}
	// The C tree (about 85 bytes a node) is gone before the Go nodes are
	// built: on a large file the two would otherwise peak together.
	C.fl_tree_delete(tree)
	if n >= bigTree {
		C.fl_trim()
	}
	t.tree.build(t.words[:n*flatWords], n)
	if n >= bigTree {
		t.words = nil // the nodes hold everything; do not keep 20 bytes a node
	}
	return &t.tree, nil
}

// bigTree is the node count (a file of about half a megabyte) above which
// the parser gives memory back instead of keeping buffers for the next
// file: a generated file near the size cap has millions of nodes.
const bigTree = 1 << 19

// shrink drops the flat tree's buffers after a large file.
func (t *tsParser) shrink() {
	if cap(t.tree.nodes) >= bigTree {
		t.tree = flatTree{}
	}
	if cap(t.words) >= bigTree*flatWords {
		t.words = nil
	}
}

const flatWords = int(C.FL_WORDS)

func (t *tsParser) flatten(tree *C.TSTree) int {
	if len(t.words) == 0 {
		t.words = make([]uint32, 4096*flatWords)
	}
	n := C.fl_flatten(tree, (*C.uint32_t)(unsafe.Pointer(&t.words[0])), C.uint32_t(len(t.words)/flatWords))
	return int(n)
}

// node is one node of a flat tree. Its methods mirror the binding's Node
// methods the conversion uses; a missing child is a nil *node.
type node struct {
	t             *flatTree
	sym, field    uint16
	flags         uint8
	start, end    uint32
	kids, nkids   int32 // t.kids[kids : kids+nkids]: every child
	named, nnamed int32 // t.named[named : named+nnamed]: the named ones
}

type flatTree struct {
	nodes []node
	kids  []int32
	named []int32
	stack []flatFrame
}

type flatFrame struct{ idx, left int32 }

// build links the n pre-order nodes of words into parent/child ranges. A
// child count the walk does not honour (it always does) ends the node early
// instead of corrupting its neighbours.
func (t *flatTree) build(words []uint32, n int) {
	if cap(t.nodes) < n {
		c := n
		if n < bigTree {
			c += n / 4
		}
		t.nodes = make([]node, n, c)
	}
	t.nodes = t.nodes[:n]
	// Every node but the root is one node's child: n-1 slots each for
	// children and named children, allocated once rather than grown.
	if cap(t.kids) < n {
		c := n
		if n < bigTree {
			c += n / 4
		}
		t.kids, t.named = make([]int32, 0, c), make([]int32, 0, c)
	}
	t.kids, t.named, t.stack = t.kids[:0], t.named[:0], t.stack[:0]
	for i := range n {
		w := words[i*flatWords : i*flatWords+flatWords]
		nd := &t.nodes[i]
		*nd = node{t: t, sym: uint16(w[0]), field: uint16(w[0] >> 16), flags: uint8(w[1]), start: w[2], end: w[3]}
		if top := len(t.stack) - 1; top >= 0 {
			f := &t.stack[top]
			p := &t.nodes[f.idx]
			t.kids[p.kids+p.nkids] = int32(i)
			p.nkids++
			if nd.flags&C.FL_NAMED != 0 {
				t.named[p.named+p.nnamed] = int32(i)
				p.nnamed++
			}
			f.left--
		}
		if cnt := int32(w[4]); cnt > 0 && i+1 < n {
			nd.kids, nd.named = int32(len(t.kids)), int32(len(t.named))
			t.kids = append(t.kids, make([]int32, cnt)...)
			t.named = append(t.named, make([]int32, cnt)...)
			t.stack = append(t.stack, flatFrame{idx: int32(i), left: cnt})
			continue
		}
		for len(t.stack) > 0 && t.stack[len(t.stack)-1].left <= 0 {
			t.stack = t.stack[:len(t.stack)-1]
		}
	}
}

func (t *flatTree) root() *node {
	if len(t.nodes) == 0 {
		return nil
	}
	return &t.nodes[0]
}

func (n *node) Type() string      { return symbolName(n.sym) }
func (n *node) IsNamed() bool     { return n.flags&C.FL_NAMED != 0 }
func (n *node) IsMissing() bool   { return n.flags&C.FL_MISSING != 0 }
func (n *node) HasError() bool    { return n.flags&C.FL_HAS_ERROR != 0 }
func (n *node) StartByte() uint32 { return n.start }
func (n *node) EndByte() uint32   { return n.end }
func (n *node) ChildCount() int   { return int(n.nkids) }
func (n *node) NamedChildCount() int {
	return int(n.nnamed)
}

func (n *node) Child(i int) *node {
	if i < 0 || i >= int(n.nkids) {
		return nil
	}
	return &n.t.nodes[n.t.kids[int(n.kids)+i]]
}

func (n *node) NamedChild(i int) *node {
	if i < 0 || i >= int(n.nnamed) {
		return nil
	}
	return &n.t.nodes[n.t.named[int(n.named)+i]]
}

// ChildByFieldName returns the first child filling the field name. Like
// tree-sitter's own lookup it finds none in an ERROR node, whose children
// keep the fields of the productions they were recovered from.
func (n *node) ChildByFieldName(name string) *node {
	id, ok := fieldID(name)
	if !ok || n.sym == symError {
		return nil
	}
	for _, k := range n.t.kids[n.kids : n.kids+n.nkids] {
		if c := &n.t.nodes[k]; c.field == id {
			return c
		}
	}
	return nil
}

// FieldNameForChild returns the field the i-th child fills, or "".
func (n *node) FieldNameForChild(i int) string {
	c := n.Child(i)
	if c == nil || c.field == 0 {
		return ""
	}
	return fieldName(c.field)
}

// symError is tree-sitter's ERROR symbol (ts_builtin_sym_error).
const symError = 0xFFFF

// grammarTables name the grammar's symbols and fields, read from C once.
type grammarTables struct {
	symbols []string
	comment []bool   // by symbol: a line or block comment
	fields  []string // by field id; 0 is no field
	fieldID map[string]uint16
}

// grammar is set by the first newTSParser, before any node exists, and
// only read afterwards: the conversion looks a symbol up for every node.
var (
	grammar     *grammarTables
	grammarOnce sync.Once
)

func loadGrammar() {
	grammarOnce.Do(func() {
		g := &grammarTables{}
		ns := uint32(C.fl_symbol_count())
		g.symbols = make([]string, ns)
		g.comment = make([]bool, ns)
		for i := range ns {
			if s := C.fl_symbol_name(C.TSSymbol(i)); s != nil {
				g.symbols[i] = C.GoString(s)
				g.comment[i] = g.symbols[i] == "line_comment" || g.symbols[i] == "block_comment"
			}
		}
		nf := uint32(C.fl_field_count())
		g.fields = make([]string, nf+1)
		g.fieldID = make(map[string]uint16, nf)
		for i := uint32(1); i <= nf; i++ {
			if s := C.fl_field_name(C.TSFieldId(i)); s != nil {
				g.fields[i] = C.GoString(s)
				g.fieldID[g.fields[i]] = uint16(i)
			}
		}
		grammar = g
	})
}

func symbolName(s uint16) string {
	if s == symError {
		return "ERROR"
	}
	if syms := grammar.symbols; int(s) < len(syms) {
		return syms[s]
	}
	return ""
}

func fieldName(f uint16) string {
	if fs := grammar.fields; int(f) < len(fs) {
		return fs[f]
	}
	return ""
}

func fieldID(name string) (uint16, bool) {
	id, ok := grammar.fieldID[name]
	return id, ok
}

// isComment reports whether s is a line or block comment.
func isComment(s uint16) bool { return int(s) < len(grammar.comment) && grammar.comment[s] }
