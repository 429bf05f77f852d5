// UID001: operators that are not stateful by kind (map/flatMap) become stateful through their
// function: a CheckpointedFunction (BufferingMapper, on a non-keyed stream), state inherited
// from an abstract base class in another package (CurrencyEnricher), and an anonymous
// RichMapFunction declaring ValueState inline. The same DedupFunction with uid() is silent.
package com.example.uid001;

import com.example.uid001.functions.BufferingMapper;
import com.example.uid001.functions.CurrencyEnricher;
import com.example.uid001.functions.DedupFunction;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class UserFunctionsJob {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Event> events = env
                .fromSource(KafkaConnectors.events("transactions"), KafkaConnectors.watermarks(), "transactions")
                .uid("transactions-source");

        DataStream<Event> counted = events
                .map(new BufferingMapper()); // want "UID001"

        KeyedStream<Event, String> byCurrency = counted.keyBy(e -> e.currency);

        DataStream<Event> converted = byCurrency
                .map(new CurrencyEnricher()); // want "UID001"

        DataStream<Long> perUserCount = converted
                .keyBy(e -> e.userId)
                .map(new RichMapFunction<Event, Long>() { // want "UID001"
                    private transient ValueState<Long> count;

                    @Override
                    public void open(OpenContext openContext) {
                        count = getRuntimeContext().getState(new ValueStateDescriptor<>("count", Types.LONG));
                    }

                    @Override
                    public Long map(Event value) throws Exception {
                        long next = count.value() == null ? 1L : count.value() + 1;
                        count.update(next);
                        return next;
                    }
                });

        DataStream<Event> unique = converted
                .keyBy(e -> e.userId)
                .flatMap(new DedupFunction())
                .uid("dedup-converted");

        perUserCount.print();
        unique.print();

        env.execute("user-functions");
    }
}
