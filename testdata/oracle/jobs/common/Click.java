package dev.flinklint.oraclejobs;

/** A page view on the web shop (a Flink POJO). */
public class Click {
    public String userId;
    public String page;
    public long timestamp;

    public Click() {}

    public Click(String userId, String page, long timestamp) {
        this.userId = userId;
        this.page = page;
        this.timestamp = timestamp;
    }

    @Override
    public String toString() {
        return "Click{" + userId + ", " + page + "}";
    }
}
