package rules

// Flink maps the state in a savepoint to operators by their uid. Without an
// explicit uid, Flink derives one from the operator's position in the job
// graph, so adding, removing or reordering any operator upstream changes the
// id and the savepoint can no longer be restored ("Cannot map
// checkpoint/savepoint state for operator ...").

import (
	"fmt"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/settings"
)

// StatefulOperatorWithoutUID is UID001.
var StatefulOperatorWithoutUID = &analysis.Rule{
	ID:      "UID001",
	Name:    "stateful-operator-without-uid",
	Title:   "Stateful operator without uid",
	Summary: "A stateful operator has no uid(), so its state cannot be mapped from a savepoint once the job graph changes.",
	Help: `Flink stores each operator's state in checkpoints and savepoints under the operator's id.
When no uid is set, the id is generated from the operator's position in the job graph: adding,
removing or reordering an operator, or changing chaining, gives the stateful operators downstream
new ids, and the next restore fails with "Cannot map checkpoint/savepoint state for operator ...",
or silently drops that state with --allowNonRestoredState.

flinklint counts as stateful: sources (fromSource, addSource, file sources), keyed aggregations,
process on keyed streams, windows, joins, CEP, async I/O, Sink V2 and legacy sinks, custom
operators, and any function whose class obtains state (getState and friends, state descriptors,
CheckpointedFunction, broadcast state, keyed timers), also through base classes in other files.

Fix: call .uid("a-stable-name") on the value the operator call returns, in the same chain or
later on the variable that holds it. Keep uids stable for the lifetime of the job.`,
	Bad: `package com.example;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

public class OrderTotals {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromSource(KafkaSource.<Order>builder().build(), WatermarkStrategy.noWatermarks(), "orders")
            .keyBy(o -> o.customerId)
            .window(TumblingEventTimeWindows.of(Duration.ofMinutes(5)))
            .aggregate(new SumAmount())
            .print();
        env.execute("order-totals");
    }
}
`,
	Good: `package com.example;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

public class OrderTotals {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromSource(KafkaSource.<Order>builder().build(), WatermarkStrategy.noWatermarks(), "orders")
            .uid("orders-source")
            .keyBy(o -> o.customerId)
            .window(TumblingEventTimeWindows.of(Duration.ofMinutes(5)))
            .aggregate(new SumAmount())
            .uid("order-totals-window")
            .print();
        env.execute("order-totals");
    }
}
`,
	Level:     analysis.LevelWarning,
	Default:   true,
	Tags:      []string{"flink", "state", "savepoint", "correctness"},
	Precision: "high",
	DocURL:    docBase + "ops/production_ready/#set-uuids-for-all-operators",
	Run: func(p *analysis.Pass) {
		allJobs(p, func(j *jobgraph.Job, eff *settings.Effective) {
			if isBatch(eff) {
				return
			}
			namer := newUIDNamer(j)
			for _, o := range j.Operators {
				// Internal operators (a file source's monitor) cannot take a uid.
				if !o.Stateful || o.UID != nil || o.Internal {
					continue
				}
				d := opDiag(j, o, fmt.Sprintf("stateful operator %q has no uid(): %s; savepoints cannot be mapped after the job changes", o.Method, o.Reason))
				d.Related = evidence(o)
				d.Fixes = uidFix(j, o, namer)
				d.Flow = flow(j, o)
				p.Report(d)
			}
		})
	},
}
