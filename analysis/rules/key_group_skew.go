package rules

// Flink spreads keyed state and keyed records over max-parallelism key
// groups and gives each subtask a contiguous range of them
// (KeyGroupRangeAssignment): ceil(M/P) key groups for M mod P subtasks and
// floor(M/P) for the rest. When P does not divide M the subtasks with one
// key group more carry proportionally more keys, state and records; the
// job runs at the pace of its busiest subtask.

import (
	"fmt"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/settings"
)

// maxSkew is the largest ratio of the busiest subtask's key groups to the
// average that KeyGroupSkew accepts.
const maxSkew = 1.25

// KeyGroupSkew is PAR003.
var KeyGroupSkew = &analysis.Rule{
	ID:      "PAR003",
	Name:    "key-group-skew",
	Title:   "Max parallelism not a multiple of the parallelism",
	Summary: "A keyed job's max parallelism is not a multiple of its parallelism, so some subtasks get one key group more than others and the busiest carries more than 1.25 times the average load.",
	Help: `Keyed state and keyed records are split into max-parallelism key groups, and each subtask owns a
contiguous range of them. With max parallelism M and parallelism P, M mod P subtasks own ceil(M/P)
key groups and the others floor(M/P). When P does not divide M the load is uneven: with parallelism
100 and max parallelism 128, 28 subtasks own two key groups and 72 own one, so 28 subtasks carry
twice the keys, state and records of the others, 1.56 times the average. The job runs at the pace
of its busiest subtasks (back-pressure, checkpoint alignment, the largest state per subtask), so
the other subtasks' capacity is wasted.

flinklint reports a keyed job (or a keyed operator with its own parallelism or max parallelism)
when both values are known, from code, config files or a manifest's job.parallelism, and the
busiest subtask carries more than 1.25 times the average. A derived max parallelism is not
checked (PAR001 asks for an explicit one).

Max parallelism cannot change once a job has state without losing that state (or rewriting the
savepoint with the State Processor API), so the fix is normally the parallelism: the message names
the nearest values on either side that keep the imbalance within 1.25 (a divisor of M keeps it
even). For a new job, choose a max parallelism with many divisors (720, 1260, 5040) or a power of
two with power-of-two parallelisms.

Fix: set the parallelism to a divisor of the max parallelism (or one the message names).`,
	Bad: `package com.example;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Counts {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(100);
        env.setMaxParallelism(128);
        env.socketTextStream("localhost", 9999).keyBy(s -> s).reduce((a, b) -> a + b).uid("counts").print();
        env.execute();
    }
}
`,
	Good: `package com.example;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Counts {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(64);
        env.setMaxParallelism(128);
        env.socketTextStream("localhost", 9999).keyBy(s -> s).reduce((a, b) -> a + b).uid("counts").print();
        env.execute();
    }
}
`,
	Level:     analysis.LevelNote,
	Default:   true,
	Tags:      []string{"flink", "parallelism", "performance"},
	Precision: "high",
	DocURL:    docBase + "dev/datastream/execution/parallel/#setting-the-maximum-parallelism",
	Run: func(p *analysis.Pass) {
		realJobs(p, func(j *jobgraph.Job, eff *settings.Effective) {
			if eff.IsBatch() {
				return
			}
			par, hasPar := eff.Get(jobgraph.KeyParallelism)
			maxp, hasMax := eff.Get(jobgraph.KeyMaxParallelism)
			jobP, jobPOK := int64(0), false
			if hasPar && par.Known {
				jobP, jobPOK = parseCount(par.Value)
			}
			jobM, jobMOK := int64(0), false
			if hasMax && maxp.Known {
				jobM, jobMOK = parseCount(maxp.Value)
			}
			jobLevel := false
			for _, o := range j.Operators {
				if !o.Keyed || o.NonParallel {
					continue
				}
				own := (o.Parallelism != nil && o.Parallelism.Known) || (o.MaxParallelism != nil && o.MaxParallelism.Known)
				if !own {
					jobLevel = true
					continue
				}
				pn, pok := jobP, jobPOK
				if o.Parallelism != nil && o.Parallelism.Known {
					pn, pok = o.Parallelism.N, true
				}
				mn, mok := jobM, jobMOK
				if o.MaxParallelism != nil && o.MaxParallelism.Known {
					mn, mok = o.MaxParallelism.N, true
				}
				if !pok || !mok {
					continue
				}
				msg, ok := skewMessage(pn, mn, "")
				if !ok {
					continue
				}
				loc := o.Loc
				if o.Parallelism != nil && o.Parallelism.Known {
					loc = o.Parallelism.Loc
				} else if o.MaxParallelism != nil && o.MaxParallelism.Known {
					loc = o.MaxParallelism.Loc
				}
				p.Report(analysis.Diagnostic{Location: loc, Job: j.ID, Operator: fmt.Sprintf("%s#%d", o.Method, o.Seq),
					Message: fmt.Sprintf("keyed operator %q: %s", o.Method, msg)})
			}
			if !jobLevel || !jobPOK || !jobMOK {
				return
			}
			msg, ok := skewMessage(jobP, jobM, fmt.Sprintf(" (%s, %s)", settingWhere(par), settingWhere(maxp)))
			if !ok {
				return
			}
			d := atSetting(j, par, msg)
			d.Related = settingRelated(maxp, fmt.Sprintf("max parallelism %d set here", jobM))
			p.Report(d)
		})
	},
}

// keyGroupSkew is the ratio of the busiest subtask's key groups to the
// average for max parallelism m and parallelism p (0 < p <= m).
func keyGroupSkew(p, m int64) float64 {
	busiest := (m + p - 1) / p
	return float64(busiest*p) / float64(m)
}

// skewMessage describes the imbalance of parallelism p over max
// parallelism m, or reports false when it is within maxSkew (or the values
// are not a pair Flink accepts: PAR002 reports those).
func skewMessage(p, m int64, where string) (string, bool) {
	if p < 1 || m < 1 || p > m || m > maxMaxParallelism {
		return "", false
	}
	ratio := keyGroupSkew(p, m)
	if ratio <= maxSkew {
		return "", false
	}
	heavy, light := m%p, p-m%p
	busiest := (m + p - 1) / p
	var good []string
	for q := p - 1; q >= 1; q-- {
		if keyGroupSkew(q, m) <= maxSkew {
			good = append(good, fmt.Sprint(q))
			break
		}
	}
	for q := p + 1; q <= m; q++ {
		if keyGroupSkew(q, m) <= maxSkew {
			good = append(good, fmt.Sprint(q))
			break
		}
	}
	fresh := ""
	if busiest*p <= maxMaxParallelism {
		fresh = fmt.Sprintf("; for a job with no state yet, max parallelism %d is a multiple", busiest*p)
	}
	return fmt.Sprintf("max parallelism %d is not a multiple of parallelism %d%s: %d subtasks own %d key groups and %d own %d, so the busiest carry %.2fx the average keys, state and records; use parallelism %s (max parallelism cannot change without losing state%s)",
		m, p, where, heavy, busiest, light, busiest-1, ratio, strings.Join(good, " or "), fresh), true
}
