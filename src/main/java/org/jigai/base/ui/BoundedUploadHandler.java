package org.jigai.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * Receives one uploaded file into memory with its size limit enforced on the server while reading: a file that
 * declares more, or turns out to hold more, is refused after at most one byte over the limit has been read, however
 * the request was made (the browser's own limit is only a courtesy). The accepted file is handed to the callback
 * under the UI's lock; a refusal is reported through {@code refused}, also under the lock.
 */
public final class BoundedUploadHandler implements UploadHandler {

    /** What to do with a file within the limit. */
    @FunctionalInterface
    public interface Received extends Serializable {
        void accept(UploadMetadata metadata, byte[] content);
    }

    /** Multipart framing around the file: headers and boundaries. */
    private static final long FRAMING = 64 * 1024;

    private final long maxBytes;
    private final Received received;
    private final Runnable refused;

    public BoundedUploadHandler(long maxBytes, Received received, Runnable refused) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            refuse(event);
            return;
        }
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (content.length > maxBytes) {
            refuse(event);
            return;
        }
        var metadata = new UploadMetadata(event.getFileName(), event.getContentType(), content.length);
        UI ui = ui(event);
        if (ui == null) {
            received.accept(metadata, content);
        } else {
            ui.access(() -> received.accept(metadata, content));
        }
    }

    private void refuse(UploadEvent event) {
        event.reject();
        UI ui = ui(event);
        if (ui == null) {
            refused.run();
        } else {
            ui.access(refused::run);
        }
    }

    private static @Nullable UI ui(UploadEvent event) {
        return event.getOwningElement() == null ? null : event.getUI();
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + FRAMING;
    }
}
