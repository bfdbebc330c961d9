package org.jigai.engagement;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Downloads of an engagement's files, always as attachments, for its parties (and the bureau once reported). */
@RestController
class EngagementFileController {

    private final EngagementService engagements;

    EngagementFileController(EngagementService engagements) {
        this.engagements = engagements;
    }

    @GetMapping("/files/engagements/{id}/{fileId}")
    ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable long fileId) {
        var file = engagements.open(id, fileId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .body(new InputStreamResource(file.content()));
    }
}
