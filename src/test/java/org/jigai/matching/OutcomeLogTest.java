package org.jigai.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jigai.IntegrationTest;
import org.jigai.TestData;
import org.jigai.account.AccountService;
import org.jigai.base.Direction;
import org.jigai.base.Formats;
import org.jigai.base.Industry;
import org.jigai.base.ServiceCategory;
import org.jigai.engagement.EngagementService;
import org.jigai.engagement.PlannedMilestone;
import org.jigai.engagement.ProposalForm;
import org.jigai.need.ContactPreference;
import org.jigai.need.NeedForm;
import org.jigai.need.NeedService;
import org.jigai.need.Visibility;
import org.jigai.provider.ProfileForm;
import org.jigai.provider.ProviderService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** The lists a user was shown and what followed, traced from the collaboration's events. */
@IntegrationTest
class OutcomeLogTest {

    @Autowired OutcomeLog log;
    @Autowired EngagementService engagements;
    @Autowired NeedService needs;
    @Autowired ProviderService providers;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_recommendation_that_led_to_a_signed_engagement_is_traced_from_shown_to_signed() {
        String enterprise = TestData.username("out-ent");
        accounts.register(TestData.enterprise(enterprise));
        String provider = TestData.username("out-prov");
        long providerId = accounts.register(TestData.provider(provider)).organizationId();
        String stranger = TestData.username("out-x");
        accounts.register(TestData.enterprise(stranger));
        TestData.actAs(accounts, provider);
        providers.save(-1, new ProfileForm("日志测试服务商", 10, 2018, EnumSet.of(ServiceCategory.DIAGNOSIS),
                EnumSet.of(Industry.FOOD), Set.of("370283"), List.of(), List.of(), null, null, null));
        TestData.actAs(accounts, enterprise);
        long need = needs.create(new NeedForm("包装线诊断", "速冻包装线自动化诊断。", Industry.FOOD,
                EnumSet.of(Direction.SMART), "370283", new BigDecimal("10"), new BigDecimal("20"), null, null,
                Visibility.ALL_PROVIDERS, ContactPreference.PLATFORM), true);

        long impression = log.shown(OutcomeLog.ListKind.NEED_RECOMMENDATIONS, need, null,
                List.of(new OutcomeLog.Shown("solution", 901, 999_999, 6.2), new OutcomeLog.Shown("solution", 902, providerId, 5.8)));
        assertThat(impression).isPositive();
        assertThat(jdbc.queryForObject("SELECT ranking_version FROM match_impression WHERE id = ?", String.class, impression))
                .isEqualTo(Weights.VERSION);
        assertThat(jdbc.queryForList("SELECT record_id FROM match_impression_item WHERE impression_id = ? ORDER BY position",
                Long.class, impression)).containsExactly(901L, 902L);
        TestData.actAs(accounts, stranger);
        log.opened(impression, "solution", 902);
        assertThat(count(impression, "OPENED")).as("only the user who saw the list").isZero();
        TestData.actAs(accounts, enterprise);
        log.opened(impression, "solution", 902);
        log.opened(impression, "solution", 12345);
        assertThat(count(impression, "OPENED")).as("only records the list showed").isOne();

        long id = engagements.invite(need, List.of(providerId), null).getFirst();
        TestData.actAs(accounts, provider);
        engagements.accept(id);
        long proposal = engagements.submitProposal(id, new ProposalForm("方案", "范围", new BigDecimal("12"), 30,
                List.of(new PlannedMilestone("报告", "诊断报告", LocalDate.now(Formats.ZONE).plusDays(20), 100))), null, null).id();
        TestData.actAs(accounts, enterprise);
        engagements.acceptProposal(id, proposal);
        assertThat(log.outcomes(id)).containsExactly("INVITED", "ACCEPTED", "PROPOSAL", "SIGNED");
        assertThat(jdbc.queryForList("SELECT DISTINCT record_id FROM match_outcome WHERE engagement_id = ?", Long.class, id))
                .as("attributed to the provider's solution, not the other one").containsExactly(902L);
    }

    private long count(long impression, String outcome) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM match_outcome WHERE impression_id = ? AND outcome = ?", Long.class,
                impression, outcome);
    }
}
