// Click event POJO. Not a job: nothing is reported in this file.
package com.acme.streaming.legacy;

public class Click {
    public String sessionId;
    public String page;
    public long clicks;
    public long timestamp;

    public Click() {}

    public static Click parse(String csv) {
        String[] f = csv.split(",");
        Click c = new Click();
        c.sessionId = f[0];
        c.page = f[1];
        c.clicks = 1;
        c.timestamp = Long.parseLong(f[2]);
        return c;
    }

    public Click merge(Click other) {
        Click c = new Click();
        c.sessionId = sessionId;
        c.page = other.page;
        c.clicks = clicks + other.clicks;
        c.timestamp = Math.max(timestamp, other.timestamp);
        return c;
    }
}
