package org.leadpact.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A real HTTP client against a running server, for tests, calling with a token (or none). It keeps
 * every exchange, so a test can check afterwards that each answer is one the OpenAPI description promises.
 */
record Api(String base, HttpClient client, String token, List<Exchange> exchanges) {
    static final ObjectMapper JSON = new ObjectMapper();

    /** @param body the JSON body, or null when the answer is not JSON ({@code text} has it) */
    record Response(int status, String contentType, JsonNode body, String text, Map<String, List<String>> headers) {
        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream().findFirst().orElse(null);
        }
    }

    /** A request made and the answer to it; {@code path} includes any query string. */
    record Exchange(String method, String path, Response response) {
    }

    static Api on(int port, String token) {
        return new Api("http://127.0.0.1:" + port, HttpClient.newHttpClient(), token,
                Collections.synchronizedList(new ArrayList<>()));
    }

    /** The same server and exchange record, with another caller's token (null: none). */
    Api as(String otherToken) {
        return new Api(base, client, otherToken, exchanges);
    }

    Response get(String path) {
        return send(path, authorized(HttpRequest.newBuilder(URI.create(base + path))).GET().build());
    }

    Response delete(String path) {
        return send(path, authorized(HttpRequest.newBuilder(URI.create(base + path))).DELETE().build());
    }

    Response post(String path, String body, String... headers) {
        return post(path, HttpRequest.BodyPublishers.ofString(body), headers);
    }

    Response post(String path, HttpRequest.BodyPublisher body, String... headers) {
        HttpRequest.Builder b = authorized(HttpRequest.newBuilder(URI.create(base + path))).POST(body)
                .header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(path, b.build());
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder b) {
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private Response send(String path, HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            String contentType = r.headers().firstValue("content-type").orElse("");
            JsonNode body = r.body().isEmpty() || !contentType.contains("json") ? null : JSON.readTree(r.body());
            Response response = new Response(r.statusCode(), contentType, body, r.body(), r.headers().map());
            exchanges.add(new Exchange(request.method(), path, response));
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
