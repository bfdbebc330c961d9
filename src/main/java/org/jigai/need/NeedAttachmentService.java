package org.jigai.need;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import org.jigai.account.AccountPrincipal;
import org.jigai.base.Checks;
import org.jigai.base.FileStore;
import org.jigai.base.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to needs. Whoever may see a need may download its files; only its enterprise, while the need is
 * editable, adds and removes them. Everything else is "not found".
 */
@Service
public class NeedAttachmentService {

    public static final int MAX_PER_NEED = 10;
    public static final int NAME_MAX = 200;
    static final String FOLDER = "needs";

    private final NeedService needs;
    private final NeedAttachmentRepository attachments;
    private final FileStore files;
    private final Clock clock;

    NeedAttachmentService(NeedService needs, NeedAttachmentRepository attachments, FileStore files, Clock clock) {
        this.needs = needs;
        this.attachments = attachments;
        this.files = files;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('ENTERPRISE')")
    public AttachmentInfo attach(long needId, String fileName, byte[] content) {
        NeedDetails need = needs.details(needId);
        if (!need.mine()) {
            throw new NoSuchElementException();
        }
        if (!need.mayEdit()) {
            throw InvalidInputException.of("file", "need.error.notEditable");
        }
        if (attachments.countByNeedId(needId) >= MAX_PER_NEED) {
            throw InvalidInputException.of("file", "file.error.tooMany", MAX_PER_NEED);
        }
        String name = cleanName(fileName);
        var stored = files.store(FOLDER, name, content);
        try {
            var saved = attachments.save(new NeedAttachment(needId, name, stored.contentType(), stored.size(),
                    stored.key(), AccountPrincipal.current().orElseThrow().id(), clock.instant()));
            return info(saved);
        } catch (RuntimeException e) {
            files.delete(FOLDER, stored.key());
            throw e;
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AttachmentInfo> list(long needId) {
        needs.details(needId);
        return attachments.findByNeedIdOrderByCreatedAt(needId).stream().map(NeedAttachmentService::info).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public AttachmentDownload open(long needId, long attachmentId) {
        needs.details(needId);
        var attachment = attachments.findById(attachmentId).filter(a -> a.getNeedId() == needId)
                .orElseThrow(NoSuchElementException::new);
        try {
            return new AttachmentDownload(attachment.getFileName(), attachment.getContentType(), attachment.getSize(),
                    files.open(FOLDER, attachment.getStorageKey()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    @PreAuthorize("hasRole('ENTERPRISE')")
    public void remove(long needId, long attachmentId) {
        NeedDetails need = needs.details(needId);
        if (!need.mine()) {
            throw new NoSuchElementException();
        }
        if (!need.mayEdit()) {
            throw InvalidInputException.of("file", "need.error.notEditable");
        }
        var attachment = attachments.findById(attachmentId).filter(a -> a.getNeedId() == needId)
                .orElseThrow(NoSuchElementException::new);
        attachments.delete(attachment);
        files.delete(FOLDER, attachment.getStorageKey());
    }

    /** The last path segment, without control characters, at most {@value #NAME_MAX} characters. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "file";
        }
        return Checks.length(name) <= NAME_MAX ? name : name.substring(0, name.offsetByCodePoints(0, NAME_MAX));
    }

    private static AttachmentInfo info(NeedAttachment a) {
        return new AttachmentInfo(a.getId(), a.getNeedId(), a.getFileName(), a.getContentType(), a.getSize(),
                a.getCreatedAt());
    }
}
