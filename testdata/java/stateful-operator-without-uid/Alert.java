// Shared POJO for the UID001 fixtures. No job and no operator here: nothing is reported.
package com.example.uid001;

public class Alert {
    public String userId;
    public String reason;
    public long timestamp;

    public Alert() {}

    public Alert(String userId, String reason, long timestamp) {
        this.userId = userId;
        this.reason = reason;
        this.timestamp = timestamp;
    }
}
