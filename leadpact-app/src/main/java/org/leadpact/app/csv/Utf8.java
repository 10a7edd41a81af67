package org.leadpact.app.csv;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the first line of a file that is not UTF-8. A reader decodes ahead of what it parses, so its
 * own failure cannot say where the bad bytes are; checking line by line can.
 */
public final class Utf8 {
    private Utf8() {
    }

    /** The number of the first line that is not valid UTF-8, or 0 when the whole file is. */
    public static int firstInvalidLine(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int number = 1;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            for (int b = in.read(); b != -1; b = in.read()) {
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                if (!valid(decoder, line)) {
                    return number;
                }
                line.reset();
                number++;
            }
        }
        return valid(decoder, line) ? 0 : number;
    }

    private static boolean valid(CharsetDecoder decoder, ByteArrayOutputStream line) {
        try {
            decoder.reset().decode(ByteBuffer.wrap(line.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
