package org.jigai.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jigai.AccessTables;
import org.jigai.AccessTables.Row;
import org.jigai.ApiClient;
import org.jigai.TestData;
import org.jigai.account.AccountService;
import org.jigai.base.Direction;
import org.jigai.base.Formats;
import org.jigai.base.Industry;
import org.jigai.base.ServiceCategory;
import org.jigai.need.ContactPreference;
import org.jigai.need.NeedForm;
import org.jigai.need.NeedService;
import org.jigai.need.Visibility;
import org.jigai.provider.ProfileForm;
import org.jigai.provider.ProviderService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Walks the engagement table of {@code docs/security.md}: for every state, every reader's view (read, whole, contacts,
 * may-do flags) through the service and the REST API, and the marked actions tried and rolled back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EngagementAccessTableTest {

    static final Path DOC = Path.of("docs/security.md");
    static final List<String> TRIED = List.of("message", "accept", "decline", "withdraw", "consent", "propose", "cancel",
            "rate", "report", "handle");
    static final Map<String, Set<Transition>> FLAGS = Map.ofEntries(
            Map.entry("message", EnumSet.of(Transition.SEND_MESSAGE)),
            Map.entry("accept", EnumSet.of(Transition.ACCEPT_INVITATION, Transition.ACCEPT_INTEREST)),
            Map.entry("decline", EnumSet.of(Transition.DECLINE_INVITATION, Transition.DECLINE_INTEREST)),
            Map.entry("withdraw", EnumSet.of(Transition.WITHDRAW_INVITATION, Transition.WITHDRAW_INTEREST)),
            Map.entry("consent", EnumSet.of(Transition.CONSENT_CONTACTS)),
            Map.entry("propose", EnumSet.of(Transition.SUBMIT_PROPOSAL)),
            Map.entry("shortlist", EnumSet.of(Transition.SHORTLIST)),
            Map.entry("sign", EnumSet.of(Transition.ACCEPT_PROPOSAL)),
            Map.entry("deliver", EnumSet.of(Transition.SUBMIT_MILESTONE)),
            Map.entry("approve", EnumSet.of(Transition.APPROVE_MILESTONE)),
            Map.entry("cancel", EnumSet.of(Transition.CANCEL)),
            Map.entry("rate", EnumSet.of(Transition.RATE)),
            Map.entry("report", EnumSet.of(Transition.REPORT)),
            Map.entry("handle", EnumSet.of(Transition.HANDLE_REPORT)));

    @Autowired EngagementService engagements;
    @Autowired NeedService needs;
    @Autowired ProviderService providers;
    @Autowired AccountService accounts;
    @Autowired TransactionTemplate transactions;
    @LocalServerPort int port;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    static List<Row> table() throws IOException {
        return AccessTables.read(DOC, "engagement-table");
    }

    @Test
    void every_reader_sees_and_does_exactly_what_the_engagement_table_says() throws Exception {
        List<Row> rows = table();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(9);
        String enterprise = register(true);
        String provider = register(false);
        String rival = register(false);
        Map<String, String> readers = new LinkedHashMap<>();
        readers.put("enterprise", enterprise);
        readers.put("provider", provider);
        readers.put("other enterprise", register(true));
        readers.put("other provider", register(false));
        readers.put("bureau", "demo-bureau");
        readers.put("admin", "admin");
        readers.put("expert", "demo-expert");
        var api = new ApiClient(port);
        Map<String, String> tokens = new HashMap<>();
        for (var reader : readers.entrySet()) {
            boolean demo = reader.getValue().startsWith("demo-") || reader.getValue().equals("admin");
            tokens.put(reader.getKey(), api.token(reader.getValue(), demo ? "Demo-2026!" : TestData.PASSWORD));
        }
        for (Row row : rows) {
            long id = engagementIn(row.state(), enterprise, provider, rival);
            for (var reader : readers.entrySet()) {
                String where = row.state() + " / " + reader.getKey();
                Set<String> allowed = row.allowed().get(reader.getKey());
                checkService(id, reader.getValue(), allowed, where);
                checkApi(api, id, tokens.get(reader.getKey()), allowed, where);
            }
        }
    }

    private void checkService(long id, String user, Set<String> allowed, String where) {
        TestData.actAs(accounts, user);
        boolean read = AccessTables.succeeds(() -> engagements.details(id));
        assertThat(read).as(where + ": read").isEqualTo(allowed.contains("read"));
        assertThat(AccessTables.succeeds(() -> engagements.messages(id, org.springframework.data.domain.PageRequest.of(0, 5))))
                .as(where + ": whole").isEqualTo(allowed.contains("whole"));
        if (read) {
            var d = engagements.details(id);
            assertThat(d.whole()).as(where + ": whole flag").isEqualTo(allowed.contains("whole"));
            assertThat(d.providerContacts() != null && d.enterpriseContacts() != null).as(where + ": contacts")
                    .isEqualTo(allowed.contains("contacts"));
            Map<String, Boolean> flags = new java.util.TreeMap<>();
            Map<String, Boolean> expected = new java.util.TreeMap<>();
            FLAGS.forEach((action, transitions) -> {
                flags.put(action, transitions.stream().anyMatch(d::may));
                expected.put(action, allowed.contains(action));
            });
            assertThat(flags).as(where + ": flags").isEqualTo(expected);
        }
        for (String action : TRIED) {
            boolean done = AccessTables.triedAndRolledBack(transactions, () -> {
                switch (action) {
                    case "message" -> engagements.send(id, "试发消息", null, null);
                    case "accept" -> engagements.accept(id);
                    case "decline" -> engagements.decline(id, "试婉拒");
                    case "withdraw" -> engagements.withdraw(id);
                    case "consent" -> engagements.consentToContacts(id);
                    case "propose" -> engagements.submitProposal(id, proposal(), null, null);
                    case "cancel" -> engagements.cancel(id, "试终止");
                    case "rate" -> engagements.rate(id, new int[] {4, 4, 4}, null);
                    case "report" -> engagements.report(id, "试反映");
                    case "handle" -> engagements.handleReport(id, "试处理");
                    default -> throw new IllegalStateException(action);
                }
            });
            assertThat(done).as(where + ": " + action).isEqualTo(allowed.contains(action));
        }
    }

    private void checkApi(ApiClient api, long id, String token, Set<String> allowed, String where) throws Exception {
        assertThat(api.call("GET", "/api/v1/engagements/" + id, token, null).statusCode()).as(where + ": API read")
                .isEqualTo(allowed.contains("read") ? 200 : 404);
        assertThat(api.call("GET", "/api/v1/engagements/" + id + "/messages", token, null).statusCode())
                .as(where + ": API messages").isEqualTo(allowed.contains("whole") ? 200 : 404);
        boolean listed = false;
        for (int page = 0; !listed; page++) {
            JsonNode body = ApiClient.JSON.readTree(api.call("GET", "/api/v1/engagements?size=100&page=" + page, token, null).body());
            for (JsonNode e : body.get("content")) {
                listed |= e.get("id").asLong() == id;
            }
            if (body.get("content").size() < 100) {
                break;
            }
        }
        assertThat(listed).as(where + ": API list").isEqualTo(allowed.contains("read"));
    }

    /** A fresh need of the enterprise, and an engagement on it with the provider, brought into the state of the row. */
    private long engagementIn(String state, String enterprise, String provider, String rival) {
        TestData.actAs(accounts, enterprise);
        long needId = needs.create(new NeedForm("访问表测试对接需求", "用于对接访问规则测试。", Industry.MACHINERY,
                EnumSet.of(Direction.SMART), "370281", new BigDecimal("10"), new BigDecimal("50"), null, null,
                Visibility.ALL_PROVIDERS, ContactPreference.PLATFORM), true);
        long providerId = accounts.findLogin(provider).orElseThrow().organizationId();
        long id;
        if (state.equals("interested")) {
            TestData.actAs(accounts, provider);
            return engagements.expressInterest(needId, "可以做");
        }
        id = engagements.invite(needId, List.of(providerId), null).getFirst();
        if (state.equals("invited")) {
            return id;
        }
        TestData.actAs(accounts, provider);
        if (state.equals("declined")) {
            engagements.decline(id, "排期已满");
            return id;
        }
        engagements.accept(id);
        switch (state) {
            case "active" -> { }
            case "active, contacts exchanged" -> {
                engagements.consentToContacts(id);
                TestData.actAs(accounts, enterprise);
                engagements.consentToContacts(id);
            }
            case "reported by the enterprise" -> {
                TestData.actAs(accounts, enterprise);
                engagements.report(id, "测试反映");
            }
            case "closed, signed with another provider" -> {
                TestData.actAs(accounts, enterprise);
                long other = engagements.invite(needId, List.of(accounts.findLogin(rival).orElseThrow().organizationId()),
                        null).getFirst();
                TestData.actAs(accounts, rival);
                engagements.accept(other);
                long proposal = engagements.submitProposal(other, proposal(), null, null).id();
                TestData.actAs(accounts, enterprise);
                engagements.acceptProposal(other, proposal);
            }
            case "signed", "completed" -> {
                long proposal = engagements.submitProposal(id, proposal(), null, null).id();
                TestData.actAs(accounts, enterprise);
                engagements.acceptProposal(id, proposal);
                if (state.equals("completed")) {
                    for (var m : engagements.milestones(id)) {
                        TestData.actAs(accounts, provider);
                        engagements.submitMilestone(id, m.id(), "完成", null, null);
                        TestData.actAs(accounts, enterprise);
                        engagements.approveMilestone(id, m.id());
                    }
                }
            }
            default -> throw new IllegalStateException("unknown engagement state in the table: " + state);
        }
        return id;
    }

    static ProposalForm proposal() {
        return new ProposalForm("方案", "范围", new BigDecimal("30"), 60, List.of(
                new PlannedMilestone("交付", "报告", LocalDate.now(Formats.ZONE).plusDays(30), 100)));
    }

    private String register(boolean enterprise) {
        String user = TestData.username(enterprise ? "eacl-ent" : "eacl-prov");
        accounts.register(enterprise ? TestData.enterprise(user) : TestData.provider(user));
        if (!enterprise) {
            TestData.actAs(accounts, user);
            providers.save(-1, new ProfileForm("访问表测试服务商", 20, 2015, EnumSet.of(ServiceCategory.TECH_APPLICATION),
                    EnumSet.of(Industry.MACHINERY), Set.of("370211"), List.of(), List.of(), "孙丽", "15066778899",
                    "sunli@example.cn"));
        }
        return user;
    }

}
