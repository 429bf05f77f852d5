// UID001: CEP.pattern(...) followed by select/process/flatSelect keeps NFA state and timers.
// The finding is on the .select(/.process(/.flatSelect( line, also when the PatternStream is
// held in a variable first. CEP.pattern(...) and the Pattern builder (begin, where, next,
// within) are not operators. The CEP process() with uid() is silent.
package com.example.uid001;

import org.apache.flink.cep.CEP;
import org.apache.flink.cep.PatternFlatSelectFunction;
import org.apache.flink.cep.PatternSelectFunction;
import org.apache.flink.cep.PatternStream;
import org.apache.flink.cep.functions.PatternProcessFunction;
import org.apache.flink.cep.pattern.Pattern;
import org.apache.flink.cep.pattern.conditions.SimpleCondition;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;

import java.time.Duration;
import java.util.List;
import java.util.Map;

public class CepJob {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Event> logins = env
                .fromSource(KafkaConnectors.events("logins"), KafkaConnectors.watermarks(), "logins")
                .uid("logins-source");

        KeyedStream<Event, String> byUser = logins.keyBy(e -> e.userId);

        Pattern<Event, ?> bruteForce = Pattern.<Event>begin("failures")
                .where(SimpleCondition.of(e -> "login_failed".equals(e.type)))
                .timesOrMore(3)
                .next("success")
                .where(SimpleCondition.of(e -> "login_ok".equals(e.type)))
                .within(Duration.ofMinutes(5));

        DataStream<Alert> selected = CEP.pattern(byUser, bruteForce)
                .select(new ToAlert()); // want "UID001"

        PatternStream<Event> matches = CEP.pattern(byUser, bruteForce);
        DataStream<Alert> processed = matches
                .process(new AlertOnMatch()); // want "UID001"

        DataStream<Alert> flattened = CEP.pattern(byUser, bruteForce)
                .flatSelect(new ToAlerts()); // want "UID001"

        DataStream<Alert> processedWithUid = CEP.pattern(byUser, bruteForce)
                .process(new AlertOnMatch())
                .uid("brute-force-cep");

        selected.union(processed, flattened, processedWithUid).print();

        env.execute("cep");
    }

    public static class ToAlert implements PatternSelectFunction<Event, Alert> {
        @Override
        public Alert select(Map<String, List<Event>> match) {
            Event success = match.get("success").get(0);
            return new Alert(success.userId, "login after repeated failures", success.timestamp);
        }
    }

    public static class ToAlerts implements PatternFlatSelectFunction<Event, Alert> {
        @Override
        public void flatSelect(Map<String, List<Event>> match, Collector<Alert> out) {
            for (Event failure : match.get("failures")) {
                out.collect(new Alert(failure.userId, "failed login", failure.timestamp));
            }
        }
    }

    public static class AlertOnMatch extends PatternProcessFunction<Event, Alert> {
        @Override
        public void processMatch(Map<String, List<Event>> match, Context ctx, Collector<Alert> out) {
            Event success = match.get("success").get(0);
            out.collect(new Alert(success.userId, "brute force", ctx.timestamp()));
        }
    }
}
