package org.jigai.need;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Downloads of need attachments, always as attachments (never rendered inline), for permitted readers only. */
@RestController
class NeedAttachmentController {

    private final NeedAttachmentService attachments;

    NeedAttachmentController(NeedAttachmentService attachments) {
        this.attachments = attachments;
    }

    @GetMapping("/files/needs/{needId}/{attachmentId}")
    ResponseEntity<InputStreamResource> download(@PathVariable long needId, @PathVariable long attachmentId) {
        var file = attachments.open(needId, attachmentId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .body(new InputStreamResource(file.content()));
    }
}
