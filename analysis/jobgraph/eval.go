package jobgraph

import (
	"strconv"
	"strings"

	"github.com/flinklint/flinklint/analysis/flinkapi"
	"github.com/flinklint/flinklint/analysis/index"
	"github.com/flinklint/flinklint/parser"
)

// evaluator interprets one root method and everything it calls.
type evaluator struct {
	b         *builder
	root      methodAt
	jobs      []*Job
	synthetic *Job
	fields    map[string]value // static fields and fields of non-tracked instances: "FQN#name"
	stack     []*parser.Method
	via       []parser.Location
	steps     int
	stmt      parser.Location // the statement being evaluated
	// at is the innermost statement or call being evaluated: where an
	// internal error is reported.
	at parser.Location
	// conds are the statements whose outcome decides whether (or how
	// often) the code being evaluated runs: an if, a switch, a loop
	// flinklint cannot unroll, a catch block; innermost last.
	conds []parser.Location
	// call is the invocation being interpreted (for operator spans).
	curCall parser.Location
	// curCause is the cause of statefulness of the stream being operated on.
	curCause []index.Evidence
	// curIns are the inputs of the operator the current call creates.
	curIns []Input
	// curArg is the first argument of the call being interpreted (a source
	// or sink object) and what to say about it.
	curArg     parser.Location
	curArgWhat string
	// aliases are jobs created in one branch of an if whose pipeline
	// continues on the job created in the other branch.
	aliases []jobAlias
	// plainCalls counts interpretations of methods called without Flink values.
	plainCalls map[*parser.Method]int
	// pendingUses and pendingClasses were seen before the root created its
	// job (see flushPending).
	pendingUses    []APIUse
	pendingClasses []string
}

// frame is one method activation.
type frame struct {
	cls   *index.Class
	this  *objV // nil in static context or when the instance is not tracked
	vars  map[string]value
	types map[string]parser.TypeRef
	ret   value
}

func (e *evaluator) invokeRoot(ma methodAt) {
	f := &frame{cls: ma.cls, vars: map[string]value{}, types: map[string]parser.TypeRef{}}
	if !ma.m.Modifiers.Has("static") {
		f.this = e.newObject(ma.cls, nil, false)
	}
	for _, p := range ma.m.Params {
		f.types[p.Name] = p.Type
		f.vars[p.Name] = e.byDeclaredType(ma.cls, p.Type)
	}
	e.b.entered[ma.m] = true
	e.stack = append(e.stack, ma.m)
	e.block(f, e.b.body(ma))
	e.stack = e.stack[:len(e.stack)-1]
}

// byDeclaredType returns a placeholder value for a variable whose value is
// unknown but whose declared type is a Flink stream or environment, in a
// synthetic job only (a real job never invents streams).
func (e *evaluator) byDeclaredType(cls *index.Class, t parser.TypeRef) value {
	if e.synthetic == nil || t.Name == "" {
		return nil
	}
	_, fqn := e.b.ix.Resolve(cls.File, cls, t.Name)
	switch flinkapi.TypeRole(fqn) {
	case flinkapi.RoleEnv:
		return &envV{job: e.synthetic}
	case flinkapi.RoleStream:
		return &streamV{job: e.synthetic, kind: kStream}
	case flinkapi.RoleKeyedStream:
		return &streamV{job: e.synthetic, kind: kKeyed, keyed: true}
	case flinkapi.RoleWindowed:
		return &streamV{job: e.synthetic, kind: kWindowed, keyed: true}
	case flinkapi.RoleAllWindowed:
		return &streamV{job: e.synthetic, kind: kAllWindowed}
	case flinkapi.RoleConnected:
		return &streamV{job: e.synthetic, kind: kConnected}
	case flinkapi.RoleBroadcastConn:
		return &streamV{job: e.synthetic, kind: kBroadcastConnected}
	case flinkapi.RoleBroadcast:
		return &streamV{job: e.synthetic, kind: kBroadcast}
	case flinkapi.RolePattern:
		return &streamV{job: e.synthetic, kind: kPattern, keyed: true}
	}
	return nil
}

// where is the place an internal error struck: the innermost statement or
// call being evaluated, else fallback (the root method).
func (e *evaluator) where(fallback parser.Location) parser.Location {
	if e.at.Path != "" && !e.at.Pos.IsZero() {
		return e.at
	}
	return fallback
}

func (e *evaluator) tick() {
	e.steps++
	if e.steps > maxSteps {
		panic(errBudget)
	}
}

// ---- statements ----

func (e *evaluator) block(f *frame, b *parser.Block) {
	if b == nil {
		return
	}
	for _, s := range b.Stmts {
		e.stmtEval(f, s)
	}
}

func (e *evaluator) setStmt(f *frame, p parser.Pos) {
	e.stmt = parser.Location{Path: f.cls.File.Path, Pos: p}
	e.at = e.stmt
}

func (e *evaluator) stmtEval(f *frame, s parser.Stmt) {
	e.tick()
	switch s := s.(type) {
	case nil:
	case *parser.Block:
		e.block(f, s)
	case *parser.LocalVar:
		e.setStmt(f, s.Stmt)
		f.types[s.Name] = s.Type
		var v value
		if s.Init != nil {
			v = e.expr(f, s.Init)
		}
		f.vars[s.Name] = v
	case *parser.ExprStmt:
		e.setStmt(f, s.Stmt)
		e.expr(f, s.X)
	case *parser.Return:
		e.setStmt(f, s.Stmt)
		if s.X != nil {
			if v := e.expr(f, s.X); v != nil || f.ret == nil {
				f.ret = v
			}
		}
	case *parser.If:
		e.setStmt(f, s.Stmt)
		if _, constant := e.expr(f, s.Cond).(*boolV); !constant {
			e.conds = append(e.conds, e.stmt)
			defer e.popCond()
		}
		if s.Else == nil {
			e.stmtEval(f, s.Then)
			return
		}
		// Both branches start from the same state; afterwards a variable
		// takes the value of the branch that changed it (the else branch
		// when both did). An environment created in each branch
		// (`if (local) env = createLocalEnvironment...; else env =
		// getExecutionEnvironment()`) is one job either way: the then-job is
		// aliased to the else-job, so what follows applies to both.
		before := copyVars(f.vars)
		e.stmtEval(f, s.Then)
		after := f.vars
		f.vars = copyVars(before)
		e.stmtEval(f, s.Else)
		for k, tv := range after {
			ev, bv := f.vars[k], before[k]
			switch {
			case tv == bv:
			case ev == bv:
				f.vars[k] = tv
			default:
				te, ok1 := tv.(*envV)
				ee, ok2 := ev.(*envV)
				if ok1 && ok2 && te.job != ee.job && te.job != nil && ee.job != nil {
					e.aliases = append(e.aliases, jobAlias{from: te.job, to: ee.job,
						ops: len(ee.job.Operators), settings: len(ee.job.Settings)})
				}
			}
		}
	case *parser.Loop:
		e.setStmt(f, s.Stmt)
		if e.unroll(f, s) {
			return
		}
		e.conds = append(e.conds, e.stmt)
		defer e.popCond()
		for _, x := range s.Init {
			e.stmtEval(f, x)
		}
		if s.Var != nil {
			f.types[s.Var.Name] = s.Var.Type
			f.vars[s.Var.Name] = nil
		}
		if s.Iter != nil {
			e.expr(f, s.Iter)
		}
		if s.Cond != nil {
			e.expr(f, s.Cond)
		}
		e.stmtEval(f, s.Body)
	case *parser.Try:
		for _, r := range s.Resources {
			e.stmtEval(f, r)
		}
		e.block(f, s.Body)
		for _, c := range s.Catches {
			e.conds = append(e.conds, parser.Location{Path: f.cls.File.Path, Pos: s.Stmt})
			e.block(f, c)
			e.popCond()
		}
		e.block(f, s.Finally)
	case *parser.Switch:
		e.setStmt(f, s.Stmt)
		if s.X != nil {
			e.expr(f, s.X)
		}
		e.conds = append(e.conds, e.stmt)
		defer e.popCond()
		for _, b := range s.Bodies {
			e.stmtEval(f, b)
		}
	case *parser.OtherStmt:
		e.setStmt(f, s.Stmt)
		for _, x := range s.Exprs {
			e.expr(f, x)
		}
	case *parser.LocalClass:
	}
}

// ---- expressions ----

func (e *evaluator) expr(f *frame, x parser.Expr) value {
	e.tick()
	switch x := x.(type) {
	case nil:
		return nil
	case *parser.Literal:
		return literal(x)
	case *parser.Ident:
		return e.ident(f, x)
	case *parser.FieldAccess:
		return e.fieldAccess(f, x)
	case *parser.Call:
		return e.call(f, x)
	case *parser.New:
		return e.newExpr(f, x)
	case *parser.Lambda:
		return &funcV{loc: e.loc(f, x.Pos)}
	case *parser.MethodRef:
		// `stream::uid` handed to a consumer (generateUid(..).ifPresent(
		// stream::uid)) applies a uid whose value is decided at run time.
		if x.Name == "uid" || x.Name == "setUidHash" {
			if s, ok := e.expr(f, x.Recv).(*streamV); ok && s.head != nil && s.head.UID == nil {
				s.head.UID = &UID{Hash: x.Name == "setUidHash", Expr: Render(x.Recv) + "::" + x.Name, Loc: e.loc(f, x.Pos)}
			}
		}
		return &funcV{loc: e.loc(f, x.Pos)}
	case *parser.Assign:
		r := e.expr(f, x.R)
		if x.Op != "=" {
			l := e.expr(f, x.L)
			r = binary(strings.TrimSuffix(x.Op, "="), l, r)
		}
		e.assign(f, x.L, r)
		return r
	case *parser.Binary:
		return binary(x.Op, e.expr(f, x.L), e.expr(f, x.R))
	case *parser.Unary:
		v := e.expr(f, x.X)
		if x.Op == "-" {
			if iv, ok := v.(*intV); ok {
				return &intV{n: -iv.n, unstable: iv.unstable}
			}
		}
		if x.Op == "!" {
			if bv, ok := v.(*boolV); ok {
				return &boolV{b: !bv.b}
			}
		}
		return nil
	case *parser.Cond:
		_, constant := e.expr(f, x.C).(*boolV)
		if !constant {
			e.conds = append(e.conds, e.stmt)
		}
		a := e.expr(f, x.A)
		b := e.expr(f, x.B)
		if !constant {
			e.popCond()
		}
		if a == nil {
			return b
		}
		if sa, ok := a.(*strV); ok {
			if sb, ok := b.(*strV); ok && (!sa.known || !sb.known || sa.s != sb.s) {
				return &strV{unstable: sa.unstable + sb.unstable}
			}
		}
		return a
	case *parser.Cast:
		return e.expr(f, x.X)
	case *parser.ClassLit:
		return nil
	case *parser.ArrayInit:
		l := &listV{}
		for _, el := range x.Elems {
			l.elems = append(l.elems, e.expr(f, el))
		}
		return l
	case *parser.Index:
		return listGet(e.expr(f, x.X), e.expr(f, x.I))
	case *parser.InstanceOf:
		e.expr(f, x.X)
		return nil
	case *parser.SwitchExpr:
		e.expr(f, x.X)
		e.conds = append(e.conds, e.stmt)
		defer e.popCond()
		var out value
		for _, r := range x.Results {
			if v := e.expr(f, r); out == nil {
				out = v
			}
		}
		return out
	}
	return nil
}

func (e *evaluator) loc(f *frame, p parser.Pos) parser.Location {
	return parser.Location{Path: f.cls.File.Path, Pos: p}
}

func literal(x *parser.Literal) value {
	switch x.Kind {
	case parser.LitString:
		return &strV{s: x.Value, known: true}
	case parser.LitInt:
		if n, ok := parseInt(x.Value); ok {
			return &intV{n: n}
		}
	case parser.LitBool:
		return &boolV{b: x.Value == "true"}
	case parser.LitChar:
		return &strV{s: strings.Trim(x.Value, "'"), known: true}
	}
	return nil
}

func parseInt(s string) (int64, bool) {
	s = strings.ReplaceAll(strings.TrimRight(s, "lL"), "_", "")
	n, err := strconv.ParseInt(s, 0, 64)
	if err != nil {
		return 0, false
	}
	return n, true
}

func binary(op string, l, r value) value {
	switch op {
	case "+":
		li, lok := l.(*intV)
		ri, rok := r.(*intV)
		if lok && rok {
			return &intV{n: li.n + ri.n, unstable: li.unstable + ri.unstable}
		}
		ls, rs := asStr(l), asStr(r)
		_, lIsStr := l.(*strV)
		_, rIsStr := r.(*strV)
		if !lIsStr && !rIsStr {
			return nil
		}
		if ls == nil {
			ls = &strV{}
		}
		if rs == nil {
			rs = &strV{}
		}
		out := &strV{known: ls.known && rs.known, unstable: ls.unstable}
		if out.unstable == "" {
			out.unstable = rs.unstable
		}
		if out.known {
			out.s = ls.s + rs.s
		}
		return out
	case "-", "*", "/":
		li, lok := l.(*intV)
		ri, rok := r.(*intV)
		if !lok || !rok {
			return nil
		}
		switch op {
		case "-":
			return &intV{n: li.n - ri.n}
		case "*":
			return &intV{n: li.n * ri.n}
		case "/":
			if ri.n != 0 {
				return &intV{n: li.n / ri.n}
			}
		}
	}
	return nil
}

// ident evaluates a bare name: a local, a field, or a type.
func (e *evaluator) ident(f *frame, x *parser.Ident) value {
	switch x.Name {
	case "this", "super":
		// A nil *objV must not become a non-nil value: the cases on *objV
		// would dereference it.
		if f.this != nil {
			return f.this
		}
		return nil
	}
	if v, ok := f.vars[x.Name]; ok {
		if v == nil {
			if t, ok := f.types[x.Name]; ok {
				return e.byDeclaredType(f.cls, t)
			}
		}
		return v
	}
	if v, ok := e.readField(f, f.this, f.cls, x.Name); ok {
		return v
	}
	// A statically imported constant.
	if owner := e.b.ix.ResolveStatic(f.cls.File, x.Name); owner != "" {
		c := &classV{fqn: owner, cls: e.b.ix.Class(owner)}
		e.apiField(f, c, x.Name, e.loc(f, x.Pos))
		return e.staticMember(f, c, x.Name)
	}
	cls, fqn := e.b.ix.Resolve(f.cls.File, f.cls, x.Name)
	if cls != nil || fqn != "" {
		return &classV{fqn: fqn, cls: cls}
	}
	if isLowerIdent(x.Name) {
		return &pkgV{path: x.Name}
	}
	// A capitalised name that is neither a variable nor a resolvable type is
	// a type of the same package outside the scan, or an unimported one.
	return &classV{fqn: x.Name}
}

func isLowerIdent(s string) bool { return s != "" && s[0] >= 'a' && s[0] <= 'z' }

// readField reads a field visible from cls by simple name.
func (e *evaluator) readField(f *frame, this *objV, cls *index.Class, name string) (value, bool) {
	owner, fd := e.b.ix.LookupField(cls, name)
	if fd == nil {
		return nil, false
	}
	static := fd.Modifiers.Has("static")
	if !static && this != nil && (this.cls == owner || e.b.ix.Implements(this.cls, owner.FQN) || isOuter(owner, this.cls)) {
		if v, ok := this.fields[name]; ok {
			return v, true
		}
	}
	key := owner.FQN + "#" + name
	if v, ok := e.fields[key]; ok {
		return v, true
	}
	if static && fd.Modifiers.Has("final") && fd.Init != nil {
		v := e.constInit(owner, fd)
		e.fields[key] = v
		return v, true
	}
	if owner.Decl.Kind == parser.KindInterface && fd.Init != nil {
		v := e.constInit(owner, fd)
		e.fields[key] = v
		return v, true
	}
	return e.byDeclaredType(owner, fd.Type), true
}

func isOuter(owner, c *index.Class) bool {
	for x := c; x != nil; x = x.Outer {
		if x == owner {
			return true
		}
	}
	return false
}

// constInit evaluates a static final field's initializer in its class.
func (e *evaluator) constInit(owner *index.Class, fd *parser.Field) value {
	if len(e.stack) > maxCallDepth {
		return nil
	}
	e.stack = append(e.stack, nil)
	defer func() { e.stack = e.stack[:len(e.stack)-1] }()
	f := &frame{cls: owner, vars: map[string]value{}, types: map[string]parser.TypeRef{}}
	return e.expr(f, fd.Init)
}

func (e *evaluator) fieldAccess(f *frame, x *parser.FieldAccess) value {
	if x.Name == "this" || x.Name == "super" {
		// Outer.this, Outer.super: the instance when it is this frame's.
		if cls, _ := e.b.ix.Resolve(f.cls.File, f.cls, parser.QualifiedName(x.X)); cls != nil && cls == f.cls && f.this != nil {
			return f.this
		}
		return nil
	}
	recv := e.expr(f, x.X)
	switch r := recv.(type) {
	case *objV:
		if v, ok := r.fields[x.Name]; ok {
			return v
		}
		if v, ok := e.readField(f, r, r.cls, x.Name); ok {
			return v
		}
	case *listV:
		if x.Name == "length" {
			return &intV{n: int64(len(r.elems))}
		}
	case *classV:
		e.apiField(f, r, x.Name, e.loc(f, x.X.Span()))
		return e.staticMember(f, r, x.Name)
	case *pkgV:
		p := r.path + "." + x.Name
		if c := e.b.ix.Class(p); c != nil {
			return &classV{fqn: p, cls: c}
		}
		if flinkapi.Known(p) || !isLowerIdent(x.Name) {
			return &classV{fqn: p}
		}
		return &pkgV{path: p}
	}
	return nil
}

// staticMember evaluates Type.NAME.
func (e *evaluator) staticMember(f *frame, c *classV, name string) value {
	if c.cls != nil && flinkapi.IsFlink(c.cls.FQN) {
		// Flink's own source in the scan (its tree, or a copied class):
		// an option field or an enum constant means what it means in
		// Flink's jars, not what interpreting its initializer gives.
		simple := flinkapi.Simple(c.cls.FQN)
		if key, ok := e.b.keys.OptionKey(simple, name); ok {
			return &optionV{key: e.b.keys.Canonical(key)}
		}
		if c.cls.Decl.Kind == parser.KindEnum {
			return &enumV{typ: simple, name: name}
		}
	}
	if c.cls != nil {
		if v, ok := e.readField(f, nil, c.cls, name); ok {
			return v
		}
		if nested := e.b.ix.Class(c.cls.FQN + "." + name); nested != nil {
			return &classV{fqn: nested.FQN, cls: nested}
		}
		return nil
	}
	simple := flinkapi.Simple(c.fqn)
	if key, ok := e.b.keys.OptionKey(simple, name); ok {
		return &optionV{key: e.b.keys.Canonical(key)}
	}
	if name != "" && name[0] >= 'A' && name[0] <= 'Z' && strings.ToUpper(name) == name {
		return &enumV{typ: simple, name: name}
	}
	if name != "" && name[0] >= 'A' && name[0] <= 'Z' {
		return &classV{fqn: c.fqn + "." + name}
	}
	return nil
}

// assign stores v into the place l denotes.
func (e *evaluator) assign(f *frame, l parser.Expr, v value) {
	switch l := l.(type) {
	case *parser.Ident:
		if _, ok := f.vars[l.Name]; ok {
			f.vars[l.Name] = v
			return
		}
		e.writeField(f, f.this, f.cls, l.Name, v)
	case *parser.FieldAccess:
		switch r := e.expr(f, l.X).(type) {
		case *objV:
			e.writeField(f, r, r.cls, l.Name, v)
		case *classV:
			if r.cls != nil {
				e.writeField(f, nil, r.cls, l.Name, v)
			}
		}
	}
}

func (e *evaluator) writeField(f *frame, this *objV, cls *index.Class, name string, v value) {
	owner, fd := e.b.ix.LookupField(cls, name)
	if fd == nil {
		return
	}
	if this != nil && !fd.Modifiers.Has("static") {
		this.fields[name] = v
		return
	}
	e.fields[owner.FQN+"#"+name] = v
}

// newObject instantiates a project class: field initializers, then the
// constructor that takes args (when run is set).
func (e *evaluator) newObject(cls *index.Class, args []value, run bool) *objV {
	o := &objV{cls: cls, fields: map[string]value{}}
	if !run || cls.IsAnonymous() {
		return o
	}
	if len(e.stack) > maxCallDepth {
		return o
	}
	f := &frame{cls: cls, this: o, vars: map[string]value{}, types: map[string]parser.TypeRef{}}
	for _, fd := range cls.Decl.Fields {
		if fd.Init != nil && !fd.Modifiers.Has("static") {
			o.fields[fd.Name] = e.expr(f, fd.Init)
		}
	}
	for _, b := range cls.Decl.Inits {
		e.block(f, b)
	}
	if ctors := cls.Constructors(len(args)); len(ctors) > 0 {
		e.invoke(methodAt{cls: cls, m: ctors[0]}, o, args, parser.Location{})
	}
	return o
}

// invoke evaluates a project method with bound arguments and returns what
// it returns.
func (e *evaluator) invoke(ma methodAt, this *objV, args []value, site parser.Location) value {
	if !ma.m.HasBody() || len(e.stack) > maxCallDepth || !e.worthCalling(ma, args) {
		return nil
	}
	for _, m := range e.stack {
		if m == ma.m {
			return nil // recursion
		}
	}
	e.b.entered[ma.m] = true
	f := &frame{cls: ma.cls, this: this, vars: map[string]value{}, types: map[string]parser.TypeRef{}}
	for i, p := range ma.m.Params {
		f.types[p.Name] = p.Type
		if i < len(args) {
			f.vars[p.Name] = args[i]
		} else {
			f.vars[p.Name] = nil
		}
	}
	e.stack = append(e.stack, ma.m)
	if !site.Pos.IsZero() {
		e.via = append(e.via, site)
	}
	saved, savedAt := e.stmt, e.at
	e.block(f, e.b.body(ma))
	e.stmt, e.at = saved, savedAt
	if !site.Pos.IsZero() {
		e.via = e.via[:len(e.via)-1]
	}
	e.stack = e.stack[:len(e.stack)-1]
	return f.ret
}

func (e *evaluator) newExpr(f *frame, x *parser.New) value {
	args := make([]value, len(x.Args))
	for i, a := range x.Args {
		args[i] = e.expr(f, a)
	}
	loc := e.loc(f, x.Pos)
	if x.Body != nil {
		if cls := e.b.ix.ClassOf(x.Body); cls != nil {
			e.useClass(cls)
			return e.newObject(cls, args, false)
		}
		return nil
	}
	cls, fqn := e.b.ix.Resolve(f.cls.File, f.cls, x.Type.Name)
	if cls != nil {
		e.useClass(cls)
		return e.newObject(cls, args, true)
	}
	if v := e.newFlink(f, fqn, flinkapi.Simple(x.Type.Name), args, loc); v != nil {
		return v
	}
	if fqn == "" {
		fqn = x.Type.Name
	}
	e.escape(&parser.Call{Name: "new " + x.Type.Name}, args, loc)
	return &extV{fqn: fqn, args: args, loc: loc}
}

// testCallHook, when set (by tests), runs as each call is evaluated: it
// stands for an evaluator bug that one call triggers.
var testCallHook func(*parser.Call)

// call evaluates a method invocation.
func (e *evaluator) call(f *frame, x *parser.Call) value {
	e.at = e.loc(f, x.Pos)
	if testCallHook != nil {
		testCallHook(x)
	}
	var recv value
	sup, isSuper := e.superTarget(f, x.Recv)
	if x.Recv != nil && !isSuper {
		recv = e.expr(f, x.Recv)
	}
	args := make([]value, len(x.Args))
	for i, a := range x.Args {
		args[i] = e.expr(f, a)
	}
	loc := e.loc(f, x.NamePos)
	e.curCall = e.loc(f, x.Pos)
	e.curCause, e.curArg = nil, parser.Location{}
	e.curIns = nil
	if len(x.Args) > 0 {
		switch x.Name {
		case "fromSource", "addSource":
			e.curArg, e.curArgWhat = e.loc(f, x.Args[0].Span()), "the source keeps its split and offset state"
		case "sinkTo", "addSink":
			e.curArg, e.curArgWhat = e.loc(f, x.Args[0].Span()), "the sink keeps its writer and committer state"
		}
	}
	if isSuper {
		// super.m() and Outer.super.m() name one method: no virtual
		// dispatch (that would run this class's override again).
		if m, ok := e.superMethod(sup, x.Name, len(args)); ok {
			return e.invoke(m, sup.this, args, loc)
		}
		return nil
	}
	switch r := recv.(type) {
	case *envV, *streamV, *ckptV, *execV, *confV:
		return e.flinkCall(f, r, x, args, loc)
	case *optionV:
		return r // ConfigOptions.key(..).intType().defaultValue(..)
	case *objV:
		if v, ok := e.projectCall(r.cls, r, x, args, loc); ok {
			return v
		}
		e.escape(x, args, loc)
		return nil
	case *classV:
		if r.cls != nil {
			if v, ok := e.projectCall(r.cls, nil, x, args, loc); ok {
				return v
			}
			e.escape(x, args, loc)
			return nil
		}
		v := e.staticFlink(f, r, x, args, loc)
		if v == nil {
			e.escape(x, args, loc)
		}
		return v
	case *patternV:
		return r
	case *tableEnvV:
		e.escape(x, args, loc)
		return e.tableEnvCall(r, x)
	case *sinkBuilderV:
		return e.sinkBuilderCall(r, x, args, loc)
	case *sinkFactsV:
		if x.Name == "enableCompact" {
			r.parts = SinkPartsUnknown
		}
		return r.call(x.Name, args, loc) // KafkaSink.builder()....build()
	case *sinkHashesV:
		return e.sinkHashesCall(r, x, args, loc)
	case *propsV:
		return r.call(x.Name, args, loc)
	case *durV:
		switch x.Name {
		case "toMillis", "toMilliseconds":
			return &intV{n: r.ms}
		}
		return nil
	case *enumV:
		if r.typ == "TimeUnit" && x.Name == "toMillis" {
			if n, ok := firstArg(args).(*intV); ok {
				mult := map[string]int64{"MILLISECONDS": 1, "SECONDS": 1000, "MINUTES": 60000, "HOURS": 3600000, "DAYS": 86400000}[r.name]
				if mult > 0 {
					return &intV{n: n.n * mult}
				}
			}
		}
		if x.Name == "name" || x.Name == "toString" {
			return &strV{s: r.name, known: true}
		}
		return nil
	case *strV:
		return strMethod(r, x.Name, args)
	case *listV:
		switch x.Name {
		case "size":
			return &intV{n: int64(len(r.elems))}
		case "get":
			return listGet(r, firstArg(args))
		case "isEmpty":
			return &boolV{b: len(r.elems) == 0}
		}
		return nil
	case *intV, *extV:
		e.escape(x, args, loc)
		return e.valueMethod(recv, x.Name, args)
	case nil:
		if x.Recv == nil {
			// Unqualified: a method of this class or an enclosing one, or a
			// static import.
			for c := f.cls; c != nil; c = c.Outer {
				this := f.this
				if c != f.cls {
					this = nil
				}
				if v, ok := e.projectCall(c, this, x, args, loc); ok {
					return v
				}
			}
			if owner := e.b.ix.ResolveStatic(f.cls.File, x.Name); owner != "" {
				if cls := e.b.ix.Class(owner); cls != nil {
					// A statically imported project method.
					if v, ok := e.projectCall(cls, nil, x, args, loc); ok {
						return v
					}
				}
				v := e.staticFlink(f, &classV{fqn: owner}, x, args, loc)
				if v == nil {
					e.escape(x, args, loc)
				}
				return v
			}
		}
		e.escape(x, args, loc)
		if x.Name == "hashCode" {
			return &intV{unstable: "hashCode()"}
		}
		// Lambdas handed to non-Flink calls (forEach, Runnable, ...) may
		// build pipeline parts from captured variables.
		for _, a := range x.Args {
			if l, ok := a.(*parser.Lambda); ok && l.Body != nil {
				// Run once here; the call decides how often it runs.
				e.conds = append(e.conds, e.stmt)
				e.block(f, l.Body)
				e.popCond()
			} else if ok && l.Expr != nil {
				// Not run: say so when it uses the job's environment or
				// streams, whose operators it may add.
				e.lambdaEscape(f, l.Expr, x, loc)
			}
		}
	}
	return nil
}

// superRecv is what a super call's receiver names: the class whose
// supertypes hold the method (an interface itself for Iface.super.m()),
// and the instance the method runs on when it is tracked.
type superRecv struct {
	cls   *index.Class
	iface bool
	this  *objV
}

// superTarget recognises the receivers super and Outer.super. ok is set
// for them even when the class is not in the scan (sup.cls nil).
func (e *evaluator) superTarget(f *frame, recv parser.Expr) (sup superRecv, ok bool) {
	switch r := recv.(type) {
	case *parser.Ident:
		if r.Name == "super" {
			return superRecv{cls: f.cls, this: f.this}, true
		}
	case *parser.FieldAccess:
		if r.Name != "super" {
			return superRecv{}, false
		}
		cls, _ := e.b.ix.Resolve(f.cls.File, f.cls, parser.QualifiedName(r.X))
		sup = superRecv{cls: cls}
		if cls != nil {
			sup.iface = cls.Decl.Kind == parser.KindInterface
			if cls == f.cls {
				sup.this = f.this
			}
			// Otherwise the enclosing instance of an inner or anonymous
			// class: not tracked.
		}
		return sup, true
	}
	return superRecv{}, false
}

// superMethod finds the method a super call invokes: in the supertypes of
// sup.cls (superclass first), or in the interface itself for
// Iface.super.m(); a method with a body wins over an abstract one.
func (e *evaluator) superMethod(sup superRecv, name string, nargs int) (methodAt, bool) {
	if sup.cls == nil {
		return methodAt{}, false
	}
	var ms []index.MethodRef
	if sup.iface {
		ms = e.b.ix.FindMethods(sup.cls, name, nargs)
	} else {
		for _, s := range sup.cls.Supers {
			if ms = e.b.ix.FindMethods(s.Class, name, nargs); len(ms) > 0 {
				break
			}
		}
	}
	if len(ms) == 0 {
		return methodAt{}, false
	}
	pick := ms[0]
	for _, m := range ms {
		if m.Method.HasBody() {
			pick = m
			break
		}
	}
	return methodAt{cls: pick.Class, m: pick.Method}, true
}

// projectCall invokes a method of project class cls (virtual dispatch on
// this when known). ok is false when cls has no such method.
func (e *evaluator) projectCall(cls *index.Class, this *objV, x *parser.Call, args []value, loc parser.Location) (value, bool) {
	target := cls
	if this != nil {
		target = this.cls
	}
	ms := e.b.ix.FindMethods(target, x.Name, len(args))
	if len(ms) == 0 && target != cls {
		ms = e.b.ix.FindMethods(cls, x.Name, len(args))
	}
	if len(ms) == 0 {
		return nil, false
	}
	// Prefer a method with a body (a concrete override over an abstract one).
	pick := ms[0]
	for _, m := range ms {
		if m.Method.HasBody() {
			pick = m
			break
		}
	}
	return e.invoke(methodAt{cls: pick.Class, m: pick.Method}, this, args, loc), true
}

// strMethod folds String methods.
func strMethod(s *strV, name string, args []value) value {
	switch name {
	case "toString", "trim", "intern", "strip":
		return s
	case "toLowerCase", "toUpperCase":
		if !s.known {
			return s
		}
		if name == "toLowerCase" {
			return &strV{s: strings.ToLower(s.s), known: true, unstable: s.unstable}
		}
		return &strV{s: strings.ToUpper(s.s), known: true, unstable: s.unstable}
	case "concat":
		if len(args) == 1 {
			return binary("+", s, args[0])
		}
	case "hashCode":
		return &intV{unstable: "hashCode()"}
	}
	return nil
}

// valueMethod handles methods on integers and external objects.
func (e *evaluator) valueMethod(recv value, name string, args []value) value {
	switch r := recv.(type) {
	case *intV:
		switch name {
		case "toMillis", "toMilliseconds", "longValue", "intValue":
			return r
		case "toString":
			return asStr(r)
		}
	case *extV:
		switch flinkapi.Simple(r.fqn) {
		case "Random", "SecureRandom", "ThreadLocalRandom":
			if strings.HasPrefix(name, "next") {
				return &intV{unstable: "a random number"}
			}
		case "Date":
			return &intV{unstable: "the current time"}
		case "URI", "Path":
			if name == "toString" && len(r.args) > 0 {
				return asStr(r.args[0])
			}
		}
		if name == "toString" {
			if s := asStr(firstArg(r.args)); s != nil && flinkapi.Simple(r.fqn) == "String" {
				return s
			}
		}
	}
	if name == "hashCode" {
		return &intV{unstable: "hashCode()"}
	}
	return nil
}

func firstArg(args []value) value {
	if len(args) > 0 {
		return args[0]
	}
	return nil
}

// escape records, on the job a call's environment or stream arguments
// belong to, that the call leaves the scan.
func (e *evaluator) escape(x *parser.Call, args []value, loc parser.Location) {
	for _, a := range args {
		var j *Job
		switch a := a.(type) {
		case *envV:
			j = a.job
		case *streamV:
			j = a.job
		}
		if j == nil {
			continue
		}
		call := x.Name
		if x.Recv != nil {
			call = Render(x.Recv) + "." + x.Name
		}
		e.escapeTo(j, call, loc)
		return
	}
}

// escapeTo records an escape on j, once per location.
func (e *evaluator) escapeTo(j *Job, call string, loc parser.Location) {
	for _, esc := range j.Escapes {
		if esc.Loc == loc {
			return
		}
	}
	j.Escapes = append(j.Escapes, Escape{Call: call, Loc: loc})
}

// lambdaEscape records an escape for each job whose environment or stream
// a lambda expression that is not followed names.
func (e *evaluator) lambdaEscape(f *frame, x parser.Expr, call *parser.Call, loc parser.Location) {
	parser.Inspect(x, func(n any) bool {
		if id, ok := n.(*parser.Ident); ok {
			var j *Job
			switch v := f.vars[id.Name].(type) {
			case *envV:
				j = v.job
			case *streamV:
				j = v.job
			}
			if j != nil {
				e.escapeTo(j, "lambda given to "+call.Name, loc)
			}
		}
		return true
	})
}

func (e *evaluator) popCond() { e.conds = e.conds[:len(e.conds)-1] }

func copyVars(m map[string]value) map[string]value {
	out := make(map[string]value, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// jobAlias records that what job `to` received after the branch point
// (operators and settings past the counts) also belongs to job `from`.
type jobAlias struct {
	from, to      *Job
	ops, settings int
}

// resolveAliases gives each aliased job the operators and settings its
// partner received after the branches joined.
func (e *evaluator) resolveAliases() {
	for _, a := range e.aliases {
		if a.ops <= len(a.to.Operators) {
			a.from.Operators = append(a.from.Operators, a.to.Operators[a.ops:]...)
		}
		if a.settings <= len(a.to.Settings) {
			a.from.Settings = append(a.from.Settings, a.to.Settings[a.settings:]...)
		}
	}
}

// maxUnroll bounds the iterations of a loop that is unrolled.
const maxUnroll = 16

// unroll runs a loop's body once per iteration when the iterations are
// known and few: a for-each over a known list or array, or `for (int i =
// a; i < b; i++)` with a and b known. Operators a job creates in such a
// loop (one per topic or region) are then separate operators with their
// own uids, as in the graph Flink builds. It reports false, having done
// nothing, for any other loop.
func (e *evaluator) unroll(f *frame, s *parser.Loop) bool {
	if s.Var != nil {
		l, ok := e.expr(f, s.Iter).(*listV)
		if !ok || len(l.elems) > maxUnroll {
			return false
		}
		f.types[s.Var.Name] = s.Var.Type
		for _, el := range l.elems {
			f.vars[s.Var.Name] = el
			e.stmtEval(f, s.Body)
		}
		return true
	}
	if len(s.Init) != 1 || len(s.Update) != 1 || s.Cond == nil {
		return false
	}
	lv, ok := s.Init[0].(*parser.LocalVar)
	if !ok || lv.Init == nil {
		return false
	}
	up, ok := s.Update[0].(*parser.Unary)
	if !ok || up.Op != "++" {
		return false
	}
	if id, ok := up.X.(*parser.Ident); !ok || id.Name != lv.Name {
		return false
	}
	cond, ok := s.Cond.(*parser.Binary)
	if !ok || (cond.Op != "<" && cond.Op != "<=") {
		return false
	}
	if id, ok := cond.L.(*parser.Ident); !ok || id.Name != lv.Name {
		return false
	}
	from, ok := e.expr(f, lv.Init).(*intV)
	if !ok || from.unstable != "" {
		return false
	}
	to, ok := e.expr(f, cond.R).(*intV)
	if !ok || to.unstable != "" {
		return false
	}
	end := to.n
	if cond.Op == "<=" {
		end++
	}
	if end-from.n > maxUnroll {
		return false
	}
	f.types[lv.Name] = lv.Type
	for i := from.n; i < end; i++ {
		f.vars[lv.Name] = &intV{n: i}
		e.stmtEval(f, s.Body)
	}
	return true
}

// listGet is l.get(i) or l[i] when both are known.
func listGet(l, i value) value {
	lv, ok := l.(*listV)
	iv, ok2 := i.(*intV)
	if !ok || !ok2 || iv.unstable != "" || iv.n < 0 || iv.n >= int64(len(lv.elems)) {
		return nil
	}
	return lv.elems[iv.n]
}
