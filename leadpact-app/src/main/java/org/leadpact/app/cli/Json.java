package org.leadpact.app.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON objects whose decimals keep their exact digits. */
final class Json {
    private static final JsonNodeFactory EXACT = JsonNodeFactory.withExactBigDecimals(true);

    private Json() {
    }

    static ObjectNode object() {
        return EXACT.objectNode();
    }
}
