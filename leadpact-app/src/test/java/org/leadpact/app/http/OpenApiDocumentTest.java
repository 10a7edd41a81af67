package org.leadpact.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.leadpact.agreement.Disposition;
import org.leadpact.agreement.RecycleReason;
import org.leadpact.app.lead.CommandReader;
import org.leadpact.lead.ActivityType;
import org.leadpact.lead.Stage;
import org.leadpact.qualification.Check;
import org.leadpact.qualification.Verdict;
import org.leadpact.words.Codes;

/**
 * The hand-written OpenAPI description against the code's vocabularies and limits, so that neither can
 * change without the other. Which routes it covers is checked against a running server (OpenApiIT).
 */
class OpenApiDocumentTest {
    private final OpenApiDocument doc = OpenApiDocument.load();
    private final JsonNode schemas = doc.root().path("components").path("schemas");

    @Test
    void the_description_is_openapi_3_1() {
        assertThat(doc.root().path("openapi").asText()).matches("3\\.1\\.\\d+");
        assertThat(doc.root().path("info").path("title").asText()).isEqualTo("LeadPact API");
    }

    @Test
    void activity_types_are_exactly_the_codes_of_the_enum() {
        assertThat(texts(schemas.path("ActivityType").path("enum"))).containsExactlyElementsOf(
                Codes.codes(ActivityType.class));
    }

    @Test
    void the_action_types_are_exactly_those_the_command_reader_knows_and_every_other_type_is_an_activity() {
        List<String> actions = new ArrayList<>();
        for (JsonNode branch : schemas.path("Action").path("oneOf")) {
            JsonNode type = branch.path("properties").path("type");
            if (type.has("const")) {
                actions.add(type.get("const").asText());
            } else {
                assertThat(type.path("$ref").asText()).isEqualTo("#/components/schemas/ActivityType");
            }
        }
        assertThat(actions).containsExactlyElementsOf(CommandReader.ACTIONS);
    }

    @Test
    void actions_use_exactly_the_keys_the_command_reader_reads_but_actor_which_the_token_gives() {
        Set<String> keys = new TreeSet<>();
        schemas.path("Action").path("oneOf").forEach(branch -> branch.path("properties").fieldNames()
                .forEachRemaining(keys::add));
        assertThat(keys).containsExactlyInAnyOrder(java.util.Arrays.stream(CommandReader.KEYS)
                .filter(k -> !k.equals("actor")).toArray(String[]::new));
    }

    @Test
    void an_activity_names_its_lead_by_exactly_one_reference_and_a_batch_holds_at_most_the_batch_limit() {
        JsonNode item = schemas.path("ActivityItem");
        assertThat(item.path("oneOf").findValues("required").stream().map(r -> r.get(0).asText()))
                .containsExactly(ActivityRoutes.REFS);
        Set<String> accepted = new LinkedHashSet<>(List.of(CommandReader.KEYS));
        accepted.addAll(List.of(ActivityRoutes.REFS));
        accepted.add("eventId");
        assertThat(fieldNames(item.path("properties"))).isSubsetOf(accepted).contains("eventId", "type", "at");
        assertThat(schemas.path("ActivityBatch").path("properties").path("activities").path("maxItems").asInt())
                .isEqualTo(ActivityRoutes.MAX_BATCH);
    }

    @Test
    void stages_dispositions_recycle_reasons_verdicts_and_check_kinds_are_the_codes_of_their_enums() {
        assertThat(texts(schemas.path("Stage").path("enum"))).containsExactlyElementsOf(Codes.codes(Stage.class));
        assertThat(texts(schemas.path("Disposition").path("enum"))).containsExactlyElementsOf(Disposition.codes());
        assertThat(texts(schemas.path("RecycleReason").path("enum"))).containsExactlyElementsOf(RecycleReason.codes());
        JsonNode lead = schemas.path("Lead").path("properties");
        assertThat(texts(lead.at("/qualification/properties/verdict/enum")))
                .containsExactlyElementsOf(Codes.codes(Verdict.class));
        assertThat(texts(lead.at("/qualification/properties/checks/items/properties/kind/enum")))
                .containsExactlyElementsOf(Codes.codes(Check.Kind.class));
    }

    @Test
    void every_write_takes_an_idempotency_key_and_may_be_too_large_or_a_reused_key() {
        JsonNode paths = doc.root().path("paths");
        List<String> writes = new ArrayList<>();
        paths.properties().forEach(path -> {
            JsonNode post = path.getValue().path("post");
            // A back-test is computed, not written: it changes nothing, so it takes no key (storing its answer would write).
            if (!post.isMissingNode() && !path.getKey().equals("/api/v1/backtests")) {
                writes.add(path.getKey());
                assertThat(post.path("parameters").findValuesAsText("$ref")).as(path.getKey())
                        .contains("#/components/parameters/IdempotencyKey");
                assertThat(fieldNames(post.path("responses"))).as(path.getKey())
                        .contains("401", "403", "413", "422", "default");
            }
        });
        assertThat(writes).contains("/api/v1/leads", "/api/v1/activities", "/api/v1/reps", "/api/v1/teams",
                "/api/v1/reps/{rep}/away", "/api/v1/leads/{id}/owner").hasSizeGreaterThanOrEqualTo(10);
        assertThat(writes).as("writes (each feature adds its own)").contains("/api/v1/agreements", "/api/v1/leads",
                "/api/v1/leads/{id}/actions", "/api/v1/activities");
        assertThat(doc.root().at("/components/responses/BodyTooLarge/description").asText())
                .contains(Long.toString(ApiServer.MAX_BODY_BYTES)).contains(Integer.toString(ActivityRoutes.MAX_BATCH));
    }

    @Test
    void errors_are_problem_json_with_field_paths_and_the_rule() {
        JsonNode problem = schemas.path("Problem").path("properties");
        assertThat(fieldNames(problem)).containsExactly("type", "title", "status", "detail", "rule", "errors");
        assertThat(fieldNames(schemas.path("FieldError").path("properties"))).containsExactly("path", "line", "message");
        doc.root().path("components").path("responses").forEach(response -> assertThat(
                response.path("content").has(Problem.MEDIA_TYPE)).isTrue());
    }

    @Test
    void every_reference_resolves_and_every_schema_keyword_is_one_the_response_check_knows() {
        List<String> unknown = new ArrayList<>();
        allSchemas().forEach(schema -> {
            if (schema.has("$ref")) {
                doc.schemas().resolve(schema);
            }
            fieldNames(schema).stream().filter(k -> !SchemaCheck.KEYWORDS.contains(k)).forEach(unknown::add);
        });
        assertThat(unknown).as("JSON Schema keywords SchemaCheck would skip").isEmpty();
        doc.root().findValues("$ref").forEach(ref -> doc.schemas().resolve(Api.JSON.createObjectNode().put("$ref",
                ref.asText())));
    }

    /** Every schema in the description: components, parameters, bodies and answers, and all they nest. */
    private Stream<JsonNode> allSchemas() {
        List<JsonNode> found = new ArrayList<>();
        schemas.forEach(s -> nested(s, found));
        doc.root().findValues("schema").forEach(s -> nested(s, found));
        return found.stream();
    }

    private static void nested(JsonNode schema, List<JsonNode> found) {
        found.add(schema);
        schema.path("properties").forEach(p -> nested(p, found));
        Stream.of("items", "additionalProperties").map(schema::path).filter(JsonNode::isObject)
                .forEach(s -> nested(s, found));
        Stream.of("oneOf", "anyOf").map(schema::path).forEach(list -> list.forEach(s -> nested(s, found)));
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
