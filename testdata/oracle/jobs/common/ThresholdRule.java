package dev.flinklint.oraclejobs;

/** A per-sensor (or global, sensorId "*") alert threshold, broadcast to all workers. */
public class ThresholdRule {
    public String sensorId;
    public double maxTemperature;

    public ThresholdRule() {}

    public ThresholdRule(String sensorId, double maxTemperature) {
        this.sensorId = sensorId;
        this.maxTemperature = maxTemperature;
    }

    @Override
    public String toString() {
        return "ThresholdRule{" + sensorId + " <= " + maxTemperature + "}";
    }
}
