// Alert POJO. Not a job: nothing is reported in this file.
package com.acme.streaming.fraud;

public class FraudAlert {
    public String cardId;
    public String reason;
    public long timestamp;

    public FraudAlert() {}

    public FraudAlert(String cardId, String reason, long timestamp) {
        this.cardId = cardId;
        this.reason = reason;
        this.timestamp = timestamp;
    }
}
