package org.jigai.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jigai.TestData;
import org.jigai.account.AccountService;
import org.jigai.base.Direction;
import org.jigai.base.Formats;
import org.jigai.base.Industry;
import org.jigai.base.ServiceCategory;
import org.jigai.engagement.EngagementService;
import org.jigai.need.ContactPreference;
import org.jigai.need.NeedForm;
import org.jigai.need.NeedService;
import org.jigai.need.Visibility;
import org.jigai.provider.ProfileForm;
import org.jigai.provider.ProviderService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * E-mail against an in-process SMTP server (GreenMail): immediate notices, the daily digest of messages, a kind
 * switched off, and both languages in every mail. The scheduled senders are switched off; the test calls them.
 */
@SpringBootTest
@ActiveProfiles("test")
class MailTest {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        SMTP.start();
        registry.add("jigai.smtp.host", () -> "127.0.0.1");
        registry.add("jigai.smtp.port", () -> SMTP.getSmtp().getPort());
        registry.add("jigai.smtp.from", () -> "platform@jigai.example.cn");
        registry.add("jigai.mail.immediate-delay", () -> "86400000");
        registry.add("jigai.mail.digest-cron", () -> "-");
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Autowired NotificationService notifications;
    @Autowired EngagementService engagements;
    @Autowired NeedService needs;
    @Autowired ProviderService providers;
    @Autowired AccountService accounts;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void notices_go_out_at_once_messages_in_the_digest_and_a_kind_switched_off_not_at_all() throws Exception {
        // the demo data's own notices first, out of the way
        notifications.sendImmediate(Instant.now().plusSeconds(1));
        notifications.sendDigests(Instant.now().plusSeconds(1));
        SMTP.purgeEmailFromAllMailboxes();
        String enterprise = TestData.username("mail-ent");
        accounts.register(TestData.enterprise(enterprise));
        String provider = TestData.username("mail-prov");
        long providerId = accounts.register(TestData.provider(provider)).organizationId();
        TestData.actAs(accounts, provider);
        providers.save(-1, new ProfileForm("邮件测试服务商", 10, 2018, EnumSet.of(ServiceCategory.DIAGNOSIS),
                EnumSet.of(Industry.FOOD), Set.of("370283"), List.of(), List.of(), null, null, null));
        TestData.actAs(accounts, enterprise);
        long need = needs.create(need("速冻包装线诊断"), true);
        long id = engagements.invite(need, List.of(providerId), "请报价").getFirst();
        SecurityContextHolder.clearContext();
        assertThat(notifications.mailConfigured()).isTrue();

        Instant now = Instant.now().plusSeconds(1);
        assertThat(notifications.sendImmediate(now)).isEqualTo(1);
        MimeMessage invitation = SMTP.getReceivedMessages()[0];
        assertThat(invitation.getAllRecipients()[0].toString()).isEqualTo("sunli@example.cn");
        assertThat(invitation.getSubject()).contains("邀请您为需求「速冻包装线诊断」报价").contains("invites you to quote");
        String body = GreenMailUtil.getBody(invitation);
        assertThat(GreenMailUtil.getWholeMessage(invitation)).contains("platform@jigai.example.cn");
        assertThat(body).isNotBlank();
        assertThat(notifications.sendImmediate(now)).as("sent once").isZero();

        // messages wait for the digest, one mail for all of them
        TestData.actAs(accounts, provider);
        engagements.accept(id);
        TestData.actAs(accounts, enterprise);
        engagements.send(id, "第一条", null, null);
        engagements.send(id, "第二条", null, null);
        SecurityContextHolder.clearContext();
        now = Instant.now().plusSeconds(1);
        int before = SMTP.getReceivedMessages().length;
        assertThat(notifications.sendImmediate(now)).as("the acceptance, to the enterprise").isEqualTo(1);
        assertThat(notifications.sendDigests(now)).as("one digest to the provider").isEqualTo(1);
        var received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(before + 2);
        MimeMessage digest = java.util.Arrays.stream(received).filter(m -> subject(m).contains("条新消息")).findFirst()
                .orElseThrow();
        assertThat(digest.getSubject()).contains("您有 2 条新消息").contains("2 new notifications");
        assertThat(decoded(digest)).contains("第一条").contains("第二条").contains("engagements/" + id);

        // a kind switched off: stored in the centre, never mailed
        TestData.actAs(accounts, provider);
        notifications.setPreference(Kind.INVITE, MailMode.OFF);
        assertThat(notifications.preferences().get(Kind.INVITE)).isEqualTo(MailMode.OFF);
        TestData.actAs(accounts, enterprise);
        long need2 = needs.create(need("冷库能耗监测"), true);
        engagements.invite(need2, List.of(providerId), null);
        SecurityContextHolder.clearContext();
        before = SMTP.getReceivedMessages().length;
        assertThat(notifications.sendImmediate(Instant.now().plusSeconds(1))).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(before);
        TestData.actAs(accounts, provider);
        assertThat(notifications.mine(false, List.of(Kind.INVITE), PageRequest.of(0, 10)).getTotalElements()).isEqualTo(2);
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String decoded(MimeMessage message) throws Exception {
        Object content = message.getContent();
        return content instanceof String s ? s : GreenMailUtil.getBody(message);
    }

    static NeedForm need(String title) {
        return new NeedForm(title, "邮件通知测试需求。", Industry.FOOD, EnumSet.of(Direction.SMART), "370283",
                new BigDecimal("10"), new BigDecimal("20"), LocalDate.now(Formats.ZONE).plusMonths(1),
                LocalDate.now(Formats.ZONE).plusMonths(3), Visibility.ALL_PROVIDERS, ContactPreference.PLATFORM);
    }
}
