package org.jigai.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jigai.ApiClient;
import org.jigai.TestData;
import org.jigai.account.AccountService;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.ServiceCategory;
import org.jigai.engagement.EngagementService;
import org.jigai.provider.ProfileForm;
import org.jigai.provider.ProviderService;
import org.jigai.provider.SolutionForm;
import org.jigai.provider.SolutionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * 匿名发布: a provider never learns which enterprise posted an anonymous need — not on its page, in lists, search,
 * matches, the API or an engagement — until the enterprise invites it or accepts its interest; staff always know.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AnonymousNeedTest {

    @Autowired NeedService needs;
    @Autowired EngagementService engagements;
    @Autowired ProviderService providers;
    @Autowired SolutionService solutions;
    @Autowired AccountService accounts;
    @LocalServerPort int port;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void providers_see_industry_and_district_only_until_the_enterprise_engages_them() throws Exception {
        String enterprise = TestData.username("anon-ent");
        var registration = TestData.enterprise(enterprise);
        accounts.register(registration);
        String name = registration.organizationName();
        String interested = TestData.username("anon-a");
        long interestedId = accounts.register(TestData.provider(interested)).organizationId();
        String bystander = TestData.username("anon-b");
        long bystanderId = accounts.register(TestData.provider(bystander)).organizationId();
        String word = "anon" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        long solution = 0;
        for (String p : List.of(interested, bystander)) {
            TestData.actAs(accounts, p);
            providers.save(-1, new ProfileForm("焊接自动化集成商。", 30, 2016, EnumSet.of(ServiceCategory.TECH_APPLICATION),
                    EnumSet.of(Industry.MARINE), Set.of("370211"), List.of(), List.of(), null, null, null));
            solution = solutions.create(new SolutionForm("管法兰焊接机器人工作站 " + word, "船用管件法兰自动焊接机器人工作站 " + word,
                    EnumSet.of(ServiceCategory.TECH_APPLICATION), EnumSet.of(Industry.MARINE), EnumSet.of(Direction.SMART),
                    new BigDecimal("100"), new BigDecimal("300"), 20, "焊接机器人", Set.of()), true);
        }
        long bystanderSolution = solution;
        TestData.actAs(accounts, enterprise);
        long needId = needs.create(new NeedForm("管法兰焊接机器人 " + word, "船用管件法兰自动焊接，机器换人 " + word,
                Industry.MARINE, EnumSet.of(Direction.SMART), "370211", new BigDecimal("200"), new BigDecimal("350"),
                null, null, Visibility.ALL_PROVIDERS, ContactPreference.PLATFORM, true), true);
        assertThat(needs.details(needId).ownerShown()).as("its own enterprise").isTrue();
        assertThat(needs.details(needId).anonymous()).isTrue();

        // pages and lists
        TestData.actAs(accounts, bystander);
        var seen = needs.details(needId);
        assertThat(seen.ownerShown()).isFalse();
        assertThat(seen.organizationName()).isEmpty();
        assertThat(needs.browse(NeedFilter.NONE, PageRequest.of(0, 200)).stream().filter(n -> n.id() == needId))
                .singleElement().satisfies(n -> {
                    assertThat(n.ownerShown()).isFalse();
                    assertThat(n.organizationName()).isEmpty();
                });

        // the REST API: needs, search, matches
        var api = new ApiClient(port);
        String token = api.token(bystander, TestData.PASSWORD);
        JsonNode listed = null;
        for (JsonNode n : ApiClient.JSON.readTree(api.call("GET", "/api/v1/needs?size=100", token, null).body()).get("content")) {
            if (n.get("id").asLong() == needId) {
                listed = n;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("enterpriseId").isNull()).isTrue();
        assertThat(listed.get("enterpriseName").isNull()).isTrue();
        assertThat(listed.toString()).doesNotContain(name);
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var search = api.call("GET", "/api/v1/search?type=need&q=" + word, token, null);
            JsonNode hits = ApiClient.JSON.readTree(search.body()).get("content");
            assertThat(hits.findValuesAsString("id")).contains(String.valueOf(needId));
            assertThat(search.body()).doesNotContain(name);
            var matches = api.call("GET", "/api/v1/solutions/" + bystanderSolution + "/matches?limit=20", token, null);
            assertThat(matches.body()).contains("\"needId\":" + needId).doesNotContain(name);
        });

        // an interest does not reveal the enterprise; its acceptance does, to that provider only
        TestData.actAs(accounts, interested);
        long engagement = engagements.expressInterest(needId, "可以做");
        assertThat(engagements.details(engagement).summary().enterpriseShown()).isFalse();
        assertThat(engagements.details(engagement).summary().enterpriseName()).isEmpty();
        String interestedToken = api.token(interested, TestData.PASSWORD);
        var before = api.call("GET", "/api/v1/engagements/" + engagement, interestedToken, null);
        assertThat(before.body()).doesNotContain(name);
        assertThat(ApiClient.JSON.readTree(before.body()).get("enterpriseId").isNull()).isTrue();
        TestData.actAs(accounts, enterprise);
        engagements.send(engagement, "请问贵司做过 CCS 认证的焊缝吗？", null, null);
        engagements.accept(engagement);
        TestData.actAs(accounts, interested);
        assertThat(engagements.details(engagement).summary().enterpriseName()).isEqualTo(name);
        assertThat(needs.details(needId).ownerShown()).isTrue();
        assertThat(needs.details(needId).organizationName()).isEqualTo(name);
        TestData.actAs(accounts, bystander);
        assertThat(needs.details(needId).ownerShown()).as("still anonymous to the others").isFalse();

        // an invitation reveals it to the invited provider; staff always know
        TestData.actAs(accounts, enterprise);
        engagements.invite(needId, List.of(bystanderId), null);
        TestData.actAs(accounts, bystander);
        assertThat(needs.details(needId).organizationName()).isEqualTo(name);
        TestData.actAs(accounts, "demo-bureau");
        assertThat(needs.details(needId).organizationName()).isEqualTo(name);
    }
}
