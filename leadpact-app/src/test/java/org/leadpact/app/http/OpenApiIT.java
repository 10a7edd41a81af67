package org.leadpact.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leadpact.app.store.Database;

/**
 * The served OpenAPI description against the server itself: every route Javalin has registered is
 * described, and every described operation is served. (That each answer matches its schema is checked
 * after every test of ApiContract.)
 */
class OpenApiIT {
    private Database db;
    private ApiServer server;
    private Api api;

    @BeforeEach
    void start() {
        db = Database.open("jdbc:h2:mem:openapi;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        server = new ApiServer(db, Clock.systemUTC()).start("127.0.0.1", 0);
        api = Api.on(server.port(), null); // the description is public: no token
    }

    @AfterEach
    void stop() {
        server.close();
        db.close();
    }

    @Test
    void every_route_the_server_registered_is_described_and_every_described_operation_is_served() {
        OpenApiDocument served = OpenApiDocument.parse(api.get("/api/openapi.json").text());
        assertThat(server.routes()).doesNotHaveDuplicates().hasSizeGreaterThan(10);
        assertThat(new TreeSet<>(server.routes())).containsExactlyElementsOf(served.operations());
    }

    @Test
    void the_description_is_served_as_committed_json_declaring_openapi_3_1() {
        Api.Response r = api.get("/api/openapi.json");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.body().path("openapi").asText()).matches("3\\.1\\.\\d+");
        assertThat(r.text()).isEqualTo(OpsRoutes.openApiDocument());
    }
}
