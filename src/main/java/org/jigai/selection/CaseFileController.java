package org.jigai.selection;

import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Photos (shown inline, images only) and documents (always downloaded) of nominations: public for a published case
 * or one in notice, otherwise for the readers of the nomination and its experts; "not found" for everyone else.
 */
@RestController
class CaseFileController {

    private final SelectionService selection;

    CaseFileController(SelectionService selection) {
        this.selection = selection;
    }

    @GetMapping("/case-files/{nominationId}/{fileId}")
    ResponseEntity<InputStreamResource> file(@PathVariable long nominationId, @PathVariable long fileId) {
        SelectionService.Download file;
        try {
            file = selection.open(nominationId, fileId);
        } catch (NoSuchElementException missing) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        boolean image = file.contentType().startsWith("image/");
        var disposition = image ? ContentDisposition.inline() : ContentDisposition.attachment();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(file.name(), StandardCharsets.UTF_8)
                        .build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(new InputStreamResource(file.content()));
    }
}
