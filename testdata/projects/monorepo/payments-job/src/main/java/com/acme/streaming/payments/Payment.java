// Payment event POJO. Not a job: nothing is reported in this file.
package com.acme.streaming.payments;

public class Payment {
    public String paymentId;
    public String merchantId;
    public String currency;
    public long amountCents;
    public long timestamp;

    public Payment() {}
}
