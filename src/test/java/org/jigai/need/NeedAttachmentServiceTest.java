package org.jigai.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.NoSuchElementException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jigai.IntegrationTest;
import org.jigai.TestData;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.AccountService;
import org.jigai.base.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class NeedAttachmentServiceTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Autowired NeedAttachmentService attachments;
    @Autowired NeedService needs;
    @Autowired AccountService accounts;

    String owner;
    String otherEnterprise;
    String provider;
    long published;
    long draft;

    @BeforeEach
    void needs() {
        owner = TestData.username("att-owner");
        accounts.register(TestData.enterprise(owner));
        otherEnterprise = TestData.username("att-other");
        accounts.register(TestData.enterprise(otherEnterprise));
        provider = TestData.username("att-prov");
        accounts.register(TestData.provider(provider));
        actAs(owner);
        published = needs.create(NeedServiceTest.form("带附件的需求"), true);
        draft = needs.create(NeedServiceTest.form("草稿附件"), false);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    void actAs(String username) {
        TestData.actAs(accounts, username);
    }

    static byte[] docx() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    String problem(String name, byte[] content) {
        try {
            attachments.attach(published, name, content);
        } catch (InvalidInputException e) {
            return e.problems().get("file").key();
        }
        throw new AssertionError("accepted " + name);
    }

    @Test
    void accepts_documents_and_images_judged_by_their_content() throws Exception {
        assertThat(attachments.attach(published, "现场照片.png", PNG).contentType()).isEqualTo("image/png");
        assertThat(attachments.attach(published, "设备清单.pdf", PDF).contentType()).isEqualTo("application/pdf");
        assertThat(attachments.attach(published, "技术要求.docx", docx()).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(attachments.list(published)).extracting(AttachmentInfo::fileName)
                .containsExactly("现场照片.png", "设备清单.pdf", "技术要求.docx");
        try (var download = attachments.open(published, attachments.list(published).getFirst().id()).content()) {
            assertThat(download.readAllBytes()).isEqualTo(PNG);
        }
    }

    @Test
    void refuses_forbidden_types_empty_and_oversized_files() {
        byte[] exe = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
        assertThat(problem("报价.pdf", exe)).isEqualTo("file.error.type");
        assertThat(problem("照片.png", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("file.error.type");
        assertThat(problem("空.pdf", new byte[0])).isEqualTo("file.error.empty");
        assertThat(problem("大文件.pdf", new byte[21 * 1024 * 1024])).isEqualTo("file.error.tooLarge");
        assertThat(attachments.list(published)).isEmpty();
    }

    @Test
    void keeps_only_the_last_part_of_a_file_name() {
        var stored = attachments.attach(published, "..\\..\\etc/passwd 报告.pdf", PDF);
        assertThat(stored.fileName()).isEqualTo("passwd 报告.pdf");
    }

    @Test
    void only_readers_of_the_need_get_its_files_and_only_its_enterprise_changes_them() {
        long published1 = attachments.attach(published, "a.pdf", PDF).id();
        long draft1 = attachments.attach(draft, "b.pdf", PDF).id();

        actAs(provider);
        assertThat(attachments.open(published, published1).fileName()).isEqualTo("a.pdf");
        assertThatThrownBy(() -> attachments.open(draft, draft1)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> attachments.open(published, draft1)).as("an attachment of another need")
                .isInstanceOf(NoSuchElementException.class);

        actAs(otherEnterprise);
        assertThatThrownBy(() -> attachments.open(published, published1)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> attachments.attach(published, "x.pdf", PDF)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> attachments.remove(published, published1)).isInstanceOf(NoSuchElementException.class);

        actAs(owner);
        attachments.remove(published, published1);
        assertThat(attachments.list(published)).isEmpty();
    }
}
