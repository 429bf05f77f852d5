// Hourly merchant total POJO. Not a job: nothing is reported in this file.
package com.acme.streaming.payments;

public class MerchantTotal {
    public String merchantId;
    public long windowEnd;
    public long payments;
    public long amountCents;

    public MerchantTotal() {}
}
