// Per-customer order total POJO. Not a job: nothing is reported in this file.
package com.acme.streaming.orders;

public class OrderTotal {
    public String customerId;
    public long orders;
    public long amountCents;

    public OrderTotal() {}
}
