// Uid constants for the UID002 fixtures (folded to their values). No job: nothing reported.
package com.example.uid002;

public final class Uids {

    public static final String ENRICH = "enrich-profile";
    public static final String ORDERS_SOURCE = "orders-source";

    private Uids() {}
}
