package org.jigai.need;

import java.io.InputStream;

/** An attachment's bytes for one permitted reader; the caller closes the stream. */
public record AttachmentDownload(String fileName, String contentType, long size, InputStream content) {}
