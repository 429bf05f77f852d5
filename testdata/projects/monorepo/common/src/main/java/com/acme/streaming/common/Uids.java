// Operator uids of every job in the platform, kept in one place so they never change by
// accident. Constants only: nothing is reported in this file.
package com.acme.streaming.common;

public final class Uids {

    public static final String ORDERS_SOURCE = "orders-source";
    public static final String ORDERS_VALID = "orders-valid";
    public static final String ORDERS_TOTALS = "orders-totals-5m";
    public static final String ORDERS_SINK = "orders-totals-sink";

    public static final String PAYMENTS_SOURCE = "payments-source";
    public static final String PAYMENTS_VALIDATE = "payments-validate";
    public static final String PAYMENTS_HOURLY_TOTALS = "payments-hourly-totals";
    public static final String PAYMENTS_SINK = "payments-totals-sink";

    public static final String FRAUD_TRANSACTIONS_SOURCE = "fraud-transactions-source";
    public static final String FRAUD_RULES_SOURCE = "fraud-rules-source";
    public static final String FRAUD_CARD_TESTING_CEP = "fraud-card-testing-cep";
    public static final String FRAUD_ALERTS_SINK = "fraud-alerts-sink";

    private Uids() {}
}
