package parser

// Pos is a source range. Lines are 1-based; columns are 1-based and counted
// in UTF-16 code units (SARIF's utf16CodeUnits); EndCol is exclusive. The
// fields are 32-bit: every node of every parsed file carries two ranges for
// the whole scan, and files are capped far below 2 GiB.
type Pos struct {
	Line, Col       int32
	EndLine, EndCol int32
}

// MakePos returns the range from line:col to endLine:endCol.
func MakePos(line, col, endLine, endCol int) Pos {
	return Pos{Line: int32(line), Col: int32(col), EndLine: int32(endLine), EndCol: int32(endCol)}
}

// IsZero reports whether p is the zero range (no position known).
func (p Pos) IsZero() bool { return p.Line == 0 }

// File is everything the analysis needs from one Java source file.
type File struct {
	Path     string // as given to Parse (the walker passes a root-relative slash path)
	Package  string
	Imports  []Import
	Types    []*TypeDecl // top-level types; nested types hang off their parent
	Comments []Comment
	// Errors lists the syntax errors tree-sitter recovered from, in order.
	// The rest of the file is still represented.
	Errors []SyntaxError
}

// Import is one import declaration.
type Import struct {
	Path     string // "org.apache.flink.api.common.state.ValueState" or "org.apache.flink.api.common.state"
	Static   bool
	Wildcard bool // import a.b.*;
	Pos      Pos
}

// Comment is a line or block comment with its delimiters.
type Comment struct {
	Text string
	Pos  Pos
}

// SyntaxError is an ERROR or MISSING node tree-sitter inserted.
type SyntaxError struct {
	Pos     Pos
	Message string
}

// TypeKind tells classes, interfaces, enums and records apart.
type TypeKind int

// Type kinds.
const (
	KindClass TypeKind = iota
	KindInterface
	KindEnum
	KindRecord
	KindAnonymous // the body of `new X() { ... }`
)

// TypeDecl is a class, interface, enum, record or anonymous class body.
type TypeDecl struct {
	Kind        TypeKind
	Name        string // simple name; for anonymous classes the instantiated type's name
	Pos         Pos    // the name token (for anonymous classes, the `new` expression)
	Modifiers   Modifiers
	Extends     []TypeRef // a class has at most one; an interface may have several
	Implements  []TypeRef
	Fields      []*Field
	Methods     []*Method // constructors included (IsConstructor)
	Inits       []*Block  // instance and static initializer blocks
	Nested      []*TypeDecl
	Annotations []Annotation
	// Span is the whole declaration, annotations and body included.
	Span Pos
	// Anonymous and local classes found in method bodies and field
	// initializers are reachable through the NewExpr that declares them.
}

// TypeRef is a type as written: "RichFlatMapFunction<Event, Alert>" has
// Name "RichFlatMapFunction" and one or more Args.
type TypeRef struct {
	Name string // qualified as written: "Map.Entry", "org.apache.flink.X", "int", "String[]"
	Args []TypeRef
	Pos  Pos
}

// Annotation is an annotation as written, with its arguments' source text.
type Annotation struct {
	Name string // "SuppressWarnings"
	Args string // source text between the parentheses, "" when none
	Pos  Pos
}

// Field is one declared field (one declarator of a field declaration).
type Field struct {
	Name        string
	Type        TypeRef
	Modifiers   Modifiers
	Init        Expr // nil when not initialized
	Pos         Pos  // the field name
	Annotations []Annotation
	// Span is the whole field declaration.
	Span Pos
}

// Param is a method or lambda parameter.
type Param struct {
	Name string
	Type TypeRef // zero for untyped lambda parameters
	Pos  Pos
}

// Method is a method or constructor.
type Method struct {
	Name          string
	IsConstructor bool
	Modifiers     Modifiers
	Annotations   []Annotation
	Result        TypeRef // zero for void and constructors
	Params        []Param
	Body          *Block // nil for abstract and interface methods, and when dropped (see HasBody)
	Pos           Pos    // the name token
	// Span is the whole declaration, annotations and body included.
	Span Pos

	facts *BodyFacts // kept when the body is dropped (skeleton.go)
}

// Modifiers is the set of modifier keywords of a declaration ("public",
// "static", "final", ...). A set of bits rather than the words: every
// declaration of every parsed file carries one for the whole scan.
type Modifiers uint16

// modifierWords are the modifier keywords, one bit each in that order.
var modifierWords = [...]string{
	"public", "protected", "private", "abstract", "static", "final", "sealed", "non-sealed",
	"strictfp", "transient", "volatile", "synchronized", "native", "default",
}

// MakeModifiers returns the set of words; words that are not modifier
// keywords are ignored.
func MakeModifiers(words ...string) Modifiers {
	var m Modifiers
	for _, w := range words {
		m |= modifierBit(w)
	}
	return m
}

func modifierBit(w string) Modifiers {
	for i, x := range modifierWords {
		if x == w {
			return 1 << i
		}
	}
	return 0
}

// Has reports whether m contains the keyword word.
func (m Modifiers) Has(word string) bool {
	b := modifierBit(word)
	return b != 0 && m&b != 0
}

// Words returns the keywords of m in a fixed order.
func (m Modifiers) Words() []string {
	var out []string
	for i, x := range modifierWords {
		if m&(1<<i) != 0 {
			out = append(out, x)
		}
	}
	return out
}

// Stmt is a statement.
type Stmt interface{ stmt() }

// Block is a `{ ... }` block.
type Block struct {
	Stmts []Stmt
	Pos   Pos
}

// LocalVar declares one local variable (one declarator).
type LocalVar struct {
	Name string
	Type TypeRef // Name "var" for inferred locals
	Init Expr    // nil when not initialized
	Pos  Pos     // the variable name
	// Stmt is the range of the whole declaration statement.
	Stmt Pos
}

// ExprStmt is an expression statement.
type ExprStmt struct {
	X    Expr
	Stmt Pos
}

// Return is a return statement; X is nil for a bare return.
type Return struct {
	X    Expr
	Stmt Pos
}

// If is an if statement; Else is nil when absent.
type If struct {
	Cond Expr
	Then Stmt
	Else Stmt
	Stmt Pos
}

// Loop is a for, enhanced for, while or do statement. Var is the loop
// variable of an enhanced for (nil otherwise); Iter its iterated expression.
type Loop struct {
	Init   []Stmt
	Var    *LocalVar
	Iter   Expr
	Cond   Expr
	Update []Expr // a for statement's update expressions (`i++`)
	Body   Stmt
	Stmt   Pos
}

// Try is a try statement, including try-with-resources.
type Try struct {
	Resources []Stmt
	Body      *Block
	Catches   []*Block
	Finally   *Block
	Stmt      Pos
}

// Switch is a switch statement; each case body is flattened into Bodies.
type Switch struct {
	X      Expr
	Bodies []Stmt
	Stmt   Pos
}

// LocalClass is a class declared inside a method body.
type LocalClass struct {
	Decl *TypeDecl
	Stmt Pos
}

// OtherStmt is any statement the analysis does not look into (throw,
// break, assert, ...). Exprs lists expressions inside it worth visiting.
type OtherStmt struct {
	Exprs []Expr
	Stmt  Pos
}

func (*Block) stmt()      {}
func (*LocalVar) stmt()   {}
func (*ExprStmt) stmt()   {}
func (*Return) stmt()     {}
func (*If) stmt()         {}
func (*Loop) stmt()       {}
func (*Try) stmt()        {}
func (*Switch) stmt()     {}
func (*LocalClass) stmt() {}
func (*OtherStmt) stmt()  {}

// Expr is an expression.
type Expr interface{ Span() Pos }

// Call is a method invocation `Recv.Name(Args)` or `Name(Args)`.
type Call struct {
	Recv    Expr // nil for an unqualified call; *Ident "super"/"this" for super.m()/this.m()
	Name    string
	NamePos Pos // the method name token
	Args    []Expr
	Pos     Pos // the whole invocation
}

// New is `new Type(Args)` or `new Type(Args) { Body }`.
type New struct {
	Type TypeRef
	Args []Expr
	Body *TypeDecl // anonymous class body, nil when none
	Pos  Pos
}

// Lambda is `(params) -> body`. Exactly one of Body and Expr is set.
type Lambda struct {
	Params []Param
	Body   *Block
	Expr   Expr
	Pos    Pos
}

// MethodRef is `Recv::Name` (Name "new" for constructor references).
type MethodRef struct {
	Recv Expr
	Name string
	Pos  Pos
}

// Ident is a bare name (also `this` and `super`).
type Ident struct {
	Name string
	Pos  Pos
}

// FieldAccess is `X.Name`; qualified names such as a.b.C parse as nested
// FieldAccess values.
type FieldAccess struct {
	X    Expr
	Name string
	Pos  Pos
}

// LitKind classifies literals.
type LitKind int

// Literal kinds.
const (
	LitString LitKind = iota
	LitInt
	LitFloat
	LitBool
	LitChar
	LitNull
)

// Literal is a literal. Value holds the decoded string for string and text
// block literals, the source text otherwise.
type Literal struct {
	Kind  LitKind
	Value string
	Pos   Pos
}

// Binary is `L Op R`.
type Binary struct {
	Op   string
	L, R Expr
	Pos  Pos
}

// Unary is a prefix or postfix unary expression (`-1`, `!x`, `i++`).
type Unary struct {
	Op  string
	X   Expr
	Pos Pos
}

// Assign is `L = R` (or a compound assignment, Op "+=").
type Assign struct {
	Op  string
	L   Expr
	R   Expr
	Pos Pos
}

// Cond is `C ? A : B`.
type Cond struct {
	C, A, B Expr
	Pos     Pos
}

// Cast is `(Type) X`.
type Cast struct {
	Type TypeRef
	X    Expr
	Pos  Pos
}

// ClassLit is `Type.class`.
type ClassLit struct {
	Type TypeRef
	Pos  Pos
}

// ArrayInit is `new T[]{...}` or `{...}`; Elems may be empty.
type ArrayInit struct {
	Elems []Expr
	Pos   Pos
}

// Index is `X[I]`.
type Index struct {
	X, I Expr
	Pos  Pos
}

// InstanceOf is `X instanceof T`.
type InstanceOf struct {
	X    Expr
	Type TypeRef
	Pos  Pos
}

// SwitchExpr is a switch expression; Results are the values its arms yield.
type SwitchExpr struct {
	X       Expr
	Results []Expr
	Pos     Pos
}

// Unknown is an expression the analysis does not model; Text is its source
// (truncated to 200 bytes).
type Unknown struct {
	Text string
	Pos  Pos
}

// Span implementations.
func (e *Call) Span() Pos        { return e.Pos }
func (e *New) Span() Pos         { return e.Pos }
func (e *Lambda) Span() Pos      { return e.Pos }
func (e *MethodRef) Span() Pos   { return e.Pos }
func (e *Ident) Span() Pos       { return e.Pos }
func (e *FieldAccess) Span() Pos { return e.Pos }
func (e *Literal) Span() Pos     { return e.Pos }
func (e *Binary) Span() Pos      { return e.Pos }
func (e *Unary) Span() Pos       { return e.Pos }
func (e *Assign) Span() Pos      { return e.Pos }
func (e *Cond) Span() Pos        { return e.Pos }
func (e *Cast) Span() Pos        { return e.Pos }
func (e *ClassLit) Span() Pos    { return e.Pos }
func (e *ArrayInit) Span() Pos   { return e.Pos }
func (e *Index) Span() Pos       { return e.Pos }
func (e *InstanceOf) Span() Pos  { return e.Pos }
func (e *SwitchExpr) Span() Pos  { return e.Pos }
func (e *Unknown) Span() Pos     { return e.Pos }

// Location is a range in a named file (a root-relative slash path).
type Location struct {
	Path string
	Pos  Pos
}
