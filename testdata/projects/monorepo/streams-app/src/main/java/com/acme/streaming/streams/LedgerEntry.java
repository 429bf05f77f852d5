// Domain object with its own uid() builder method. These uid calls (random and duplicated
// values) are not Flink operator uids: nothing is reported in this file.
package com.acme.streaming.streams;

import java.util.UUID;

public final class LedgerEntry {

    private final String uid;
    private final String account;
    private final long amountCents;
    private final long timestamp;

    private LedgerEntry(Builder b) {
        this.uid = b.uid;
        this.account = b.account;
        this.amountCents = b.amountCents;
        this.timestamp = b.timestamp;
    }

    public String uid() {
        return uid;
    }

    public String account() {
        return account;
    }

    public long amountCents() {
        return amountCents;
    }

    public long timestamp() {
        return timestamp;
    }

    public static LedgerEntry credit(String account, long amountCents) {
        return new Builder()
                .uid(UUID.randomUUID().toString())
                .account(account)
                .amountCents(amountCents)
                .timestamp(System.currentTimeMillis())
                .build();
    }

    public static LedgerEntry opening(String account) {
        return new Builder()
                .uid("opening")
                .account(account)
                .build();
    }

    public static LedgerEntry closing(String account) {
        return new Builder()
                .uid("opening")
                .account(account)
                .build();
    }

    public static final class Builder {
        private String uid;
        private String account;
        private long amountCents;
        private long timestamp;

        public Builder uid(String uid) {
            this.uid = uid;
            return this;
        }

        public Builder account(String account) {
            this.account = account;
            return this;
        }

        public Builder amountCents(long amountCents) {
            this.amountCents = amountCents;
            return this;
        }

        public Builder timestamp(long timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        public LedgerEntry build() {
            return new LedgerEntry(this);
        }
    }
}
