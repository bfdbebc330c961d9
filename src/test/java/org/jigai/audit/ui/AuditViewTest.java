package org.jigai.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The audit log reads every action in words, the collaboration's transitions and the project library's included. */
@SpringBootTest
@ActiveProfiles("test")
class AuditViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    void every_kind_of_action_reads_in_words() {
        var view = navigate(AuditView.class);
        var label = view.action.getItemLabelGenerator();
        assertThat(label.apply("ENGAGEMENT_INVITE")).isEqualTo("对接：邀请报价");
        assertThat(label.apply("ENGAGEMENT_ACCEPT_PROPOSAL")).isEqualTo("对接：接受方案并签约");
        assertThat(label.apply("ENGAGEMENT_CONTACTS_REVEALED")).isEqualTo("对接：双方联系方式已交换");
        assertThat(label.apply("PROJECT_START_PRODUCTION")).isEqualTo("项目投产");
        assertThat(label.apply("PROJECT_URGED")).isEqualTo("催报调度报告");
        assertThat(label.apply("LOGIN_SUCCESS")).isEqualTo("登录成功");
        // every action the demo data recorded has a label
        view.action.getListDataView().getItems().forEach(a -> assertThat(label.apply(a)).as(a).doesNotStartWith("!"));
    }
}
