// Evaluates the broadcast rules against each card's transactions: broadcast state for the
// rules, keyed ValueState for the last alert time. Nothing is reported in this file; the
// operator running it is in FraudDetectionJob.
package com.acme.streaming.fraud;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;

import java.util.Map;

public class RuleEvaluator extends KeyedBroadcastProcessFunction<String, Transaction, FraudRule, FraudAlert> {

    public static final MapStateDescriptor<String, FraudRule> RULES =
            new MapStateDescriptor<>("fraud-rules", Types.STRING, TypeInformation.of(FraudRule.class));

    private static final long ALERT_COOLDOWN_MS = 60_000L;

    private transient ValueState<Long> lastAlert;

    @Override
    public void open(OpenContext openContext) {
        lastAlert = getRuntimeContext().getState(new ValueStateDescriptor<>("last-alert", Types.LONG));
    }

    @Override
    public void processElement(Transaction tx, ReadOnlyContext ctx, Collector<FraudAlert> out) throws Exception {
        ReadOnlyBroadcastState<String, FraudRule> rules = ctx.getBroadcastState(RULES);
        for (Map.Entry<String, FraudRule> rule : rules.immutableEntries()) {
            if (rule.getValue().matches(tx)) {
                Long last = lastAlert.value();
                if (last == null || tx.timestamp - last > ALERT_COOLDOWN_MS) {
                    lastAlert.update(tx.timestamp);
                    out.collect(new FraudAlert(tx.cardId, "rule " + rule.getKey(), tx.timestamp));
                }
            }
        }
    }

    @Override
    public void processBroadcastElement(FraudRule rule, Context ctx, Collector<FraudAlert> out) throws Exception {
        BroadcastState<String, FraudRule> rules = ctx.getBroadcastState(RULES);
        if (rule.active) {
            rules.put(rule.ruleId, rule);
        } else {
            rules.remove(rule.ruleId);
        }
    }
}
