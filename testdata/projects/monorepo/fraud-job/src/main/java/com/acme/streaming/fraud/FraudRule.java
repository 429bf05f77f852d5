// A dynamic fraud rule, delivered on the fraud-rules topic and broadcast to every task.
// Not a job: nothing is reported in this file.
package com.acme.streaming.fraud;

public class FraudRule {
    public String ruleId;
    public String blockedCountry;
    public long maxAmountCents;
    public boolean active;

    public FraudRule() {}

    public boolean matches(Transaction t) {
        return active && (t.amountCents > maxAmountCents || t.country.equals(blockedCountry));
    }
}
