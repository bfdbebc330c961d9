package org.jigai.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.jigai.IntegrationTest;
import org.jigai.TestData;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.AccountService;
import org.jigai.base.CreditCode;
import org.jigai.base.Translations;
import org.jigai.need.NeedFilter;
import org.jigai.need.NeedService;
import org.jigai.provider.SolutionFilter;
import org.jigai.provider.SolutionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class DemoGeneratorTest {

    @Autowired DemoData demoData;
    @Autowired AccountService accounts;
    @Autowired NeedService needs;
    @Autowired SolutionService solutions;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    void actAs(String username) {
        TestData.actAs(accounts, username);
    }

    @Test
    void the_same_seed_gives_the_same_valid_data() {
        var a = new DemoGenerator(7, new Translations()).generate(20, 50, 100, "x-");
        var b = new DemoGenerator(7, new Translations()).generate(20, 50, 100, "x-");
        assertThat(a).isEqualTo(b);
        var codes = new HashSet<String>();
        for (var o : a.organizations()) {
            assertThat(CreditCode.isValid(o.creditCode())).as(o.creditCode()).isTrue();
            assertThat(codes.add(o.creditCode())).as("unique credit code").isTrue();
            assertThat(o.name()).startsWith("青岛").endsWith("有限公司").doesNotContain("null");
        }
        assertThat(a.needs()).hasSize(100).allSatisfy(n -> {
            assertThat(n.title().codePointCount(0, n.title().length())).isLessThanOrEqualTo(60);
            assertThat(n.description()).hasSizeGreaterThan(30);
        });
        assertThat(a.solutions()).hasSize(50);
        assertThat(a.organizations().stream().filter(DemoGenerator.Organization::provider)).hasSize(20);
    }

    @Test
    void a_generated_volume_loads_through_the_import_paths_and_is_browsable() {
        String prefix = "t" + System.nanoTime() + "-";
        actAs("admin");
        demoData.loadVolume(new DemoGenerator(11, new Translations()).generate(6, 15, 30, prefix));
        actAs("demo-enterprise");
        assertThat(solutions.browse(SolutionFilter.NONE, null, PageRequest.of(0, 5000)).getContent())
                .filteredOn(s -> s.ref() != null && s.ref().startsWith(prefix)).as("published solutions of this volume")
                .hasSize(15);
        actAs("demo-provider");
        assertThat(needs.browse(NeedFilter.NONE, PageRequest.of(0, 5000)).getContent())
                .filteredOn(n -> n.ref() != null && n.ref().startsWith(prefix)).as("open needs of this volume")
                .hasSize(30);
    }
}
