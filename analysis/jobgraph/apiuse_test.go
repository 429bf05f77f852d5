package jobgraph

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// uses renders a job's API uses as "Name@line" (sorted) and its classes.
func uses(j *Job) (string, string) {
	var out []string
	for _, u := range j.APIUses {
		out = append(out, fmt.Sprintf("%s %s@%d:%d", u.Kind, u.Name, u.Loc.Pos.Line, u.Loc.Pos.Col))
	}
	sort.Strings(out)
	return strings.Join(out, "\n"), strings.Join(j.Classes, ",")
}

func TestAPIUses(t *testing.T) {
	src := `package com.acme;

import org.apache.flink.api.common.restartstrategy.RestartStrategies;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ConfigOptions;
import org.apache.flink.streaming.api.CheckpointingMode;
import org.apache.flink.streaming.api.environment.ExecutionCheckpointingOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.time.Time;
import org.apache.flink.streaming.api.functions.source.SourceFunction;

public class Old {
    public static void main(String[] args) throws Exception {
        Configuration conf = new Configuration();
        conf.setInteger("parallelism.default", 4);
        conf.setString("state.backend.type", "rocksdb");
        conf.setString(ConfigOptions.key("a.b").stringType().noDefaultValue(), "x");
        conf.set(ExecutionCheckpointingOptions.CHECKPOINTING_INTERVAL, Time.seconds(10).toDuration());
        Object restart = RestartStrategies.noRestart();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setRestartStrategy(RestartStrategies.fixedDelayRestart(3, 1000));
        env.getConfig().setRestartStrategy(null);
        env.enableCheckpointing();
        env.enableCheckpointing(1000, CheckpointingMode.EXACTLY_ONCE);
        env.enableCheckpointing(1000, org.apache.flink.core.execution.CheckpointingMode.EXACTLY_ONCE);
        env.enableCheckpointing(1000, CheckpointingMode.EXACTLY_ONCE, true);
        env.getCheckpointConfig().setCheckpointStorage("s3://b/c");
        env.getCheckpointConfig().setCheckpointingMode(CheckpointingMode.EXACTLY_ONCE);
        env.addSource(new Src()).keyBy("user").sum(1).addSink(null);
        env.fromSequence(1, 2).keyBy(0, 1).sum(1).print();
        env.fromSequence(1, 2).keyBy(x -> x).timeWindow(Time.minutes(1)).sum(1).print();
        env.fromSequence(1, 2).iterate();
        env.addSource(new SourceFunction<Long>() {
            public void run(SourceContext<Long> ctx) {}
            public void cancel() {}
        }).print();
        env.execute();
    }
}

class Src implements SourceFunction<String> {
    public void run(SourceContext<String> ctx) {}
    public void cancel() {}
}
`
	g := build(t, map[string]string{"a/Old.java": src})
	if len(g.Jobs) != 1 {
		t.Fatalf("want one job:\n%s", dump(g))
	}
	got, classes := uses(g.Jobs[0])
	t.Log("\n" + got)
	for _, want := range []string{
		"method Configuration.setInteger@15:14",
		"method Configuration.setString(ConfigOption)@17:14",
		"class ExecutionCheckpointingOptions.CHECKPOINTING_INTERVAL@18:18",
		"class Time.seconds@18:77",
		"class RestartStrategies.noRestart@19:44",
		"method StreamExecutionEnvironment.setRestartStrategy@21:13",
		"class RestartStrategies.fixedDelayRestart@21:50",
		"method ExecutionConfig.setRestartStrategy@22:25",
		"method StreamExecutionEnvironment.enableCheckpointing()@23:13",
		"method StreamExecutionEnvironment.enableCheckpointing(long, org.apache.flink.streaming.api.CheckpointingMode)@24:13",
		"method StreamExecutionEnvironment.enableCheckpointing(long, CheckpointingMode, boolean)@26:13",
		"method CheckpointConfig.setCheckpointStorage@27:35",
		"method CheckpointConfig.setCheckpointingMode@28:35",
		"method StreamExecutionEnvironment.addSource@29:13",
		"method DataStream.keyBy(String)@29:34",
		"method DataStream.addSink@29:55",
		"method DataStream.keyBy(int)@30:32",
		"method KeyedStream.timeWindow@31:46",
		"class Time.minutes@31:62",
		"method DataStream.iterate@32:32",
	} {
		if !strings.Contains(got+"\n", want+"\n") {
			t.Errorf("missing %q", want)
		}
	}
	for _, not := range []string{"@16:", "@25:", "keyBy(String)@31", "keyBy(int)@31"} {
		if strings.Contains(got, not) {
			t.Errorf("unexpected use %q", not)
		}
	}
	if classes != "com.acme.Src,com.acme.Old$1" {
		t.Errorf("classes = %q", classes)
	}
}

// TestAPIUsesInHelpers: uses in a project method are recorded on every job
// that reaches it, and on the synthetic job of an unreached helper.
func TestAPIUsesInHelpers(t *testing.T) {
	job := `package com.acme;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class A {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        Envs.configure(env);
        env.fromSequence(1, 2).print();
        env.execute();
    }
}
`
	lib := `package com.acme;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.datastream.DataStream;

class Envs {
    static void configure(StreamExecutionEnvironment env) {
        env.getCheckpointConfig().enableExternalizedCheckpoints(null);
    }
    static DataStream<Long> unused(DataStream<Long> in) {
        return in.keyBy("id").sum(1);
    }
}
`
	g := build(t, map[string]string{"A.java": job, "Envs.java": lib})
	var real, synth string
	for _, j := range g.Jobs {
		u, _ := uses(j)
		if j.Synthetic {
			synth += u
		} else {
			real += u
		}
	}
	if real != "method CheckpointConfig.enableExternalizedCheckpoints@8:35" {
		t.Errorf("real job uses = %q", real)
	}
	if synth != "method DataStream.keyBy(String)@11:19" {
		t.Errorf("synthetic job uses = %q", synth)
	}
}
