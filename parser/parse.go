package parser

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// maxDepth bounds the recursion of the conversion; deeper subtrees are
// represented as Unknown or skipped so that pathological nesting cannot
// exhaust the stack.
const maxDepth = 400

// Parser parses Java files. It is not safe for concurrent use: give each
// worker its own and Close it when done.
type Parser struct {
	ts   *tsParser
	strs map[string]string // short texts already made strings, shared by every file this parser reads
}

// NewParser returns a Java parser.
func NewParser() *Parser { return &Parser{ts: newTSParser(), strs: map[string]string{}} }

// Close releases the parser's C memory.
func (p *Parser) Close() { p.ts.close() }

// Parse parses src as a Java file named path. The returned File holds no
// reference to the tree-sitter tree, which is closed before Parse returns.
func (p *Parser) Parse(ctx context.Context, path string, src []byte) (_ *File, err error) {
	src = loneCRToLF(src)
	tree, err := p.ts.parse(ctx, src)
	if err != nil {
		return nil, err
	}
	if len(p.strs) > maxInterned {
		clear(p.strs)
	}
	c := &conv{src: src, lines: NewLineIndex(src), file: &File{Path: path}, strs: p.strs}
	defer func() {
		// A conversion bug on a tree shape nobody foresaw: the file is
		// lost, not the scan, and the error says where it struck.
		if r := recover(); r != nil {
			line, _ := c.lines.Point(int(c.at))
			err = &InternalError{Path: path, Line: line + 1, Value: r}
		}
	}()
	root := tree.root()
	c.program(root)
	// Imports live for the whole scan: no room to spare.
	c.file.Imports = slices.Clone(c.file.Imports)
	for i := range tree.nodes {
		if n := &tree.nodes[i]; isComment(n.sym) {
			c.comment(n)
		}
	}
	if root.HasError() {
		c.collectErrors(root, 0)
	}
	p.ts.shrink()
	return c.file, nil
}

// loneCRToLF returns src with every CR that is not followed by LF
// replaced by LF (a copy; src itself when it has none). A lone CR ends a
// line in Java (JLS 3.4), as in old Mac files, but tree-sitter's grammar
// ends a // comment only at LF, so the comment would swallow the rest of
// the file. The replacement keeps every byte offset, and LineIndex counts
// lines the same way either way.
func loneCRToLF(src []byte) []byte {
	i := bytes.IndexByte(src, '\r')
	for i >= 0 && i+1 < len(src) && src[i+1] == '\n' {
		j := bytes.IndexByte(src[i+2:], '\r')
		if j < 0 {
			return src
		}
		i += 2 + j
	}
	if i < 0 {
		return src
	}
	out := bytes.Clone(src)
	for ; i < len(out); i++ {
		if out[i] == '\r' && (i+1 == len(out) || out[i+1] != '\n') {
			out[i] = '\n'
		}
	}
	return out
}

type conv struct {
	src   []byte
	lines *LineIndex
	file  *File
	depth int
	strs  map[string]string
	at    uint32 // start of the node converted last: where a panic is reported
}

// InternalError is a failure of the conversion itself (a recovered panic):
// a bug in flinklint, reported with the line it struck on.
type InternalError struct {
	Path  string
	Line  int
	Value any
}

func (e *InternalError) Error() string {
	return fmt.Sprintf("%s:%d: internal error: %v", e.Path, e.Line, e.Value)
}

// testConvHook, when set (by tests), sees each expression node's text as it
// is converted: it stands for a conversion bug one node triggers.
var testConvHook func(text string)

// Identifiers, type names, modifiers and short literals repeat across a
// worker's files ("env", "DataStream", "public", "uid"): the IR of every
// parsed file lives for the whole scan, so each distinct short text is made
// a string once per parser and shared. The table is cleared when it grows
// past maxInterned, which keeps it bounded on a tree of unique names.
const (
	maxInternedLen = 40
	maxInterned    = 1 << 16
)

func (c *conv) text(n *node) string { return c.textUpTo(n, maxInternedLen) }

// name is text for what repeats across files whatever its length: import
// paths and package names.
func (c *conv) name(n *node) string { return c.textUpTo(n, 4*maxInternedLen) }

func (c *conv) textUpTo(n *node, max int) string {
	b := c.src[n.start:n.end]
	if len(b) > max || c.strs == nil {
		return string(b)
	}
	if s, ok := c.strs[string(b)]; ok {
		return s
	}
	s := string(b)
	c.strs[s] = s
	return s
}

func (c *conv) pos(n *node) Pos {
	c.at = n.start
	return c.lines.Span(int(n.start), int(n.end))
}

func (c *conv) program(root *node) {
	n := root.NamedChildCount()
	for i := 0; i < n; i++ {
		ch := root.NamedChild(i)
		switch ch.Type() {
		case "package_declaration":
			for j := 0; j < ch.NamedChildCount(); j++ {
				k := ch.NamedChild(j)
				if k.Type() == "scoped_identifier" || k.Type() == "identifier" {
					c.file.Package = c.name(k)
				}
			}
		case "import_declaration":
			c.importDecl(ch)
		case "line_comment", "block_comment":
			// Collected by the comment query.
		default:
			if td := c.typeDecl(ch); td != nil {
				c.file.Types = append(c.file.Types, td)
			}
		}
	}
}

func (c *conv) comment(n *node) {
	c.file.Comments = append(c.file.Comments, Comment{Text: c.text(n), Pos: c.pos(n)})
}

func (c *conv) importDecl(n *node) {
	imp := Import{Pos: c.pos(n)}
	cnt := n.ChildCount()
	for i := 0; i < cnt; i++ {
		ch := n.Child(i)
		switch ch.Type() {
		case "static":
			imp.Static = true
		case "asterisk":
			imp.Wildcard = true
		case "scoped_identifier", "identifier":
			imp.Path = c.name(ch)
		}
	}
	if imp.Path != "" {
		c.file.Imports = append(c.file.Imports, imp)
	}
}

func (c *conv) collectErrors(n *node, depth int) {
	if len(c.file.Errors) >= 20 || depth > maxDepth {
		return
	}
	if n.IsMissing() {
		c.file.Errors = append(c.file.Errors, SyntaxError{Pos: c.pos(n), Message: fmt.Sprintf("missing %q", n.Type())})
		return
	}
	if n.Type() == "ERROR" {
		snippet := c.text(n)
		if i := strings.IndexByte(snippet, '\n'); i >= 0 {
			snippet = snippet[:i]
		}
		if len(snippet) > 40 {
			snippet = snippet[:40] + "..."
		}
		c.file.Errors = append(c.file.Errors, SyntaxError{Pos: c.pos(n), Message: fmt.Sprintf("unexpected %q", strings.TrimSpace(snippet))})
		return
	}
	cnt := n.ChildCount()
	for i := 0; i < cnt; i++ {
		ch := n.Child(i)
		// An ERROR leaf (an unexpected byte) does not always say it has an error.
		if ch.HasError() || ch.IsMissing() || ch.sym == symError {
			c.collectErrors(ch, depth+1)
		}
	}
}

// ---- declarations ----

func (c *conv) typeDecl(n *node) *TypeDecl {
	var kind TypeKind
	switch n.Type() {
	case "class_declaration":
		kind = KindClass
	case "interface_declaration", "annotation_type_declaration":
		kind = KindInterface
	case "enum_declaration":
		kind = KindEnum
	case "record_declaration":
		kind = KindRecord
	default:
		return nil
	}
	td := &TypeDecl{Kind: kind, Span: c.pos(n)}
	if name := n.ChildByFieldName("name"); name != nil {
		td.Name = c.text(name)
		td.Pos = c.pos(name)
	} else {
		td.Pos = c.pos(n)
	}
	cnt := n.NamedChildCount()
	for i := 0; i < cnt; i++ {
		ch := n.NamedChild(i)
		switch ch.Type() {
		case "modifiers":
			td.Modifiers, td.Annotations = c.modifiers(ch)
		case "superclass":
			for j := 0; j < ch.NamedChildCount(); j++ {
				td.Extends = append(td.Extends, c.typeRef(ch.NamedChild(j)))
			}
		case "super_interfaces":
			td.Implements = append(td.Implements, c.typeList(ch)...)
		case "extends_interfaces":
			td.Extends = append(td.Extends, c.typeList(ch)...)
		case "formal_parameters":
			// Record components become fields.
			for _, p := range c.params(ch) {
				td.Fields = append(td.Fields, &Field{Name: p.Name, Type: p.Type, Pos: p.Pos, Modifiers: MakeModifiers("private", "final")})
			}
		}
	}
	if body := n.ChildByFieldName("body"); body != nil {
		c.classBody(td, body)
	}
	return td
}

func (c *conv) typeList(n *node) []TypeRef {
	var out []TypeRef
	for j := 0; j < n.NamedChildCount(); j++ {
		ch := n.NamedChild(j)
		if ch.Type() == "type_list" {
			out = append(out, c.typeList(ch)...)
			continue
		}
		out = append(out, c.typeRef(ch))
	}
	return out
}

func (c *conv) classBody(td *TypeDecl, body *node) {
	c.depth++
	defer func() { c.depth-- }()
	if c.depth > maxDepth {
		return
	}
	cnt := body.NamedChildCount()
	for i := 0; i < cnt; i++ {
		m := body.NamedChild(i)
		switch m.Type() {
		case "field_declaration", "constant_declaration":
			c.fieldDecl(td, m)
		case "method_declaration", "constructor_declaration", "compact_constructor_declaration", "annotation_type_element_declaration":
			td.Methods = append(td.Methods, c.method(m))
		case "class_declaration", "interface_declaration", "enum_declaration", "record_declaration", "annotation_type_declaration":
			if nt := c.typeDecl(m); nt != nil {
				td.Nested = append(td.Nested, nt)
			}
		case "static_initializer":
			for j := 0; j < m.NamedChildCount(); j++ {
				if b := m.NamedChild(j); b.Type() == "block" {
					td.Inits = append(td.Inits, c.block(b))
				}
			}
		case "block":
			td.Inits = append(td.Inits, c.block(m))
		case "enum_body_declarations":
			c.classBody(td, m)
		case "enum_constant":
			// Enum constants with bodies are anonymous classes; their
			// arguments may matter less. Represent as fields.
			f := &Field{Name: "", Modifiers: MakeModifiers("public", "static", "final")}
			if name := m.ChildByFieldName("name"); name != nil {
				f.Name = c.text(name)
				f.Pos = c.pos(name)
			}
			f.Type = TypeRef{Name: td.Name}
			if b := m.ChildByFieldName("body"); b != nil {
				anon := &TypeDecl{Kind: KindAnonymous, Name: td.Name, Pos: c.pos(m)}
				c.classBody(anon, b)
				f.Init = &New{Type: TypeRef{Name: td.Name}, Body: anon, Pos: c.pos(m)}
			}
			td.Fields = append(td.Fields, f)
		}
	}
}

func (c *conv) modifiers(n *node) (mods Modifiers, anns []Annotation) {
	cnt := n.ChildCount()
	for i := 0; i < cnt; i++ {
		ch := n.Child(i)
		switch ch.Type() {
		case "marker_annotation", "annotation":
			a := Annotation{Pos: c.pos(ch)}
			if name := ch.ChildByFieldName("name"); name != nil {
				a.Name = c.text(name)
			}
			if args := ch.ChildByFieldName("arguments"); args != nil {
				t := c.text(args)
				a.Args = strings.TrimSuffix(strings.TrimPrefix(t, "("), ")")
			}
			anns = append(anns, a)
		default:
			if !ch.IsNamed() {
				mods |= modifierBit(ch.Type())
			}
		}
	}
	return mods, anns
}

func (c *conv) fieldDecl(td *TypeDecl, n *node) {
	var mods Modifiers
	var anns []Annotation
	var typ TypeRef
	cnt := n.NamedChildCount()
	for i := 0; i < cnt; i++ {
		ch := n.NamedChild(i)
		if ch.Type() == "modifiers" {
			mods, anns = c.modifiers(ch)
		}
	}
	if t := n.ChildByFieldName("type"); t != nil {
		typ = c.typeRef(t)
	}
	if td.Kind == KindInterface && !mods.Has("static") {
		// Interface fields are implicitly public static final.
		mods |= MakeModifiers("public", "static", "final")
	}
	for i := 0; i < cnt; i++ {
		d := n.NamedChild(i)
		if d.Type() != "variable_declarator" {
			continue
		}
		f := &Field{Type: typ, Modifiers: mods, Annotations: anns, Span: c.pos(n)}
		if name := d.ChildByFieldName("name"); name != nil {
			f.Name = c.text(name)
			f.Pos = c.pos(name)
		}
		if v := d.ChildByFieldName("value"); v != nil {
			f.Init = c.expr(v)
		}
		td.Fields = append(td.Fields, f)
	}
}

func (c *conv) method(n *node) *Method {
	m := &Method{IsConstructor: n.Type() == "constructor_declaration" || n.Type() == "compact_constructor_declaration", Span: c.pos(n)}
	if name := n.ChildByFieldName("name"); name != nil {
		m.Name = c.text(name)
		m.Pos = c.pos(name)
	} else {
		m.Pos = c.pos(n)
	}
	cnt := n.NamedChildCount()
	for i := 0; i < cnt; i++ {
		ch := n.NamedChild(i)
		if ch.Type() == "modifiers" {
			m.Modifiers, m.Annotations = c.modifiers(ch)
		}
	}
	if t := n.ChildByFieldName("type"); t != nil && t.Type() != "void_type" {
		m.Result = c.typeRef(t)
	}
	if ps := n.ChildByFieldName("parameters"); ps != nil {
		m.Params = c.params(ps)
	}
	if b := n.ChildByFieldName("body"); b != nil {
		m.Body = c.block(b)
	}
	return m
}

func (c *conv) params(n *node) []Param {
	var out []Param
	cnt := n.NamedChildCount()
	for i := 0; i < cnt; i++ {
		p := n.NamedChild(i)
		switch p.Type() {
		case "formal_parameter", "spread_parameter":
			var prm Param
			if t := p.ChildByFieldName("type"); t != nil {
				prm.Type = c.typeRef(t)
			}
			if name := p.ChildByFieldName("name"); name != nil {
				prm.Name = c.text(name)
				prm.Pos = c.pos(name)
			} else {
				// spread_parameter: type then variable_declarator
				for j := 0; j < p.NamedChildCount(); j++ {
					ch := p.NamedChild(j)
					switch ch.Type() {
					case "variable_declarator":
						if nm := ch.ChildByFieldName("name"); nm != nil {
							prm.Name = c.text(nm)
							prm.Pos = c.pos(nm)
						}
					case "type_identifier", "generic_type", "scoped_type_identifier", "array_type":
						if prm.Type.Name == "" {
							prm.Type = c.typeRef(ch)
						}
					}
				}
			}
			out = append(out, prm)
		case "identifier":
			out = append(out, Param{Name: c.text(p), Pos: c.pos(p)})
		}
	}
	return out
}

func (c *conv) typeRef(n *node) TypeRef {
	tr := TypeRef{Pos: c.pos(n)}
	switch n.Type() {
	case "generic_type":
		cnt := n.NamedChildCount()
		for i := 0; i < cnt; i++ {
			ch := n.NamedChild(i)
			if ch.Type() == "type_arguments" {
				for j := 0; j < ch.NamedChildCount(); j++ {
					tr.Args = append(tr.Args, c.typeRef(ch.NamedChild(j)))
				}
			} else if tr.Name == "" {
				tr.Name = c.text(ch)
			}
		}
	case "scoped_type_identifier":
		// a.b.C<X>.D is rare; keep the text without type arguments.
		tr.Name = stripTypeArgs(c.text(n))
	case "annotated_type":
		cnt := n.NamedChildCount()
		if cnt > 0 {
			return c.typeRef(n.NamedChild(cnt - 1))
		}
	default:
		tr.Name = c.text(n)
	}
	return tr
}

func stripTypeArgs(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '<':
			depth++
		case r == '>':
			depth--
		case depth == 0 && r != ' ' && r != '\n' && r != '\t':
			b.WriteRune(r)
		}
	}
	return b.String()
}

// ---- statements ----

func (c *conv) block(n *node) *Block {
	b := &Block{Pos: c.pos(n)}
	c.depth++
	defer func() { c.depth-- }()
	if c.depth > maxDepth {
		return b
	}
	cnt := n.NamedChildCount()
	for i := 0; i < cnt; i++ {
		if s := c.stmt(n.NamedChild(i)); s != nil {
			b.Stmts = append(b.Stmts, s...)
		}
	}
	return b
}

// stmt converts one statement node; local variable declarations with several
// declarators yield several statements.
func (c *conv) stmt(n *node) []Stmt {
	c.depth++
	defer func() { c.depth-- }()
	if c.depth > maxDepth {
		return nil
	}
	sp := c.pos(n)
	switch n.Type() {
	case "block", "constructor_body":
		return []Stmt{c.block(n)}
	case "local_variable_declaration":
		var typ TypeRef
		if t := n.ChildByFieldName("type"); t != nil {
			typ = c.typeRef(t)
		}
		var out []Stmt
		cnt := n.NamedChildCount()
		for i := 0; i < cnt; i++ {
			d := n.NamedChild(i)
			if d.Type() != "variable_declarator" {
				continue
			}
			lv := &LocalVar{Type: typ, Stmt: sp}
			if name := d.ChildByFieldName("name"); name != nil {
				lv.Name = c.text(name)
				lv.Pos = c.pos(name)
			}
			if v := d.ChildByFieldName("value"); v != nil {
				lv.Init = c.expr(v)
			}
			out = append(out, lv)
		}
		return out
	case "expression_statement":
		if n.NamedChildCount() == 0 {
			return nil
		}
		return []Stmt{&ExprStmt{X: c.expr(n.NamedChild(0)), Stmt: sp}}
	case "explicit_constructor_invocation":
		call := &Call{Pos: sp}
		if ctor := n.ChildByFieldName("constructor"); ctor != nil {
			call.Name = c.text(ctor)
			call.NamePos = c.pos(ctor)
		}
		if obj := n.ChildByFieldName("object"); obj != nil {
			call.Recv = c.qualifiedSuper(n, c.expr(obj))
		}
		if args := n.ChildByFieldName("arguments"); args != nil {
			call.Args = c.args(args)
		}
		return []Stmt{&ExprStmt{X: call, Stmt: sp}}
	case "return_statement":
		r := &Return{Stmt: sp}
		if n.NamedChildCount() > 0 {
			r.X = c.expr(n.NamedChild(0))
		}
		return []Stmt{r}
	case "if_statement":
		s := &If{Stmt: sp}
		if cond := n.ChildByFieldName("condition"); cond != nil {
			s.Cond = c.expr(cond)
		}
		if t := n.ChildByFieldName("consequence"); t != nil {
			s.Then = c.one(t)
		}
		if e := n.ChildByFieldName("alternative"); e != nil {
			s.Else = c.one(e)
		}
		return []Stmt{s}
	case "for_statement":
		l := &Loop{Stmt: sp}
		cnt := n.ChildCount()
		for i := 0; i < cnt; i++ {
			ch := n.Child(i)
			switch n.FieldNameForChild(i) {
			case "init":
				if ch.Type() == "local_variable_declaration" {
					l.Init = append(l.Init, c.stmt(ch)...)
				} else if ch.IsNamed() {
					l.Init = append(l.Init, &ExprStmt{X: c.expr(ch), Stmt: c.pos(ch)})
				}
			case "condition":
				l.Cond = c.expr(ch)
			case "update":
				l.Update = append(l.Update, c.expr(ch))
			case "body":
				l.Body = c.one(ch)
			}
		}
		return []Stmt{l}
	case "enhanced_for_statement":
		l := &Loop{Stmt: sp}
		lv := &LocalVar{Stmt: sp}
		if t := n.ChildByFieldName("type"); t != nil {
			lv.Type = c.typeRef(t)
		}
		if name := n.ChildByFieldName("name"); name != nil {
			lv.Name = c.text(name)
			lv.Pos = c.pos(name)
		}
		l.Var = lv
		if v := n.ChildByFieldName("value"); v != nil {
			l.Iter = c.expr(v)
		}
		if b := n.ChildByFieldName("body"); b != nil {
			l.Body = c.one(b)
		}
		return []Stmt{l}
	case "while_statement", "do_statement":
		l := &Loop{Stmt: sp}
		if cond := n.ChildByFieldName("condition"); cond != nil {
			l.Cond = c.expr(cond)
		}
		if b := n.ChildByFieldName("body"); b != nil {
			l.Body = c.one(b)
		}
		return []Stmt{l}
	case "try_statement", "try_with_resources_statement":
		t := &Try{Stmt: sp}
		cnt := n.NamedChildCount()
		for i := 0; i < cnt; i++ {
			ch := n.NamedChild(i)
			switch ch.Type() {
			case "resource_specification":
				for j := 0; j < ch.NamedChildCount(); j++ {
					r := ch.NamedChild(j)
					if r.Type() != "resource" {
						continue
					}
					lv := &LocalVar{Stmt: c.pos(r)}
					if tt := r.ChildByFieldName("type"); tt != nil {
						lv.Type = c.typeRef(tt)
					}
					if name := r.ChildByFieldName("name"); name != nil {
						lv.Name = c.text(name)
						lv.Pos = c.pos(name)
					}
					if v := r.ChildByFieldName("value"); v != nil {
						lv.Init = c.expr(v)
					}
					t.Resources = append(t.Resources, lv)
				}
			case "block":
				t.Body = c.block(ch)
			case "catch_clause":
				if b := ch.ChildByFieldName("body"); b != nil {
					t.Catches = append(t.Catches, c.block(b))
				}
			case "finally_clause":
				for j := 0; j < ch.NamedChildCount(); j++ {
					if b := ch.NamedChild(j); b.Type() == "block" {
						t.Finally = c.block(b)
					}
				}
			}
		}
		return []Stmt{t}
	case "switch_expression", "switch_statement":
		sw := c.switchExpr(n)
		return []Stmt{&Switch{X: sw.X, Bodies: c.switchBodies(n), Stmt: sp}}
	case "labeled_statement", "synchronized_statement":
		var out []Stmt
		cnt := n.NamedChildCount()
		for i := 0; i < cnt; i++ {
			ch := n.NamedChild(i)
			if ch.Type() == "identifier" || ch.Type() == "parenthesized_expression" {
				continue
			}
			out = append(out, c.stmt(ch)...)
		}
		return out
	case "class_declaration", "interface_declaration", "enum_declaration", "record_declaration":
		if td := c.typeDecl(n); td != nil {
			return []Stmt{&LocalClass{Decl: td, Stmt: sp}}
		}
		return nil
	case "line_comment", "block_comment", ";", "empty_statement":
		return nil
	default:
		o := &OtherStmt{Stmt: sp}
		cnt := n.NamedChildCount()
		for i := 0; i < cnt; i++ {
			ch := n.NamedChild(i)
			if isExprNode(ch.Type()) {
				o.Exprs = append(o.Exprs, c.expr(ch))
			}
		}
		return []Stmt{o}
	}
}

func (c *conv) one(n *node) Stmt {
	ss := c.stmt(n)
	switch len(ss) {
	case 0:
		return nil
	case 1:
		return ss[0]
	}
	return &Block{Stmts: ss, Pos: c.pos(n)}
}

func (c *conv) switchBodies(n *node) []Stmt {
	body := n.ChildByFieldName("body")
	if body == nil {
		return nil
	}
	var out []Stmt
	cnt := body.NamedChildCount()
	for i := 0; i < cnt; i++ {
		g := body.NamedChild(i)
		for j := 0; j < g.NamedChildCount(); j++ {
			ch := g.NamedChild(j)
			if ch.Type() == "switch_label" {
				continue
			}
			if isExprNode(ch.Type()) {
				out = append(out, &ExprStmt{X: c.expr(ch), Stmt: c.pos(ch)})
				continue
			}
			out = append(out, c.stmt(ch)...)
		}
	}
	return out
}

func (c *conv) switchExpr(n *node) *SwitchExpr {
	sw := &SwitchExpr{Pos: c.pos(n)}
	if cond := n.ChildByFieldName("condition"); cond != nil {
		sw.X = c.expr(cond)
	}
	body := n.ChildByFieldName("body")
	if body == nil {
		return sw
	}
	cnt := body.NamedChildCount()
	for i := 0; i < cnt; i++ {
		g := body.NamedChild(i)
		if g.Type() != "switch_rule" {
			continue
		}
		for j := 0; j < g.NamedChildCount(); j++ {
			ch := g.NamedChild(j)
			if isExprNode(ch.Type()) {
				sw.Results = append(sw.Results, c.expr(ch))
			}
		}
	}
	return sw
}

func isExprNode(t string) bool {
	switch t {
	case "method_invocation", "object_creation_expression", "lambda_expression", "method_reference",
		"identifier", "this", "super", "field_access", "string_literal", "text_block",
		"decimal_integer_literal", "hex_integer_literal", "octal_integer_literal", "binary_integer_literal",
		"decimal_floating_point_literal", "hex_floating_point_literal", "true", "false", "null_literal",
		"character_literal", "binary_expression", "unary_expression", "update_expression",
		"assignment_expression", "ternary_expression", "cast_expression", "parenthesized_expression",
		"class_literal", "array_creation_expression", "array_initializer", "array_access",
		"instanceof_expression", "switch_expression", "scoped_identifier":
		return true
	}
	return false
}

// ---- expressions ----

func (c *conv) args(n *node) []Expr {
	cnt := n.NamedChildCount()
	out := make([]Expr, 0, cnt)
	for i := 0; i < cnt; i++ {
		ch := n.NamedChild(i)
		if ch.Type() == "line_comment" || ch.Type() == "block_comment" {
			continue
		}
		out = append(out, c.expr(ch))
	}
	return out
}

// qualifiedSuper wraps obj, the object of a method invocation or field
// access n, as Outer.super when n is `Outer.super.m()` or `Outer.super.f`:
// the grammar gives that super no field, only a place between the object
// and the name.
func (c *conv) qualifiedSuper(n *node, obj Expr) Expr {
	for i := 0; i < n.ChildCount(); i++ {
		if ch := n.Child(i); ch.Type() == "super" && n.FieldNameForChild(i) == "" {
			return &FieldAccess{Pos: c.lines.Span(int(n.start), int(ch.end)), X: obj, Name: "super"}
		}
	}
	return obj
}

func (c *conv) unknown(n *node) Expr {
	t := c.text(n)
	if len(t) > 200 {
		t = t[:200]
	}
	return &Unknown{Text: t, Pos: c.pos(n)}
}

func (c *conv) expr(n *node) Expr {
	c.depth++
	defer func() { c.depth-- }()
	if c.depth > maxDepth {
		return &Unknown{Pos: c.pos(n)}
	}
	p := c.pos(n)
	if testConvHook != nil {
		testConvHook(string(c.src[n.start:n.end]))
	}
	switch n.Type() {
	case "method_invocation":
		call := &Call{Pos: p}
		if name := n.ChildByFieldName("name"); name != nil {
			call.Name = c.text(name)
			call.NamePos = c.pos(name)
		}
		if obj := n.ChildByFieldName("object"); obj != nil {
			call.Recv = c.qualifiedSuper(n, c.expr(obj))
		}
		if args := n.ChildByFieldName("arguments"); args != nil {
			call.Args = c.args(args)
		}
		return call
	case "object_creation_expression":
		nw := &New{Pos: p}
		if t := n.ChildByFieldName("type"); t != nil {
			nw.Type = c.typeRef(t)
		}
		if args := n.ChildByFieldName("arguments"); args != nil {
			nw.Args = c.args(args)
		}
		cnt := n.NamedChildCount()
		for i := 0; i < cnt; i++ {
			if b := n.NamedChild(i); b.Type() == "class_body" {
				anon := &TypeDecl{Kind: KindAnonymous, Name: lastSegment(nw.Type.Name), Pos: p, Span: c.pos(b)}
				if nw.Type.Name != "" {
					anon.Extends = []TypeRef{nw.Type}
				}
				c.classBody(anon, b)
				nw.Body = anon
			}
		}
		return nw
	case "lambda_expression":
		l := &Lambda{Pos: p}
		if ps := n.ChildByFieldName("parameters"); ps != nil {
			if ps.Type() == "identifier" {
				l.Params = []Param{{Name: c.text(ps), Pos: c.pos(ps)}}
			} else {
				l.Params = c.params(ps)
			}
		}
		if b := n.ChildByFieldName("body"); b != nil {
			if b.Type() == "block" {
				l.Body = c.block(b)
			} else {
				l.Expr = c.expr(b)
			}
		}
		return l
	case "method_reference":
		mr := &MethodRef{Pos: p}
		cnt := n.ChildCount()
		seenSep := false
		for i := 0; i < cnt; i++ {
			ch := n.Child(i)
			switch {
			case ch.Type() == "::":
				seenSep = true
			case !seenSep && ch.IsNamed():
				mr.Recv = c.expr(ch)
			case seenSep && (ch.Type() == "identifier" || ch.Type() == "new"):
				mr.Name = c.text(ch)
			}
		}
		return mr
	case "identifier", "this", "super", "type_identifier":
		return &Ident{Name: c.text(n), Pos: p}
	case "field_access", "scoped_identifier", "scoped_type_identifier":
		fa := &FieldAccess{Pos: p}
		var obj, field *node
		if n.Type() == "field_access" {
			obj, field = n.ChildByFieldName("object"), n.ChildByFieldName("field")
		} else {
			obj, field = n.ChildByFieldName("scope"), n.ChildByFieldName("name")
			if obj == nil && n.NamedChildCount() >= 2 {
				obj, field = n.NamedChild(0), n.NamedChild(n.NamedChildCount()-1)
			}
		}
		if obj != nil {
			fa.X = c.expr(obj)
			if n.Type() == "field_access" {
				fa.X = c.qualifiedSuper(n, fa.X)
			}
		}
		if field != nil {
			fa.Name = c.text(field)
		}
		return fa
	case "string_literal", "text_block":
		return &Literal{Kind: LitString, Value: decodeString(c.text(n)), Pos: p}
	case "decimal_integer_literal", "hex_integer_literal", "octal_integer_literal", "binary_integer_literal":
		return &Literal{Kind: LitInt, Value: c.text(n), Pos: p}
	case "decimal_floating_point_literal", "hex_floating_point_literal":
		return &Literal{Kind: LitFloat, Value: c.text(n), Pos: p}
	case "true", "false":
		return &Literal{Kind: LitBool, Value: n.Type(), Pos: p}
	case "null_literal":
		return &Literal{Kind: LitNull, Value: "null", Pos: p}
	case "character_literal":
		return &Literal{Kind: LitChar, Value: c.text(n), Pos: p}
	case "binary_expression":
		b := &Binary{Pos: p}
		if l := n.ChildByFieldName("left"); l != nil {
			b.L = c.expr(l)
		}
		if r := n.ChildByFieldName("right"); r != nil {
			b.R = c.expr(r)
		}
		if op := n.ChildByFieldName("operator"); op != nil {
			b.Op = c.text(op)
		}
		return b
	case "unary_expression", "update_expression":
		u := &Unary{Pos: p}
		cnt := n.ChildCount()
		for i := 0; i < cnt; i++ {
			ch := n.Child(i)
			if ch.IsNamed() {
				u.X = c.expr(ch)
			} else {
				u.Op = ch.Type()
			}
		}
		return u
	case "assignment_expression":
		a := &Assign{Pos: p}
		if l := n.ChildByFieldName("left"); l != nil {
			a.L = c.expr(l)
		}
		if r := n.ChildByFieldName("right"); r != nil {
			a.R = c.expr(r)
		}
		if op := n.ChildByFieldName("operator"); op != nil {
			a.Op = c.text(op)
		}
		return a
	case "ternary_expression":
		t := &Cond{Pos: p}
		if x := n.ChildByFieldName("condition"); x != nil {
			t.C = c.expr(x)
		}
		if x := n.ChildByFieldName("consequence"); x != nil {
			t.A = c.expr(x)
		}
		if x := n.ChildByFieldName("alternative"); x != nil {
			t.B = c.expr(x)
		}
		return t
	case "cast_expression":
		ce := &Cast{Pos: p}
		if t := n.ChildByFieldName("type"); t != nil {
			ce.Type = c.typeRef(t)
		}
		if v := n.ChildByFieldName("value"); v != nil {
			ce.X = c.expr(v)
		}
		return ce
	case "parenthesized_expression":
		if n.NamedChildCount() > 0 {
			return c.expr(n.NamedChild(0))
		}
	case "class_literal":
		if n.NamedChildCount() > 0 {
			return &ClassLit{Type: c.typeRef(n.NamedChild(0)), Pos: p}
		}
	case "array_creation_expression":
		ai := &ArrayInit{Pos: p}
		if v := n.ChildByFieldName("value"); v != nil {
			ai.Elems = c.args(v)
		}
		return ai
	case "array_initializer":
		return &ArrayInit{Elems: c.args(n), Pos: p}
	case "array_access":
		ix := &Index{Pos: p}
		if a := n.ChildByFieldName("array"); a != nil {
			ix.X = c.expr(a)
		}
		if i := n.ChildByFieldName("index"); i != nil {
			ix.I = c.expr(i)
		}
		return ix
	case "instanceof_expression":
		io := &InstanceOf{Pos: p}
		if l := n.ChildByFieldName("left"); l != nil {
			io.X = c.expr(l)
		}
		if r := n.ChildByFieldName("right"); r != nil {
			io.Type = c.typeRef(r)
		}
		return io
	case "switch_expression":
		return c.switchExpr(n)
	}
	return c.unknown(n)
}

func lastSegment(s string) string {
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// decodeString decodes a Java string literal or text block (best effort:
// common escapes; unknown escapes are kept as written).
func decodeString(lit string) string {
	switch {
	case strings.HasPrefix(lit, `"""`) && strings.HasSuffix(lit, `"""`) && len(lit) >= 6:
		body := lit[3 : len(lit)-3]
		if i := strings.IndexByte(body, '\n'); i >= 0 {
			body = body[i+1:]
		}
		return unescape(body)
	case len(lit) >= 2 && lit[0] == '"' && lit[len(lit)-1] == '"':
		return unescape(lit[1 : len(lit)-1])
	}
	return lit
}

func unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if ch != '\\' || i+1 == len(s) {
			b.WriteByte(ch)
			continue
		}
		i++
		switch s[i] {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 's':
			b.WriteByte(' ')
		case '0':
			b.WriteByte(0)
		case '"', '\'', '\\':
			b.WriteByte(s[i])
		case 'u':
			j := i
			for j < len(s) && s[j] == 'u' {
				j++
			}
			if j+4 <= len(s) {
				var r rune
				ok := true
				for _, h := range s[j : j+4] {
					r <<= 4
					switch {
					case h >= '0' && h <= '9':
						r |= h - '0'
					case h >= 'a' && h <= 'f':
						r |= h - 'a' + 10
					case h >= 'A' && h <= 'F':
						r |= h - 'A' + 10
					default:
						ok = false
					}
				}
				if ok {
					b.WriteRune(r)
					i = j + 3
					continue
				}
			}
			b.WriteString(`\u`)
		default:
			b.WriteByte('\\')
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// ---- positions ----

// UTF16Len returns the number of UTF-16 code units that b encodes; an
// invalid byte counts as one unit.
func UTF16Len(b []byte) int {
	n := 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		i += size
		if r == utf8.RuneError && size == 1 {
			n++
			continue
		}
		n += utf16.RuneLen(r)
	}
	return n
}
