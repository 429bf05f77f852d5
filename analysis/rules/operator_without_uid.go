package rules

// Flink's production readiness checklist recommends a uid on every
// operator, stateless ones too: it keeps ids stable when stateful
// operators are added later and makes metrics and logs readable.

import (
	"fmt"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/settings"
)

// OperatorWithoutUID is UID005.
var OperatorWithoutUID = &analysis.Rule{
	ID:      "UID005",
	Name:    "operator-without-uid",
	Title:   "Operator without uid",
	Summary: "An operator, stateful or not, has no uid(); the checklist recommends uids on all operators.",
	Help: `Flink's production readiness checklist recommends setting a uid on every operator. Stateless
operators hold no state to restore, but giving them uids now means a later change that makes one
stateful cannot break savepoint compatibility, and named ids make the web UI, metrics and logs
readable. This rule is off by default; UID001 covers the operators whose state is at risk.

Fix: add .uid("...") to every operator.`,
	Bad: `package com.example;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Plain {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromSequence(1, 10).uid("numbers").map(x -> x + 1).print().uid("print");
        env.execute();
    }
}
`,
	Good: `package com.example;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Plain {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromSequence(1, 10).uid("numbers").map(x -> x + 1).uid("add-one").print().uid("print");
        env.execute();
    }
}
`,
	Level:     analysis.LevelNote,
	Default:   false,
	Tags:      []string{"flink", "savepoint", "maintainability"},
	Precision: "high",
	DocURL:    docBase + "ops/production_ready/#set-uuids-for-all-operators",
	Run: func(p *analysis.Pass) {
		allJobs(p, func(j *jobgraph.Job, eff *settings.Effective) {
			if isBatch(eff) {
				return
			}
			for _, o := range j.Operators {
				if o.UID == nil && !o.Internal {
					p.Report(opDiag(j, o, fmt.Sprintf("operator %q (%s) has no uid()", o.Method, o.Kind)))
				}
			}
		})
	},
}
