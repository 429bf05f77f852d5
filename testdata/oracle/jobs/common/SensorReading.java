package dev.flinklint.oraclejobs;

/** A temperature reading from a sensor in a warehouse (a Flink POJO). */
public class SensorReading {
    public String sensorId;
    public double temperature;
    public long timestamp;

    public SensorReading() {}

    public SensorReading(String sensorId, double temperature, long timestamp) {
        this.sensorId = sensorId;
        this.temperature = temperature;
        this.timestamp = timestamp;
    }

    @Override
    public String toString() {
        return "SensorReading{" + sensorId + ", " + temperature + "}";
    }
}
