// Shared POJOs for the UID001 fixtures. No job and no operator here: nothing is reported.
package com.example.uid001;

public class Event {
    public String userId;
    public String type;
    public String currency;
    public long amount;
    public long timestamp;

    public Event() {}

    public Event(String userId, String type, String currency, long amount, long timestamp) {
        this.userId = userId;
        this.type = type;
        this.currency = currency;
        this.amount = amount;
        this.timestamp = timestamp;
    }

    public static Event parse(String line) {
        String[] f = line.split(",");
        return new Event(f[0], f[1], f[2], Long.parseLong(f[3]), Long.parseLong(f[4]));
    }

    public Event merge(Event other) {
        return new Event(userId, other.type, other.currency, amount + other.amount, Math.max(timestamp, other.timestamp));
    }

    public Event normalize() {
        return new Event(userId.toLowerCase(), type, currency, amount, timestamp);
    }

    public String toJson() {
        return "{\"userId\":\"" + userId + "\",\"type\":\"" + type + "\",\"amount\":" + amount + "}";
    }

    @Override
    public String toString() {
        return userId + ":" + type + ":" + amount;
    }
}
