package rules

// Two operators of one job with the same uid hash to the same operator id;
// Flink refuses to build the job graph ("Hash collision on user-specified
// ID"), so the job cannot even be submitted.

import (
	"fmt"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/settings"
)

// DuplicateUID is UID002.
var DuplicateUID = &analysis.Rule{
	ID:      "UID002",
	Name:    "duplicate-uid",
	Title:   "Duplicate uid in one job",
	Summary: "Two operators of the same job have the same uid; Flink rejects the job with a hash collision.",
	Help: `Operator uids must be unique within a job: Flink hashes each uid into the operator id and fails
job submission with "Hash collision on user-specified ID" when two operators share one. A copied
chain or a helper that sets a literal uid and is called twice are the usual causes.

flinklint compares the uids it can compute: string literals, static final constants (also from
other classes) and concatenations of them. Uids built from runtime values are never reported.

Fix: give each operator its own uid, for instance by passing a prefix into the helper.`,
	Bad: `package com.example;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Copies {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromSequence(1, 10).map(x -> x + 1).uid("step").map(x -> x * 2).uid("step").print();
        env.execute();
    }
}
`,
	Good: `package com.example;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Copies {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromSequence(1, 10).map(x -> x + 1).uid("add-one").map(x -> x * 2).uid("double").print();
        env.execute();
    }
}
`,
	Level:     analysis.LevelError,
	Default:   true,
	Tags:      []string{"flink", "savepoint", "correctness"},
	Precision: "very-high",
	DocURL:    docBase + "ops/state/savepoints/#assigning-operator-ids",
	Run: func(p *analysis.Pass) {
		allJobs(p, func(j *jobgraph.Job, _ *settings.Effective) {
			first := map[string]*jobgraph.Operator{}
			for _, o := range j.Operators {
				if o.UID == nil || !o.UID.Known || o.UID.Hash {
					continue
				}
				prev, dup := first[o.UID.Value]
				if !dup {
					first[o.UID.Value] = o
					continue
				}
				// A helper that sets a literal uid and is called twice is a
				// real collision; both findings land on the same uid call
				// and are reported once.
				d := opDiag(j, o, fmt.Sprintf("duplicate uid %q: operator %q reuses the uid of operator %q (%s:%d); Flink rejects the job with a hash collision",
					o.UID.Value, o.Method, prev.Method, base(prev.UID.Loc.Path), prev.UID.Loc.Pos.Line))
				d.Location = o.UID.Loc
				d.Related = []analysis.Related{{Location: prev.UID.Loc, Message: fmt.Sprintf("uid %q first used here", o.UID.Value)}}
				p.Report(d)
			}
		})
	},
}
