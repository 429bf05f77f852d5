package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.Partitioner;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Every explicit partitioning: rebalance, rescale, shuffle, broadcast, global, forward, partitionCustom. */
// oracle: run
public class PartitionerShowcase {

    static class ByCustomerNumber implements Partitioner<String> {
        @Override
        public int partition(String customerId, int numPartitions) {
            return Math.abs(customerId.hashCode()) % numPartitions;
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Order> orders = env
                .fromSource(DemoSources.orders(40), WatermarkStrategy.noWatermarks(), "orders")
                .setParallelism(1);

        orders.rebalance().map(o -> o.orderId).name("after rebalance").print();
        orders.rescale().map(o -> o.amount).name("after rescale").setParallelism(2).print();
        orders.shuffle().filter(o -> o.amount > 20).name("after shuffle").print();
        orders.broadcast().map(o -> o.product).name("after broadcast").print();
        orders.global().map(o -> o.customerId).name("after global").print();
        orders.forward().map(o -> o.timestamp).name("after forward").setParallelism(1).print();
        orders.partitionCustom(new ByCustomerNumber(), o -> o.customerId)
                .map(o -> o.customerId + ":" + o.orderId)
                .name("after custom partitioner")
                .print();

        env.execute("partitioner showcase");
    }
}
