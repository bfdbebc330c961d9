package org.jigai.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.jigai.IntegrationTest;
import org.jigai.TestData;
import org.jigai.base.Industry;
import org.jigai.base.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class OrganizationProfileServiceTest {

    @Autowired OrganizationProfileService organizations;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;

    String admin;

    @BeforeEach
    void enterprise() {
        admin = TestData.username("org-admin");
        accounts.register(TestData.enterprise(admin));
        TestData.actAs(accounts, admin);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    static OrganizationForm form(String mobile, String email, String region) {
        return new OrganizationForm("胶州市精密零部件制造，主营农机齿轮箱。", EnumSet.of(Industry.MACHINERY, Industry.AUTOMOTIVE),
                region, "高文斌", mobile, email, "胶州市经济技术开发区长江路 88 号");
    }

    @Test
    void the_administrator_edits_everything_but_name_and_credit_code_and_it_is_audited() {
        var before = organizations.mine();
        assertThat(before.mayEdit()).isTrue();
        organizations.save(before.version(), form("13912345678", "gao@example.cn", "370281"));
        var after = organizations.mine();
        assertThat(after.name()).isEqualTo(before.name());
        assertThat(after.creditCode()).isEqualTo(before.creditCode());
        assertThat(after.description()).isEqualTo("胶州市精密零部件制造，主营农机齿轮箱。");
        assertThat(after.industries()).containsExactlyInAnyOrder(Industry.MACHINERY, Industry.AUTOMOTIVE);
        assertThat(after.address()).isEqualTo("胶州市经济技术开发区长江路 88 号");
        assertThat(after.contactEmail()).isEqualTo("gao@example.cn");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = ?",
                Integer.class, admin, OrganizationProfileService.ORGANIZATION_UPDATED)).isEqualTo(1);
    }

    @Test
    void bad_input_is_refused_field_by_field_and_nothing_is_stored() {
        var before = organizations.mine();
        assertThatThrownBy(() -> organizations.save(before.version(), form("12345", "not-an-email", "999999")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().keySet())
                        .containsExactlyInAnyOrder("contactMobile", "contactEmail", "region"));
        assertThat(organizations.mine().description()).isEqualTo(before.description());
        assertThat(organizations.mine().version()).isEqualTo(before.version());
    }

    @Test
    void a_save_over_a_newer_version_is_refused() {
        long version = organizations.mine().version();
        organizations.save(version, form("13912345678", "gao@example.cn", "370281"));
        assertThatThrownBy(() -> organizations.save(version, form("13912345679", "x@example.cn", "370211")))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(organizations.mine().contactMobile()).isEqualTo("13912345678");
    }

    @Test
    void a_colleague_reads_but_does_not_edit_and_a_provider_has_no_such_page() {
        var invitation = accounts.invite(null, "http://localhost/");
        String token = invitation.link().substring(invitation.link().lastIndexOf('/') + 1);
        SecurityContextHolder.clearContext();
        String colleague = TestData.username("colleague");
        accounts.acceptInvitation(token, new NewColleague("王芳", "13800001111", "wang@example.cn", colleague,
                TestData.PASSWORD));
        TestData.actAs(accounts, colleague);
        var page = organizations.mine();
        assertThat(page.mayEdit()).isFalse();
        assertThatThrownBy(() -> organizations.save(page.version(), form("13912345678", "gao@example.cn", "370281")))
                .isInstanceOf(AccessDeniedException.class);

        String provider = TestData.username("org-prov");
        accounts.register(TestData.provider(provider));
        TestData.actAs(accounts, provider);
        assertThatThrownBy(() -> organizations.mine()).isInstanceOf(AccessDeniedException.class);
    }
}
