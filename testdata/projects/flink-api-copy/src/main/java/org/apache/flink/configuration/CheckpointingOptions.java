// A copy of one of Flink's option classes: its fields keep the keys Flink gives them, whatever
// this file's initializers say. Nothing is reported here.
package org.apache.flink.configuration;

public class CheckpointingOptions {

    public static final Object CHECKPOINTS_DIRECTORY = null;

    private CheckpointingOptions() {}
}
