package rules

// Flink requires 0 < parallelism <= max parallelism <= 32768 (2^15); a
// value outside fails the job at submission, or, for a max parallelism
// below the parallelism, at the first deployment.

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/settings"
)

const maxMaxParallelism = 32768

// MaxParallelismOutOfRange is PAR002.
var MaxParallelismOutOfRange = &analysis.Rule{
	ID:      "PAR002",
	Name:    "max-parallelism-out-of-range",
	Title:   "Max parallelism out of range",
	Summary: "Max parallelism is zero, negative (other than -1), above 32768, or below the parallelism, which Flink rejects.",
	Help: `Flink accepts a max parallelism between 1 and 32768 (2^15), or -1 for "derive it". A value outside
that range, or one below the job's (or the operator's) parallelism, fails the job when it is
submitted or deployed.

Fix: choose a max parallelism at least as large as the largest parallelism the job will ever run
with, and at most 32768.`,
	Bad: `package com.example;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Sized {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(256);
        env.setMaxParallelism(128);
        env.fromSequence(1, 10).print();
        env.execute();
    }
}
`,
	Good: `package com.example;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Sized {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(256);
        env.setMaxParallelism(1024);
        env.fromSequence(1, 10).print();
        env.execute();
    }
}
`,
	Level:     analysis.LevelError,
	Default:   true,
	Tags:      []string{"flink", "correctness", "scalability"},
	Precision: "very-high",
	DocURL:    docBase + "ops/production_ready/#set-an-explicit-max-parallelism",
	Run: func(p *analysis.Pass) {
		realJobs(p, func(j *jobgraph.Job, eff *settings.Effective) {
			if v, ok := eff.Get(jobgraph.KeyMaxParallelism); ok && v.Known {
				if n, ok := parseCount(v.Value); ok {
					par, hasPar := eff.Get(jobgraph.KeyParallelism)
					pn, parKnown := parseCount(par.Value)
					switch {
					case !inRange(n):
						p.Report(atSetting(j, v, fmt.Sprintf("max parallelism %d is out of range: it must be -1 or between 1 and %d", n, maxMaxParallelism)))
					case hasPar && parKnown && n > 0 && pn > n:
						d := atSetting(j, v, fmt.Sprintf("max parallelism %d is below the job's parallelism %d (%s); Flink rejects the job", n, pn, setAt(par)))
						d.Related = settingRelated(par, "parallelism set here")
						p.Report(d)
					}
				}
			}
			for _, o := range j.Operators {
				m := o.MaxParallelism
				if m == nil || !m.Known {
					continue
				}
				switch {
				case !inRange(m.N):
					p.Report(analysis.Diagnostic{Location: m.Loc, Job: j.ID, Operator: fmt.Sprintf("%s#%d", o.Method, o.Seq),
						Message: fmt.Sprintf("max parallelism %d of operator %q is out of range: it must be -1 or between 1 and %d", m.N, o.Method, maxMaxParallelism)})
				case o.Parallelism != nil && o.Parallelism.Known && m.N > 0 && o.Parallelism.N > m.N:
					p.Report(analysis.Diagnostic{Location: m.Loc, Job: j.ID, Operator: fmt.Sprintf("%s#%d", o.Method, o.Seq),
						Message: fmt.Sprintf("max parallelism %d of operator %q is below its parallelism %d", m.N, o.Method, o.Parallelism.N)})
				}
			}
		})
	},
}

func inRange(n int64) bool { return n == -1 || n >= 1 && n <= maxMaxParallelism }

func parseCount(s string) (int64, bool) {
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	return n, err == nil
}
