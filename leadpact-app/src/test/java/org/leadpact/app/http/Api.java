package org.leadpact.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** A real HTTP client against a running server, for tests. */
record Api(String base, HttpClient client, String token) {
    static final ObjectMapper JSON = new ObjectMapper();

    record Response(int status, String contentType, JsonNode body, Map<String, java.util.List<String>> headers) {
        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), java.util.List.of()).stream()
                    .findFirst().orElse(null);
        }
    }

    static Api on(int port, String token) {
        return new Api("http://127.0.0.1:" + port, HttpClient.newHttpClient(), token);
    }

    /** The same server, with another caller's token (null: none). */
    Api as(String otherToken) {
        return new Api(base, client, otherToken);
    }

    Response get(String path) {
        return send(authorized(HttpRequest.newBuilder(URI.create(base + path))).GET().build());
    }

    Response delete(String path) {
        return send(authorized(HttpRequest.newBuilder(URI.create(base + path))).DELETE().build());
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder b) {
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    Response post(String path, String body, String... headers) {
        HttpRequest.Builder b = authorized(HttpRequest.newBuilder(URI.create(base + path)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.build());
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = r.body().isEmpty() ? null : JSON.readTree(r.body());
            return new Response(r.statusCode(), r.headers().firstValue("content-type").orElse(""), body,
                    r.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
