// An async lookup function used with AsyncDataStream in AsyncJob. It keeps no state of its
// own; the async operator checkpoints in-flight records. Nothing is reported in this file.
package com.example.uid001.functions;

import com.example.uid001.Event;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.async.ResultFuture;
import org.apache.flink.streaming.api.functions.async.RichAsyncFunction;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;

public class ProfileLookup extends RichAsyncFunction<Event, String> {

    private transient HttpClient client;

    @Override
    public void open(OpenContext openContext) {
        client = HttpClient.newHttpClient();
    }

    @Override
    public void asyncInvoke(Event input, ResultFuture<String> resultFuture) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://profiles/users/" + input.userId)).build();
        client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenAccept(response -> resultFuture.complete(Collections.singleton(response.body())));
    }
}
