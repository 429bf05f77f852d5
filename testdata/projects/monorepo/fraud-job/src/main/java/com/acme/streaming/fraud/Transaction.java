// Card transaction POJO. Not a job: nothing is reported in this file.
package com.acme.streaming.fraud;

public class Transaction {
    public String transactionId;
    public String cardId;
    public String merchantCategory;
    public String country;
    public long amountCents;
    public long timestamp;

    public Transaction() {}
}
