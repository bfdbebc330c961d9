package org.jigai.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** Photos known by their bytes, file names cleaned, and a blind review's neutral names. */
class SelectionFilesTest {

    @Test
    void a_photo_is_known_by_its_first_bytes_not_its_name() {
        assertThat(SelectionService.looksLikeImage(SelectionFixture.photo())).isTrue();
        assertThat(SelectionService.looksLikeImage(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10})).isTrue();
        assertThat(SelectionService.looksLikeImage("GIF89a....".getBytes())).isTrue();
        assertThat(SelectionService.looksLikeImage("RIFF\0\0\0\0WEBPVP8 ".getBytes())).isTrue();
        assertThat(SelectionService.looksLikeImage("RIFF\0\0\0\0WAVEfmt ".getBytes())).isFalse();
        assertThat(SelectionService.looksLikeImage("<svg onload=alert(1)>".getBytes())).isFalse();
        assertThat(SelectionService.looksLikeImage("%PDF-1.4".getBytes())).isFalse();
        assertThat(SelectionService.looksLikeImage(new byte[] {(byte) 0x89, 'P'})).isFalse();
        assertThat(SelectionService.looksLikeImage(new byte[0])).isFalse();
    }

    @Test
    void file_names_lose_paths_and_characters_no_text_may_hold() {
        assertThat(SelectionService.cleanName("../../../../etc/passwd.png", "k")).isEqualTo("passwd.png");
        assertThat(SelectionService.cleanName("C:\\\\照片\\\\车间.png", "k")).isEqualTo("车间.png");
        assertThat(SelectionService.cleanName("rep\u202Eexe.pdf", "k")).isEqualTo("rep_exe.pdf");
        assertThat(SelectionService.cleanName("a\u0007b.png", "k")).isEqualTo("a_b.png");
        assertThat(SelectionService.cleanName("  ", "key")).isEqualTo("key");
        String longName = "长".repeat(250) + ".png";
        var cleaned = SelectionService.cleanName(longName, "k");
        assertThat(cleaned.codePointCount(0, cleaned.length())).isEqualTo(200);
        assertThat(cleaned).endsWith(".png");
    }

    @Test
    void a_blind_review_names_no_file() {
        var f = new NominationFile(7, NominationFile.Kind.DOCUMENT, "key", "青岛海蓝精密机械有限公司合同.pdf",
                "application/pdf", 10, "海蓝", Instant.now());
        ReflectionTestUtils.setField(f, "id", 42L);
        var view = SelectionService.blindView(f);
        assertThat(view.name()).isEqualTo("document-42.pdf");
        assertThat(view.caption()).isNull();
    }
}
