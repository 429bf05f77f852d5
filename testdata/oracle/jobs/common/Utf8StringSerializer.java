package dev.flinklint.oraclejobs;

import java.nio.charset.StandardCharsets;

import org.apache.flink.core.io.SimpleVersionedSerializer;

/** Serializes the project sinks' writer state and committables (plain strings). */
public class Utf8StringSerializer implements SimpleVersionedSerializer<String> {
    @Override
    public int getVersion() {
        return 1;
    }

    @Override
    public byte[] serialize(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String deserialize(int version, byte[] serialized) {
        return new String(serialized, StandardCharsets.UTF_8);
    }
}
