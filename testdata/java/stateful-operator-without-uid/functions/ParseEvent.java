// A RichMapFunction that uses open() only to build a parser: it obtains no state, so
// extending Rich*Function alone does not make the operator stateful. Nothing is reported here.
package com.example.uid001.functions;

import com.example.uid001.Event;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

public class ParseEvent extends RichMapFunction<String, Event> {

    private transient ObjectMapper mapper;

    @Override
    public void open(OpenContext openContext) {
        mapper = new ObjectMapper();
        getRuntimeContext().getMetricGroup().counter("parsed");
    }

    @Override
    public Event map(String json) throws Exception {
        return mapper.readValue(json, Event.class);
    }
}
