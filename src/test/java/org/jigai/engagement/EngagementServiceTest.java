package org.jigai.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jigai.IntegrationTest;
import org.jigai.TestData;
import org.jigai.account.AccountService;
import org.jigai.base.Direction;
import org.jigai.base.Formats;
import org.jigai.base.Industry;
import org.jigai.base.InvalidInputException;
import org.jigai.base.ServiceCategory;
import org.jigai.need.ContactPreference;
import org.jigai.need.NeedForm;
import org.jigai.need.NeedService;
import org.jigai.need.NeedStatus;
import org.jigai.need.Visibility;
import org.jigai.notification.Kind;
import org.jigai.notification.NotificationService;
import org.jigai.provider.ProfileForm;
import org.jigai.provider.ProviderService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The collaboration from invitation to ratings through the service, with every refusal on the way. */
@IntegrationTest
class EngagementServiceTest {

    @Autowired EngagementService engagements;
    @Autowired NeedService needs;
    @Autowired ProviderService providers;
    @Autowired AccountService accounts;
    @Autowired NotificationService notifications;
    @Autowired MilestoneRepository milestoneRows;
    @Autowired RatingRepository ratingRows;
    @Autowired EngagementRepository engagementRows;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    String enterprise;
    String provider;
    String provider2;
    String stranger;
    long providerId;
    long provider2Id;
    long needId;

    @BeforeEach
    void parties() {
        enterprise = TestData.username("e-ent");
        accounts.register(TestData.enterprise(enterprise));
        provider = TestData.username("e-prov");
        providerId = accounts.register(TestData.provider(provider)).organizationId();
        provider2 = TestData.username("e-prov2");
        provider2Id = accounts.register(TestData.provider(provider2)).organizationId();
        stranger = TestData.username("e-other");
        accounts.register(TestData.provider(stranger));
        for (String p : List.of(provider, provider2, stranger)) {
            actAs(p);
            providers.save(-1, profile());
        }
        actAs(enterprise);
        needId = needs.create(need(), true);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    void actAs(String username) {
        TestData.actAs(accounts, username);
    }

    static ProfileForm profile() {
        return new ProfileForm("工业软件与自动化集成。", 40, 2015, EnumSet.of(ServiceCategory.TECH_APPLICATION),
                EnumSet.of(Industry.MACHINERY), Set.of("370211"), List.of(), List.of(), "李晓东", "13953287654",
                "lixd@example.cn");
    }

    static NeedForm need() {
        return new NeedForm("冲压车间伺服压力机更新", "8 台机械压力机更换为伺服压力机并接入 MES。", Industry.MACHINERY,
                EnumSet.of(Direction.EQUIPMENT_RENEWAL), "370281", new BigDecimal("300"), new BigDecimal("800"),
                LocalDate.now(Formats.ZONE).plusMonths(2), LocalDate.now(Formats.ZONE).plusMonths(8),
                Visibility.ALL_PROVIDERS, ContactPreference.PLATFORM);
    }

    static ProposalForm proposal(String price) {
        LocalDate today = LocalDate.now(Formats.ZONE);
        return new ProposalForm("伺服压力机选型与 MES 接入", "8 台设备及数据采集", new BigDecimal(price), 120,
                List.of(new PlannedMilestone("设备到货", "到货验收单", today.plusDays(30), 40),
                        new PlannedMilestone("联调上线", "上线报告", today.plusDays(90), 60)));
    }

    @Test
    void invitation_to_signature_to_completion_to_ratings() {
        actAs(enterprise);
        List<Long> created = engagements.invite(needId, List.of(providerId, provider2Id), "请报价");
        assertThat(created).hasSize(2);
        long id = created.getFirst();
        long other = created.get(1);
        assertThat(engagements.invite(needId, List.of(providerId), null)).as("already invited: skipped").isEmpty();

        // nobody outside the engagement sees it; the bureau sees facts only
        actAs(stranger);
        assertThatThrownBy(() -> engagements.details(id)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> engagements.send(id, "hi", null, null)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> engagements.messages(id, PageRequest.of(0, 10))).isInstanceOf(NoSuchElementException.class);

        actAs(provider);
        assertThat(notifications.mine(false, List.of(Kind.INVITE), PageRequest.of(0, 10)).getContent())
                .anySatisfy(n -> assertThat(n.link()).isEqualTo("engagements/" + id));
        assertThatThrownBy(() -> engagements.submitProposal(id, proposal("500"), null, null))
                .as("no proposal before accepting").isInstanceOf(InvalidInputException.class);
        engagements.accept(id);
        assertThat(engagements.details(id).summary().state()).isEqualTo(EngagementState.ACTIVE);
        actAs(enterprise);
        assertThat(needs.details(needId).status()).isEqualTo(NeedStatus.IN_NEGOTIATION);

        // conversation, read receipts, unread counts
        actAs(provider);
        var sent = engagements.send(id, "您好，我们下周可到现场。", null, null);
        assertThat(sent.mine()).isTrue();
        assertThat(sent.read()).isFalse();
        actAs(enterprise);
        assertThat(engagements.messages(id, PageRequest.of(0, 10)).getContent().getFirst().author())
                .as("until contacts are exchanged, the provider's people go by its organisation's name")
                .startsWith("青岛云启工业软件有限公司");
        assertThat(engagements.unreadMessages()).isEqualTo(1);
        engagements.markRead(id);
        assertThat(engagements.unreadMessages()).isZero();
        actAs(provider);
        assertThat(engagements.messages(id, PageRequest.of(0, 10)).getContent().getFirst().read()).isTrue();

        // contacts only by mutual consent
        assertThat(engagements.details(id).providerContacts()).isNull();
        assertThat(engagements.consentToContacts(id)).isFalse();
        assertThat(engagements.details(id).enterpriseContacts()).as("one side is not enough").isNull();
        assertThatThrownBy(() -> engagements.consentToContacts(id)).isInstanceOf(InvalidInputException.class);
        actAs(enterprise);
        assertThat(engagements.consentToContacts(id)).isTrue();
        assertThat(engagements.details(id).providerContacts().mobile()).isEqualTo("13953287654");
        actAs(provider);
        assertThat(engagements.details(id).enterpriseContacts().mobile()).isEqualTo("13912345678");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = ? and target like ?",
                Long.class, EngagementService.CONTACTS_REVEALED, "engagement #" + id + " %")).isOne();

        // proposals: validation, versions, the other provider's competing offer
        var bad = new ProposalForm("", "x", new BigDecimal("-1"), 0, List.of(new PlannedMilestone("a", "b",
                LocalDate.now(Formats.ZONE).minusDays(1), 50)));
        assertThatThrownBy(() -> engagements.submitProposal(id, bad, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().keySet())
                        .contains("approach", "priceWan", "durationDays", "milestones[0].dueDate", "milestones"));
        engagements.submitProposal(id, proposal("520"), null, null);
        engagements.submitProposal(id, proposal("480"), null, null);
        var versions = engagements.proposals(id);
        assertThat(versions).extracting(ProposalView::number).containsExactly(2, 1);
        assertThat(versions).extracting(ProposalView::status)
                .containsExactly(ProposalStatus.SUBMITTED, ProposalStatus.SUPERSEDED);
        actAs(provider2);
        engagements.accept(other);
        engagements.submitProposal(other, proposal("450"), null, null);

        actAs(enterprise);
        var rows = engagements.compare(needId);
        assertThat(rows).extracting(ComparisonRow::priceWan).extracting(BigDecimal::intValue).containsExactly(450, 480);
        assertThat(rows.getFirst().firstMilestone()).isEqualTo("设备到货");
        long superseded = versions.get(1).id();
        assertThatThrownBy(() -> engagements.acceptProposal(id, superseded)).as("not the current version")
                .isInstanceOf(InvalidInputException.class);
        engagements.shortlist(id, true);
        engagements.acceptProposal(id, versions.getFirst().id());
        assertThat(engagements.details(id).summary().state()).isEqualTo(EngagementState.SIGNED);
        assertThat(needs.details(needId).status()).isEqualTo(NeedStatus.CONTRACTED);
        assertThatThrownBy(() -> needs.close(needId, "不做了")).as("cancel the signed engagement first")
                .isInstanceOf(InvalidInputException.class);
        actAs(provider2);
        assertThat(engagements.details(other).summary().state()).isEqualTo(EngagementState.CLOSED);
        assertThat(notifications.mine(false, List.of(Kind.CLOSE), PageRequest.of(0, 10)).getTotalElements()).isOne();
        assertThatThrownBy(() -> engagements.submitProposal(other, proposal("400"), null, null))
                .as("no proposal on a closed engagement").isInstanceOf(InvalidInputException.class);

        // milestones
        actAs(provider);
        assertThat(engagements.history(id)).as("the shortlist is the enterprise's own note")
                .extracting(HistoryEntry::transition).doesNotContain(Transition.SHORTLIST);
        assertThatThrownBy(() -> engagements.rate(id, new int[] {5, 5, 5}, null)).as("no rating before completion")
                .isInstanceOf(InvalidInputException.class);
        var ms = engagements.milestones(id);
        assertThat(ms).hasSize(2);
        engagements.submitMilestone(id, ms.get(0).id(), "设备已到货", null, null);
        actAs(enterprise);
        assertThatThrownBy(() -> engagements.submitMilestone(id, ms.get(0).id(), "x", null, null))
                .as("only the provider submits").isInstanceOf(AccessDeniedException.class);
        engagements.requestChanges(id, ms.get(0).id(), "缺少验收单");
        actAs(provider);
        engagements.submitMilestone(id, ms.get(0).id(), "补充验收单", null, null);
        actAs(enterprise);
        engagements.approveMilestone(id, ms.get(0).id());
        actAs(provider);
        engagements.submitMilestone(id, ms.get(1).id(), "已上线", null, null);
        actAs(enterprise);
        engagements.approveMilestone(id, ms.get(1).id());
        assertThat(engagements.details(id).summary().state()).isEqualTo(EngagementState.COMPLETED);
        assertThat(needs.details(needId).status()).isEqualTo(NeedStatus.COMPLETED);

        // double-blind ratings
        engagements.rate(id, new int[] {5, 4, 4}, "交付及时");
        assertThatThrownBy(() -> engagements.rate(id, new int[] {1, 1, 1}, null)).as("no second rating")
                .isInstanceOf(InvalidInputException.class);
        actAs(provider);
        assertThat(engagements.ratings(id)).singleElement().satisfies(r -> {
            assertThat(r.visible()).isFalse();
            assertThat(r.scores()).isNull();
        });
        assertThat(engagements.ratingsOf(providerId, Side.ENTERPRISE).count()).isZero();
        engagements.rate(id, new int[] {4, 5, 5}, null);
        assertThat(engagements.ratings(id)).allSatisfy(r -> assertThat(r.visible()).isTrue());
        assertThat(engagements.ratingsOf(providerId, Side.ENTERPRISE).count()).isOne();
        engagements.reply(id, "感谢认可");
        assertThatThrownBy(() -> engagements.reply(id, "再次回复")).isInstanceOf(InvalidInputException.class);

        // the history holds every transition in order
        assertThat(engagements.history(id)).extracting(HistoryEntry::transition).containsSubsequence(
                Transition.INVITE, Transition.ACCEPT_INVITATION, Transition.CONSENT_CONTACTS,
                Transition.SUBMIT_PROPOSAL, Transition.ACCEPT_PROPOSAL, Transition.SUBMIT_MILESTONE,
                Transition.REQUEST_CHANGES, Transition.APPROVE_MILESTONE, Transition.COMPLETE, Transition.RATE,
                Transition.SHOW_RATINGS, Transition.REPLY_TO_RATING);
    }

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void the_bureau_sees_facts_only_until_a_party_reports_the_engagement() throws Exception {
        actAs(provider);
        long id = engagements.expressInterest(needId, "我们做过同类项目");
        engagements.send(id, "机密报价细节", null, null);
        var sent = engagements.send(id, "", "资质证书.pdf", PDF);
        assertThat(sent.file().name()).isEqualTo("资质证书.pdf");
        assertThatThrownBy(() -> engagements.send(id, "", "病毒.exe", new byte[] {0x4d, 0x5a, 0, 0}))
                .as("files are checked by content").isInstanceOf(InvalidInputException.class);
        actAs(enterprise);
        try (var download = engagements.open(id, sent.file().id()).content()) {
            assertThat(download.readAllBytes()).isEqualTo(PDF);
        }
        actAs(stranger);
        assertThatThrownBy(() -> engagements.open(id, sent.file().id())).isInstanceOf(NoSuchElementException.class);
        assertThat(notifications.mailConfigured()).as("no SMTP host in tests").isFalse();
        assertThat(notifications.sendImmediate(java.time.Instant.now().plusSeconds(1))).isZero();
        actAs("demo-bureau");
        assertThatThrownBy(() -> engagements.open(id, sent.file().id())).as("no files for the bureau before a report")
                .isInstanceOf(NoSuchElementException.class);
        var facts = engagements.details(id);
        assertThat(facts.whole()).isFalse();
        assertThat(facts.note()).isNull();
        assertThatThrownBy(() -> engagements.messages(id, PageRequest.of(0, 5))).isInstanceOf(NoSuchElementException.class);
        assertThat(engagements.history(id)).allSatisfy(h -> assertThat(h.detail()).isNull());
        assertThatThrownBy(() -> engagements.handleReport(id, "已处理")).isInstanceOf(InvalidInputException.class);
        actAs(enterprise);
        engagements.report(id, "对方索要押金");
        actAs("demo-bureau");
        assertThat(engagements.details(id).whole()).isTrue();
        assertThat(engagements.messages(id, PageRequest.of(0, 5)).getContent()).hasSize(2);
        engagements.handleReport(id, "已电话核实并提醒");
        assertThat(engagements.details(id).reportHandling()).isEqualTo("已电话核实并提醒");
    }

    @Test
    void refused_transitions_say_so_and_change_nothing() {
        actAs(provider);
        assertThatThrownBy(() -> engagements.expressInterest(needId, " ")).isInstanceOf(InvalidInputException.class);
        long id = engagements.expressInterest(needId, "可以做");
        assertThatThrownBy(() -> engagements.expressInterest(needId, "再来一次")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> engagements.accept(id)).as("the provider cannot accept its own interest")
                .isInstanceOf(InvalidInputException.class);
        actAs(enterprise);
        assertThatThrownBy(() -> engagements.invite(needId, List.of(999_999L), null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> engagements.withdraw(id)).as("only the side that started withdraws")
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> engagements.decline(id, "")).as("a reason is required")
                .isInstanceOf(InvalidInputException.class);
        assertThat(engagements.details(id).summary().state()).isEqualTo(EngagementState.INTERESTED);
        engagements.decline(id, "已有合作方");
        assertThat(engagements.details(id).summary().state()).isEqualTo(EngagementState.DECLINED);
        assertThat(engagements.details(id).endReason()).isEqualTo("已有合作方");
        assertThatThrownBy(() -> engagements.accept(id)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> engagements.cancel(id, "x")).isInstanceOf(InvalidInputException.class);

        // a provider without a profile cannot approach an enterprise
        String bare = TestData.username("e-bare");
        accounts.register(TestData.provider(bare));
        actAs(bare);
        assertThatThrownBy(() -> engagements.expressInterest(needId, "可以做")).isInstanceOf(InvalidInputException.class);

        // talks that end leave the need published again
        actAs(provider2);
        long talks = engagements.expressInterest(needId, "我们也可以");
        actAs(enterprise);
        engagements.accept(talks);
        assertThat(needs.details(needId).status()).isEqualTo(NeedStatus.IN_NEGOTIATION);
        engagements.cancel(talks, "预算调整");
        assertThat(needs.details(needId).status()).isEqualTo(NeedStatus.PUBLISHED);
        actAs(enterprise);

        // closing the need closes what is still open
        List<Long> invited = engagements.invite(needId, List.of(stranger2()), null);
        needs.close(needId, "项目取消");
        actAs(strangerUser);
        assertThat(engagements.details(invited.getFirst()).summary().state()).isEqualTo(EngagementState.CLOSED);
        assertThatThrownBy(() -> engagements.accept(invited.getFirst())).isInstanceOf(InvalidInputException.class);
    }

    String strangerUser;

    @Test
    void after_a_cancelled_signature_the_need_is_on_offer_again_and_closed_providers_can_come_back() {
        actAs(enterprise);
        List<Long> ids = engagements.invite(needId, List.of(providerId, provider2Id), null);
        long first = ids.get(0);
        long second = ids.get(1);
        actAs(provider);
        engagements.accept(first);
        long proposal = engagements.submitProposal(first, proposal("300"), null, null).id();
        actAs(provider2);
        engagements.accept(second);
        actAs(enterprise);
        engagements.acceptProposal(first, proposal);
        actAs(provider2);
        assertThat(engagements.details(second).summary().state()).isEqualTo(EngagementState.CLOSED);
        assertThat(engagements.mayExpressInterest(needId)).as("nothing going on between them any more").isTrue();
        assertThatThrownBy(() -> engagements.expressInterest(needId, "还能做")).as("a contracted need is not on offer")
                .isInstanceOf(NoSuchElementException.class);

        actAs(provider);
        engagements.cancel(first, "资金未到位");
        actAs(enterprise);
        assertThat(needs.details(needId).status()).isEqualTo(NeedStatus.PUBLISHED);
        assertThat(engagements.engagedProviders(needId)).doesNotContain(provider2Id);
        List<Long> again = engagements.invite(needId, List.of(provider2Id), "重新邀请");
        assertThat(again).hasSize(1).doesNotContain(second);
        assertThat(engagements.invite(needId, List.of(provider2Id), null)).as("one going engagement per pair").isEmpty();
        actAs(provider2);
        assertThat(engagements.myEngagementFor(needId)).contains(again.getFirst());
        assertThat(engagements.details(again.getFirst()).summary().state()).isEqualTo(EngagementState.INVITED);
    }

    @Test
    void an_enterprise_is_told_once_when_a_published_need_is_about_to_expire(
            @org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) {
        jdbc.update("UPDATE need SET expires_at = ? WHERE id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().plus(Duration.ofDays(10))), needId);
        needs.remindExpiring(java.time.Instant.now());
        needs.remindExpiring(java.time.Instant.now().plusSeconds(60));
        actAs(enterprise);
        var notices = notifications.mine(false, List.of(Kind.NEED_EXPIRING), PageRequest.of(0, 10)).getContent();
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.link()).isEqualTo("needs/" + needId);
            assertThat(n.subject()).isEqualTo("冲压车间伺服压力机更新");
        });
        needs.renew(needId);
        jdbc.update("UPDATE need SET expires_at = ? WHERE id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().plus(Duration.ofDays(5))), needId);
        needs.remindExpiring(java.time.Instant.now());
        assertThat(notifications.mine(false, List.of(Kind.NEED_EXPIRING), PageRequest.of(0, 10)).getTotalElements())
                .as("again after a renewal").isEqualTo(2);
    }

    long stranger2() {
        strangerUser = TestData.username("e-third");
        long id = accounts.register(TestData.provider(strangerUser)).organizationId();
        actAs(strangerUser);
        providers.save(-1, profile());
        actAs(enterprise);
        return id;
    }

    @Test
    void silence_approves_a_milestone_after_14_days_with_a_reminder_3_days_before_across_a_month_end() {
        actAs(provider);
        long id = engagements.expressInterest(needId, "可以做");
        actAs(enterprise);
        engagements.accept(id);
        actAs(provider);
        var form = new ProposalForm("方案", "范围", new BigDecimal("100"), 30, List.of(
                new PlannedMilestone("唯一里程碑", "交付物", LocalDate.now(Formats.ZONE).plusDays(10), 100)));
        var p = engagements.submitProposal(id, form, null, null);
        actAs(enterprise);
        engagements.acceptProposal(id, p.id());
        actAs(provider);
        long milestoneId = engagements.milestones(id).getFirst().id();
        engagements.submitMilestone(id, milestoneId, "完成", null, null);

        // pretend it was submitted at 23:30 Shanghai time on 17 January 2027: due at 23:30 on 31 January
        Milestone m = milestoneRows.findById(milestoneId).orElseThrow();
        Instant submitted = ZonedDateTime.of(2027, 1, 17, 23, 30, 0, 0, Formats.ZONE).toInstant();
        org.springframework.test.util.ReflectionTestUtils.setField(m, "autoApproveAt", submitted.plus(Duration.ofDays(14)));
        milestoneRows.save(m);
        SecurityContextHolder.clearContext();

        Instant beforeReminder = ZonedDateTime.of(2027, 1, 28, 23, 29, 0, 0, Formats.ZONE).toInstant();
        engagements.runTimers(beforeReminder);
        assertThat(milestoneRows.findById(milestoneId).orElseThrow().getRemindedAt()).isNull();
        Instant reminder = ZonedDateTime.of(2027, 1, 28, 23, 30, 0, 0, Formats.ZONE).toInstant();
        engagements.runTimers(reminder);
        assertThat(milestoneRows.findById(milestoneId).orElseThrow().getRemindedAt()).isEqualTo(reminder);
        engagements.runTimers(reminder.plusSeconds(60));
        assertThat(milestoneRows.findById(milestoneId).orElseThrow().getRemindedAt()).as("one reminder only")
                .isEqualTo(reminder);
        Instant lastMinute = ZonedDateTime.of(2027, 1, 31, 23, 29, 59, 0, Formats.ZONE).toInstant();
        engagements.runTimers(lastMinute);
        assertThat(milestoneRows.findById(milestoneId).orElseThrow().getState()).isEqualTo(MilestoneState.SUBMITTED);
        Instant due = ZonedDateTime.of(2027, 1, 31, 23, 30, 0, 0, Formats.ZONE).toInstant();
        engagements.runTimers(due);
        var approved = milestoneRows.findById(milestoneId).orElseThrow();
        assertThat(approved.getState()).isEqualTo(MilestoneState.APPROVED);
        assertThat(approved.isAutoApproved()).isTrue();
        assertThat(approved.getApprovedAt()).isEqualTo(due);
        assertThat(engagementRows.findById(id).orElseThrow().getState()).isEqualTo(EngagementState.COMPLETED);
        actAs(enterprise);
        assertThat(engagements.history(id)).extracting(HistoryEntry::transition).containsSubsequence(
                Transition.SUBMIT_MILESTONE, Transition.REMIND_AUTO_APPROVAL, Transition.AUTO_APPROVE_MILESTONE,
                Transition.COMPLETE);
        assertThat(notifications.mine(false, List.of(Kind.REMIND_AUTO_APPROVAL), PageRequest.of(0, 5))
                .getTotalElements()).isOne();
        SecurityContextHolder.clearContext();

        // ratings: one side rated, the other kept silent; shown 14 days after completion, not a minute before
        actAs(enterprise);
        engagements.rate(id, new int[] {3, 3, 3}, null);
        SecurityContextHolder.clearContext();
        Instant completed = engagementRows.findById(id).orElseThrow().getCompletedAt();
        engagements.runTimers(completed.plus(Duration.ofDays(14)).minusSeconds(1));
        assertThat(ratingRows.findByEngagementId(id)).allSatisfy(r -> assertThat(r.isVisible()).isFalse());
        engagements.runTimers(completed.plus(Duration.ofDays(14)));
        assertThat(ratingRows.findByEngagementId(id)).allSatisfy(r -> assertThat(r.isVisible()).isTrue());
        actAs(provider);
        assertThatThrownBy(() -> engagements.rate(id, new int[] {1, 1, 1}, null))
                .as("no rating after reading the other side's").isInstanceOf(InvalidInputException.class);
    }
}
