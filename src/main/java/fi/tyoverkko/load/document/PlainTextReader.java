package fi.tyoverkko.load.document;

import fi.tyoverkko.load.SourceException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * UTF-8 text (a byte-order mark is dropped, CRLF becomes LF). Bytes that are not UTF-8, or
 * NUL bytes (a binary file), are refused with the offset of the first bad byte.
 */
final class PlainTextReader implements DocumentReader {
    @Override
    public boolean accepts(Path file) { return true; }

    @Override
    public String read(Path file, String shown) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw SourceException.of(shown, "cannot read: " + e.getMessage());
        }
        for (int i = 0; i < Math.min(bytes.length, 65536); i++) {
            if (bytes[i] == 0) throw SourceException.of(shown, "binary file (NUL byte at " + i + "), not text / binääritiedosto");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw SourceException.of(shown, "not UTF-8 text (" + e.getMessage() + "); save it as UTF-8 / ei UTF-8-tekstiä");
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.indexOf('\0') >= 0) throw SourceException.of(shown, "binary file (NUL character), not text / binääritiedosto");
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
