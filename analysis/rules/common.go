package rules

import (
	"fmt"
	"path"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/settings"
	"github.com/flinklint/flinklint/parser"
)

const docBase = "https://nightlies.apache.org/flink/flink-docs-stable/docs/"

// realJobs calls fn for every job that has an environment (not a synthetic
// library-helper job), with its effective settings.
func realJobs(p *analysis.Pass, fn func(j *jobgraph.Job, eff *settings.Effective)) {
	for j := range p.Jobs() {
		if j.Synthetic {
			continue
		}
		if eff := p.Program.Settings(j); eff != nil {
			fn(j, eff)
		}
	}
}

// allJobs calls fn for every job; eff is nil for synthetic jobs.
func allJobs(p *analysis.Pass, fn func(j *jobgraph.Job, eff *settings.Effective)) {
	for j := range p.Jobs() {
		fn(j, p.Program.Settings(j))
	}
}

func isBatch(eff *settings.Effective) bool { return eff != nil && eff.IsBatch() }

// firstStateful returns the job's first stateful operator, or nil.
func firstStateful(j *jobgraph.Job) *jobgraph.Operator {
	for _, o := range j.Operators {
		if o.Stateful {
			return o
		}
	}
	return nil
}

// evidence turns an operator's state evidence into related locations.
func evidence(o *jobgraph.Operator) []analysis.Related {
	var out []analysis.Related
	for _, e := range o.Evidence {
		out = append(out, analysis.Related{Location: e.Loc, Message: e.What})
	}
	return out
}

// statefulRelated points a job-level finding at the operator that makes the
// job stateful.
func statefulRelated(o *jobgraph.Operator) []analysis.Related {
	if o == nil {
		return nil
	}
	return []analysis.Related{{Location: o.Loc, Message: fmt.Sprintf("stateful operator %q: %s", o.Method, o.Reason)}}
}

// setAt says where a setting was made, for messages: "OrdersJob.java:12".
func setAt(v settings.Value) string {
	return fmt.Sprintf("%s:%d", base(v.Loc.Path), v.Loc.Pos.Line)
}

// settingWhere says where a setting comes from, for messages:
// "env.setParallelism at Job.java:12", "config.yaml:3", "the Kubernetes
// operator's default for deployment.yaml:2".
func settingWhere(v settings.Value) string {
	switch {
	case v.Loc.Path == "":
		return v.Origin
	case v.Source == settings.FromCode:
		return v.Origin + " at " + setAt(v)
	case v.Source == settings.FromOperatorDefault:
		return "the Kubernetes operator's default for " + setAt(v)
	}
	return setAt(v)
}

func settingRelated(v settings.Value, msg string) []analysis.Related {
	return []analysis.Related{{Location: v.Loc, Message: msg}}
}

// base is the file name of a root-relative slash path.
func base(p string) string { return path.Base(p) }

// lineOne is where a finding about a whole file goes: its first line.
func lineOne(file string) parser.Location {
	return parser.Location{Path: file, Pos: parser.Pos{Line: 1, Col: 1, EndLine: 1, EndCol: 2}}
}

// opDiag is a finding on an operator's method name token.
func opDiag(j *jobgraph.Job, o *jobgraph.Operator, msg string) analysis.Diagnostic {
	return analysis.Diagnostic{Location: o.Loc, Message: msg, Job: j.ID, Operator: fmt.Sprintf("%s#%d", o.Method, o.Seq)}
}

// jobDiag is a job-level finding on the environment-creation call.
func jobDiag(j *jobgraph.Job, msg string) analysis.Diagnostic {
	return analysis.Diagnostic{Location: j.Env, Message: msg, Job: j.ID}
}

// atSetting is a finding where a setting was made.
func atSetting(j *jobgraph.Job, v settings.Value, msg string) analysis.Diagnostic {
	return analysis.Diagnostic{Location: v.Loc, Message: msg, Job: j.ID}
}

// flow traces an operator whose chain crosses methods back to its job's
// environment: the environment, each call the stream flows through, then
// the operator. Nil when the chain stays in one method.
func flow(j *jobgraph.Job, o *jobgraph.Operator) []analysis.Related {
	if len(o.Via) == 0 {
		return nil
	}
	var out []analysis.Related
	if !j.Synthetic {
		out = append(out, analysis.Related{Location: j.Env, Message: "the job's StreamExecutionEnvironment is obtained here"})
	}
	for _, v := range o.Via {
		out = append(out, analysis.Related{Location: v, Message: "the pipeline continues in this call"})
	}
	return append(out, analysis.Related{Location: o.Loc, Message: fmt.Sprintf("stateful operator %q is added here", o.Method)})
}

// andList joins words for messages: "a", "a and b", "a, b and c".
func andList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}
