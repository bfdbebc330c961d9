package org.jigai.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.jigai.IntegrationTest;
import org.jigai.TestData;
import org.jigai.base.InvalidInputException;
import org.jigai.base.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class AccountServiceTest {

    @Autowired AccountService accounts;
    @Autowired Translations translations;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    static void actAs(AccountPrincipal principal) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    void actAs(String username) {
        actAs(accounts.findLogin(username).orElseThrow());
    }

    /** The Chinese message the service gives for one field. */
    String messageFor(Registration registration, String field) {
        try {
            accounts.register(registration);
        } catch (InvalidInputException e) {
            var problem = e.problems().get(field);
            assertThat(problem).as("a problem with " + field + " among " + e.problems().keySet()).isNotNull();
            return translations.get(problem.key(), problem.args());
        }
        throw new AssertionError("the registration was accepted");
    }

    @Test
    void registers_an_enterprise_whose_first_user_is_its_admin() {
        String username = TestData.username("ent");
        var principal = accounts.register(TestData.enterprise(username));
        assertThat(principal.roles()).containsExactly(Role.ENTERPRISE);
        assertThat(principal.organizationAdmin()).isTrue();
        assertThat(accounts.findLogin(username)).isPresent();
    }

    @Test
    void registration_rejects_a_wrong_check_character() {
        var valid = TestData.enterprise(TestData.username("ent"));
        String wrong = valid.creditCode().substring(0, 17) + (valid.creditCode().endsWith("0") ? "1" : "0");
        var r = new Registration(valid.type(), valid.organizationName(), wrong, valid.region(), valid.contactName(),
                valid.mobile(), valid.email(), valid.username(), valid.password());
        assertThat(messageFor(r, "creditCode")).isEqualTo("统一社会信用代码校验位不正确，请核对营业执照");
    }

    @Test
    void registration_rejects_a_duplicate_credit_code() {
        var first = TestData.enterprise(TestData.username("ent"));
        accounts.register(first);
        var second = new Registration(first.type(), "另一家公司", first.creditCode(), first.region(), "钱七",
                "13800000000", "q@example.cn", TestData.username("ent"), TestData.PASSWORD);
        assertThat(messageFor(second, "creditCode")).startsWith("该统一社会信用代码已注册");
    }

    @Test
    void registration_rejects_a_weak_password() {
        var valid = TestData.enterprise(TestData.username("ent"));
        var common = new Registration(valid.type(), valid.organizationName(), valid.creditCode(), valid.region(),
                valid.contactName(), valid.mobile(), valid.email(), valid.username(), "password123");
        assertThat(messageFor(common, "password")).isEqualTo("该密码过于常见，容易被猜中，请换一个");
        var shortOne = new Registration(valid.type(), valid.organizationName(), valid.creditCode(), valid.region(),
                valid.contactName(), valid.mobile(), valid.email(), valid.username(), "Qd-7x");
        assertThat(messageFor(shortOne, "password")).isEqualTo("密码至少需要 8 位");
        var withName = new Registration(valid.type(), valid.organizationName(), valid.creditCode(), valid.region(),
                valid.contactName(), valid.mobile(), valid.email(), valid.username(), valid.username() + "-Xy9!");
        assertThat(messageFor(withName, "password")).isEqualTo("密码不能包含用户名");
    }

    @Test
    void registration_rejects_a_malformed_mobile_number() {
        var valid = TestData.enterprise(TestData.username("ent"));
        var r = new Registration(valid.type(), valid.organizationName(), valid.creditCode(), valid.region(),
                valid.contactName(), "1234567890", valid.email(), valid.username(), valid.password());
        assertThat(messageFor(r, "mobile")).isEqualTo("请输入 11 位大陆手机号码");
    }

    @Test
    void registration_reports_every_missing_field_at_once_and_stores_nothing() {
        String username = TestData.username("empty");
        var r = new Registration(null, "", "", null, "", "", "", username, "");
        assertThatThrownBy(() -> accounts.register(r))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().keySet())
                        .contains("type", "organizationName", "creditCode", "region", "contactName", "mobile", "email",
                                "password"));
        assertThat(accounts.findLogin(username)).isEmpty();
    }

    @Test
    void keeps_emoji_and_rare_characters_in_names_intact() {
        String username = TestData.username("emoji");
        var valid = TestData.enterprise(username);
        String name = "青岛𠀾𪚥精密🔧机械有限公司";
        accounts.register(new Registration(valid.type(), name, valid.creditCode(), valid.region(), "𠮷田一郎",
                valid.mobile(), valid.email(), username, valid.password()));
        assertThat(accounts.findLogin(username).orElseThrow().organizationName()).isEqualTo(name);
    }

    @Test
    void a_colleague_joins_with_an_invitation_link_once() {
        String admin = TestData.username("ent");
        var org = accounts.register(TestData.enterprise(admin));
        actAs(admin);
        var invitation = accounts.invite("小王", "http://localhost/");
        String token = invitation.link().substring(invitation.link().lastIndexOf('/') + 1);
        logOut();

        assertThat(accounts.invitingOrganization(token)).contains(org.organizationName());
        String colleague = TestData.username("colleague");
        var joined = accounts.acceptInvitation(token,
                new NewColleague("王小明", "13611112222", "", colleague, TestData.PASSWORD));
        assertThat(joined.organizationId()).isEqualTo(org.organizationId());
        assertThat(joined.roles()).containsExactly(Role.ENTERPRISE);
        assertThat(joined.organizationAdmin()).isFalse();

        assertThat(accounts.invitingOrganization(token)).isEmpty();
        assertThatThrownBy(() -> accounts.acceptInvitation(token,
                new NewColleague("李四", "", "", TestData.username("late"), TestData.PASSWORD)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void only_the_organisation_admin_invites_and_colleagues_see_only_their_own_organisation() {
        String adminA = TestData.username("ent");
        accounts.register(TestData.enterprise(adminA));
        String adminB = TestData.username("prov");
        accounts.register(TestData.provider(adminB));
        actAs(adminA);
        String token = accounts.invite(null, "http://x/").link().replaceAll(".*/", "");
        logOut();
        String member = TestData.username("member");
        accounts.acceptInvitation(token, new NewColleague("周八", "", "", member, TestData.PASSWORD));

        actAs(member);
        assertThatThrownBy(() -> accounts.invite(null, "http://x/")).isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.colleagues()).extracting(UserSummary::username).containsExactlyInAnyOrder(adminA, member);

        actAs(adminB);
        assertThat(accounts.colleagues()).extracting(UserSummary::username).containsExactly(adminB);
    }

    @Test
    void only_an_admin_creates_staff_accounts_and_changes_roles() {
        String enterprise = TestData.username("ent");
        accounts.register(TestData.enterprise(enterprise));
        actAs(enterprise);
        var staff = new NewStaffAccount(TestData.username("bureau"), "张敏", null, null, EnumSet.of(Role.BUREAU),
                TestData.PASSWORD);
        assertThatThrownBy(() -> accounts.createStaffAccount(staff)).isInstanceOf(AccessDeniedException.class);

        actAs("admin");
        var created = accounts.createStaffAccount(staff);
        assertThat(created.roles()).containsExactly(Role.BUREAU);
        var changed = accounts.changeRoles(created.id(), Set.of(Role.BUREAU, Role.EXPERT));
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.BUREAU, Role.EXPERT);

        long enterpriseId = accounts.findLogin(enterprise).orElseThrow().id();
        assertThatThrownBy(() -> accounts.changeRoles(enterpriseId, Set.of(Role.ADMIN)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> accounts.createStaffAccount(new NewStaffAccount(TestData.username("x"), "某人", null,
                null, EnumSet.of(Role.ENTERPRISE), TestData.PASSWORD))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void an_admin_cannot_lock_themselves_out() {
        actAs("admin");
        long me = accounts.findLogin("admin").orElseThrow().id();
        assertThatThrownBy(() -> accounts.setEnabled(me, false)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> accounts.changeRoles(me, Set.of(Role.BUREAU))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void changing_a_password_needs_the_current_one() {
        String username = TestData.username("ent");
        accounts.register(TestData.enterprise(username));
        actAs(username);
        assertThatThrownBy(() -> accounts.changePassword("wrong", "Another-Good-Pass-9"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("currentPassword"));
        accounts.changePassword(TestData.PASSWORD, "Another-Good-Pass-9");
    }

    @Test
    void the_demo_accounts_exist_with_their_roles() {
        assertThat(accounts.findLogin("demo-enterprise").orElseThrow().roles()).containsExactly(Role.ENTERPRISE);
        assertThat(accounts.findLogin("demo-provider").orElseThrow().roles()).containsExactly(Role.PROVIDER);
        assertThat(accounts.findLogin("demo-bureau").orElseThrow().roles()).containsExactly(Role.BUREAU);
        assertThat(accounts.findLogin("demo-expert").orElseThrow().roles()).containsExactly(Role.EXPERT);
        assertThat(accounts.findLogin("admin").orElseThrow().roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void names_and_notes_with_control_or_direction_characters_are_refused_not_stored() {
        String user = TestData.username("bidi");
        var r = TestData.enterprise(user);
        var bidi = new Registration(r.type(), "探针\u202E注册企业", r.creditCode(), r.region(), "张\u0007三", r.mobile(),
                r.email(), r.username(), r.password());
        assertThatThrownBy(() -> accounts.register(bidi)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().keySet()).containsExactlyInAnyOrder("organizationName", "contactName"));
        assertThat(accounts.findLogin(user)).isEmpty();

        accounts.register(r);
        org.jigai.TestData.actAs(accounts, user);
        assertThatThrownBy(() -> accounts.invite("同事\u202E甲", "http://localhost/"))
                .isInstanceOf(InvalidInputException.class);
        SecurityContextHolder.clearContext();
    }
}
