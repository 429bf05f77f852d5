package parser

// Inspect traverses the syntax below n in source order, calling f for every
// node (a *TypeDecl, *Method, *Field, Stmt or Expr). When f returns false
// the node's children are skipped. Anonymous class bodies (New.Body) and
// local classes are visited as *TypeDecl nodes; nested member types
// (TypeDecl.Nested) are visited too. Of a dropped method body (see
// skeleton.go), only the classes declared in it are visited.
func Inspect(n any, f func(any) bool) {
	if n == nil || !f(n) {
		return
	}
	switch n := n.(type) {
	case *TypeDecl:
		if n == nil {
			return
		}
		for _, x := range n.Fields {
			Inspect(x, f)
		}
		for _, x := range n.Inits {
			inspectStmt(x, f)
		}
		for _, x := range n.Methods {
			Inspect(x, f)
		}
		for _, x := range n.Nested {
			Inspect(x, f)
		}
	case *Method:
		if n.Body != nil {
			inspectStmt(n.Body, f)
		} else if n.facts != nil {
			// A dropped body: the classes declared in it remain.
			for _, t := range n.facts.Types {
				Inspect(t, f)
			}
		}
	case *Field:
		inspectExpr(n.Init, f)
	case *Block:
		for _, s := range n.Stmts {
			inspectStmt(s, f)
		}
	case *LocalVar:
		inspectExpr(n.Init, f)
	case *ExprStmt:
		inspectExpr(n.X, f)
	case *Return:
		inspectExpr(n.X, f)
	case *If:
		inspectExpr(n.Cond, f)
		inspectStmt(n.Then, f)
		inspectStmt(n.Else, f)
	case *Loop:
		for _, s := range n.Init {
			inspectStmt(s, f)
		}
		if n.Var != nil {
			inspectStmt(n.Var, f)
		}
		inspectExpr(n.Iter, f)
		inspectExpr(n.Cond, f)
		for _, x := range n.Update {
			inspectExpr(x, f)
		}
		inspectStmt(n.Body, f)
	case *Try:
		for _, s := range n.Resources {
			inspectStmt(s, f)
		}
		if n.Body != nil {
			inspectStmt(n.Body, f)
		}
		for _, b := range n.Catches {
			inspectStmt(b, f)
		}
		if n.Finally != nil {
			inspectStmt(n.Finally, f)
		}
	case *Switch:
		inspectExpr(n.X, f)
		for _, s := range n.Bodies {
			inspectStmt(s, f)
		}
	case *LocalClass:
		Inspect(n.Decl, f)
	case *OtherStmt:
		for _, x := range n.Exprs {
			inspectExpr(x, f)
		}
	case *Call:
		inspectExpr(n.Recv, f)
		for _, a := range n.Args {
			inspectExpr(a, f)
		}
	case *New:
		for _, a := range n.Args {
			inspectExpr(a, f)
		}
		if n.Body != nil {
			Inspect(n.Body, f)
		}
	case *Lambda:
		if n.Body != nil {
			inspectStmt(n.Body, f)
		}
		inspectExpr(n.Expr, f)
	case *MethodRef:
		inspectExpr(n.Recv, f)
	case *FieldAccess:
		inspectExpr(n.X, f)
	case *Binary:
		inspectExpr(n.L, f)
		inspectExpr(n.R, f)
	case *Unary:
		inspectExpr(n.X, f)
	case *Assign:
		inspectExpr(n.L, f)
		inspectExpr(n.R, f)
	case *Cond:
		inspectExpr(n.C, f)
		inspectExpr(n.A, f)
		inspectExpr(n.B, f)
	case *Cast:
		inspectExpr(n.X, f)
	case *ArrayInit:
		for _, e := range n.Elems {
			inspectExpr(e, f)
		}
	case *Index:
		inspectExpr(n.X, f)
		inspectExpr(n.I, f)
	case *InstanceOf:
		inspectExpr(n.X, f)
	case *SwitchExpr:
		inspectExpr(n.X, f)
		for _, e := range n.Results {
			inspectExpr(e, f)
		}
	}
}

// inspectStmt and inspectExpr avoid passing typed nil interfaces to Inspect.
func inspectStmt(s Stmt, f func(any) bool) {
	switch s := s.(type) {
	case nil:
	case *Block:
		if s != nil {
			Inspect(s, f)
		}
	default:
		Inspect(s, f)
	}
}

func inspectExpr(e Expr, f func(any) bool) {
	if e != nil {
		Inspect(e, f)
	}
}
