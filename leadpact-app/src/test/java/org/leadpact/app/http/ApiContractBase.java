package org.leadpact.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.Tokens;

/**
 * A server over real HTTP on a fresh database, an admin token, and a check after each test that every
 * answer is one the OpenAPI description promises. Contracts extend it; each runs on H2 and PostgreSQL.
 */
abstract class ApiContractBase {
    static final Instant NOW = Instant.parse("2027-03-13T16:00:00Z");
    static final String EXAMPLE = "../examples/agreement.yaml";

    Database db;
    ApiServer server;
    Tokens tokens;
    Api api;

    abstract String newDatabaseUrl();

    void dropDatabase(String url) {
    }

    @BeforeEach
    void start() {
        db = Database.open(newDatabaseUrl());
        server = new ApiServer(db, Clock.fixed(NOW, ZoneOffset.UTC)).start("127.0.0.1", 0);
        tokens = new Tokens(db);
        api = Api.on(server.port(), tokens.create("test admin", Tokens.Role.ADMIN, null, NOW).token());
    }

    /** Every answer of every test is one the OpenAPI description promises for its route and status. */
    @AfterEach
    void stop() {
        try {
            OpenApiDocument description = OpenApiDocument.load();
            assertThat(api.exchanges().stream().filter(e -> description.template(e.path()).isPresent())
                    .flatMap(e -> description.violations(e).stream()).toList())
                    .as("answers that differ from openapi.json").isEmpty();
        } finally {
            server.close();
            db.close();
            dropDatabase(db.url());
        }
    }

    void activateExample() throws IOException {
        Api.Response up = api.post("/api/v1/agreements", Files.readString(Path.of(EXAMPLE)));
        assertThat(up.status()).as("%s", up.body()).isEqualTo(201);
        assertThat(api.post("/api/v1/agreements/2027.1/activation", "").status()).isEqualTo(200);
    }
}
