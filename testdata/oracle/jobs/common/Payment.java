package dev.flinklint.oraclejobs;

/** A card payment for an order (a Flink POJO). */
public class Payment {
    public long paymentId;
    public long orderId;
    public String accountId;
    public double amount;
    public long timestamp;

    public Payment() {}

    public Payment(long paymentId, long orderId, String accountId, double amount, long timestamp) {
        this.paymentId = paymentId;
        this.orderId = orderId;
        this.accountId = accountId;
        this.amount = amount;
        this.timestamp = timestamp;
    }

    @Override
    public String toString() {
        return "Payment{" + paymentId + ", order " + orderId + ", " + accountId + ", " + amount + "}";
    }
}
