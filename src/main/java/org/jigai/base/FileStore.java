package org.jigai.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Uploaded files under {@code JIGAI_DATA_DIR/uploads}: named by a random key, never by what the uploader called
 * them, and accepted only when their content is one of the allowed document and image types.
 */
@Component
public class FileStore {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** PDF, images and Office documents, as Tika names them. */
    public static final Set<String> ALLOWED_TYPES = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif",
            "image/webp", "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    /** What the upload button offers; the server decides by content anyway. */
    public static final List<String> ACCEPTED_EXTENSIONS = List.of(".pdf", ".png", ".jpg", ".jpeg", ".gif", ".webp",
            ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx");

    public record Stored(String key, String contentType, long size) {}

    private final Path root;
    private final Tika tika = new Tika();

    FileStore(JigaiProperties properties) {
        this.root = properties.dataDir().toAbsolutePath().resolve("uploads");
    }

    /** Checks and stores a file; {@link InvalidInputException} on the field "file" when it is refused. */
    public Stored store(String folder, String fileName, byte[] content) {
        if (content.length == 0) {
            throw InvalidInputException.of("file", "file.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "file.error.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        String type = tika.detect(content, fileName);
        if (!ALLOWED_TYPES.contains(type)) {
            throw InvalidInputException.of("file", "file.error.type");
        }
        String key = UUID.randomUUID().toString();
        try {
            Path dir = Files.createDirectories(root.resolve(folder));
            Path temp = Files.createTempFile(dir, "upload-", ".part");
            Files.write(temp, content);
            Files.move(temp, dir.resolve(key), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store an upload under " + root, e);
        }
        return new Stored(key, type, content.length);
    }

    public InputStream open(String folder, String key) throws IOException {
        return Files.newInputStream(path(folder, key));
    }

    public void delete(String folder, String key) {
        try {
            Files.deleteIfExists(path(folder, key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(String folder, String key) {
        UUID.fromString(key); // a key is a UUID, never a path
        return root.resolve(folder).resolve(key);
    }
}
