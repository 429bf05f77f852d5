package rules

// A uid that changes on every run gives the operator a new id on every
// submission: its state in the savepoint never matches again, which is
// worse than having no uid at all.

import (
	"fmt"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/settings"
)

// UnstableUID is UID003.
var UnstableUID = &analysis.Rule{
	ID:      "UID003",
	Name:    "unstable-uid",
	Title:   "Uid computed from a value that changes between runs",
	Summary: "A uid is computed from a random UUID, the current time, a random number or a hashCode(), so it differs on every run and savepoint state is never restored.",
	Help: `A uid must be the same every time the job is submitted: it is how Flink finds the operator's
state in a savepoint. A uid built from UUID.randomUUID(), System.currentTimeMillis(), Instant.now(),
a Random, or an object's hashCode() changes on every run, so the state of the operator is never
restored (and with --allowNonRestoredState it is silently dropped).

Fix: use a literal or a constant, optionally with a stable prefix such as the job name.`,
	Bad: `package com.example;

import java.util.UUID;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class RandomIds {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromSequence(1, 10).map(x -> x + 1).uid(UUID.randomUUID().toString()).print();
        env.execute();
    }
}
`,
	Good: `package com.example;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class RandomIds {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromSequence(1, 10).map(x -> x + 1).uid("add-one").print();
        env.execute();
    }
}
`,
	Level:     analysis.LevelWarning,
	Default:   true,
	Tags:      []string{"flink", "savepoint", "correctness"},
	Precision: "very-high",
	DocURL:    docBase + "ops/state/savepoints/#assigning-operator-ids",
	Run: func(p *analysis.Pass) {
		allJobs(p, func(j *jobgraph.Job, eff *settings.Effective) {
			if isBatch(eff) {
				return
			}
			for _, o := range j.Operators {
				if o.UID == nil || o.UID.Unstable == "" {
					continue
				}
				d := opDiag(j, o, fmt.Sprintf("uid of operator %q is computed from %s, which changes on every run; its savepoint state will never be restored", o.Method, o.UID.Unstable))
				d.Location = o.UID.Loc
				p.Report(d)
			}
		})
	},
}
