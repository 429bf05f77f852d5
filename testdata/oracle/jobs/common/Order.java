package dev.flinklint.oraclejobs;

/** An order placed in the web shop (a Flink POJO). */
public class Order {
    public long orderId;
    public String customerId;
    public String product;
    public double amount;
    public long timestamp;

    public Order() {}

    public Order(long orderId, String customerId, String product, double amount, long timestamp) {
        this.orderId = orderId;
        this.customerId = customerId;
        this.product = product;
        this.amount = amount;
        this.timestamp = timestamp;
    }

    @Override
    public String toString() {
        return "Order{" + orderId + ", " + customerId + ", " + product + ", " + amount + "}";
    }
}
