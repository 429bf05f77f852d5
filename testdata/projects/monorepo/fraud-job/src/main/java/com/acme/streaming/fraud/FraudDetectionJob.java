// fraud-job: checkpointing (interval, s3:// directory) comes from this module's nested
// config.yaml; max parallelism and the state backend from the Configuration below. Retention
// and min pause are set nowhere: RET001 and CKPT003 at the environment creation. The CEP
// pattern has a uid; the keyed broadcast-connected process() does not: UID001.
package com.acme.streaming.fraud;

import com.acme.streaming.common.KafkaConnectors;
import com.acme.streaming.common.Uids;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.cep.CEP;
import org.apache.flink.cep.functions.PatternProcessFunction;
import org.apache.flink.cep.pattern.Pattern;
import org.apache.flink.cep.pattern.conditions.SimpleCondition;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;

import java.time.Duration;
import java.util.List;
import java.util.Map;

public class FraudDetectionJob {

    public static void main(String[] args) throws Exception {
        Configuration conf = new Configuration();
        conf.set(PipelineOptions.MAX_PARALLELISM, 1024);
        conf.set(StateBackendOptions.STATE_BACKEND, "rocksdb");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf); // want "CKPT003" "RET001"

        WatermarkStrategy<Transaction> watermarks = WatermarkStrategy
                .<Transaction>forBoundedOutOfOrderness(Duration.ofSeconds(5))
                .withTimestampAssigner((tx, previous) -> tx.timestamp);

        DataStream<Transaction> transactions = env
                .fromSource(KafkaConnectors.jsonSource("card-transactions", "fraud-job", Transaction.class), watermarks, "card-transactions")
                .uid(Uids.FRAUD_TRANSACTIONS_SOURCE);

        DataStream<FraudRule> rules = env
                .fromSource(KafkaConnectors.jsonSource("fraud-rules", "fraud-job", FraudRule.class), WatermarkStrategy.noWatermarks(), "fraud-rules")
                .uid(Uids.FRAUD_RULES_SOURCE);

        KeyedStream<Transaction, String> byCard = transactions.keyBy(tx -> tx.cardId);

        Pattern<Transaction, ?> cardTesting = Pattern.<Transaction>begin("small")
                .where(SimpleCondition.of(tx -> tx.amountCents < 100))
                .timesOrMore(3)
                .followedBy("large")
                .where(SimpleCondition.of(tx -> tx.amountCents > 50_000))
                .within(Duration.ofMinutes(10));

        DataStream<FraudAlert> patternAlerts = CEP.pattern(byCard, cardTesting)
                .process(new CardTestingAlert())
                .uid(Uids.FRAUD_CARD_TESTING_CEP)
                .name("card-testing-pattern");

        BroadcastStream<FraudRule> ruleBroadcast = rules.broadcast(RuleEvaluator.RULES);

        DataStream<FraudAlert> ruleAlerts = byCard
                .connect(ruleBroadcast)
                .process(new RuleEvaluator()) // want "UID001"
                .name("evaluate-fraud-rules");

        patternAlerts
                .union(ruleAlerts)
                .sinkTo(KafkaConnectors.<FraudAlert>jsonSink("fraud-alerts", "fraud-job"))
                .uid(Uids.FRAUD_ALERTS_SINK)
                .name("fraud-alerts");

        env.execute("fraud-job");
    }

    static final class CardTestingAlert extends PatternProcessFunction<Transaction, FraudAlert> {
        @Override
        public void processMatch(Map<String, List<Transaction>> match, Context ctx, Collector<FraudAlert> out) {
            Transaction large = match.get("large").get(0);
            out.collect(new FraudAlert(large.cardId, "card testing: small charges then a large one", large.timestamp));
        }
    }
}
