// Helper that assigns uid and name to an operator passed in; used by UidHelperMethodJobSilent.
// It creates no operator: nothing is reported in this file.
package com.example.uid001;

import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

public final class OperatorIds {

    private OperatorIds() {}

    public static void assign(SingleOutputStreamOperator<?> operator, String id) {
        operator.uid(id).name(id);
    }
}
