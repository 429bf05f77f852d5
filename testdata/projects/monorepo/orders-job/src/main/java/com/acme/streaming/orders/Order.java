// Order event POJO. Not a job: nothing is reported in this file.
package com.acme.streaming.orders;

public class Order {
    public String orderId;
    public String customerId;
    public String status;
    public long amountCents;
    public long createdAt;

    public Order() {}
}
