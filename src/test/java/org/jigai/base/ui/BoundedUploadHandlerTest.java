package org.jigai.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BoundedUploadHandlerTest {

    static final long LIMIT = 20L * 1024 * 1024;

    /** A body of {@code size} bytes that counts how many were read. */
    static final class CountingBody extends InputStream {
        final long size;
        long read;

        CountingBody(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return read < size ? (int) (read++ & 0x7F) : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            read += n;
            return n;
        }
    }

    final AtomicReference<byte[]> received = new AtomicReference<>();
    final AtomicInteger refused = new AtomicInteger();
    final BoundedUploadHandler handler = new BoundedUploadHandler(LIMIT, (metadata, data) -> received.set(data),
            refused::incrementAndGet);

    UploadEvent upload(long declaredSize, CountingBody body) throws IOException {
        var request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(body);
        return new UploadEvent(request, mock(VaadinResponse.class), mock(VaadinSession.class), "plan.pdf", declaredSize,
                "application/pdf", null, null);
    }

    @Test
    void a_file_that_declares_more_than_the_limit_is_refused_without_reading_it() throws Exception {
        var body = new CountingBody(25L * 1024 * 1024);
        var event = upload(25L * 1024 * 1024, body);
        handler.handleUploadRequest(event);
        assertThat(event.isRejected()).isTrue();
        assertThat(refused).hasValue(1);
        assertThat(body.read).isZero();
        assertThat(received).hasNullValue();
    }

    @Test
    void a_raw_body_larger_than_it_declared_is_refused_after_one_byte_over_the_limit() throws Exception {
        var body = new CountingBody(25L * 1024 * 1024);
        var event = upload(-1, body);
        handler.handleUploadRequest(event);
        assertThat(event.isRejected()).isTrue();
        assertThat(body.read).isEqualTo(LIMIT + 1);
        assertThat(received).hasNullValue();
    }

    @Test
    void a_file_within_the_limit_arrives_whole() throws Exception {
        var body = new CountingBody(1000);
        var event = upload(1000, body);
        handler.handleUploadRequest(event);
        assertThat(event.isRejected()).isFalse();
        assertThat(received.get()).hasSize(1000);
        assertThat(refused).hasValue(0);
        assertThat(handler.getFileSizeMax()).isEqualTo(LIMIT);
    }
}
