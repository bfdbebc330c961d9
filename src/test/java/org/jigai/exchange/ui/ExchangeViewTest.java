package org.jigai.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.jigai.exchange.ExcelExchange;
import org.jigai.exchange.ImportResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ExchangeViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("demo-bureau")
    void bureau_staff_get_the_template_the_export_and_a_list_of_refused_rows() {
        UI.getCurrent().navigate("exchange");
        var view = (ExchangeView) getCurrentView();
        assertThat($(Anchor.class).all()).extracting(a -> a.getId().orElse(""))
                .contains("exchange-template", "exchange-export");
        assertThat(view.errors.isVisible()).isFalse();

        var none = new ImportResponse.Counts(0, 0, 0);
        view.show(new ExcelExchange.Result(new ImportResponse.Counts(1, 2, 3), none, none,
                List.of(new ExcelExchange.RowError("技改需求", 4, "预算（万元）", "“六百”不是数字"))));
        assertThat(view.result.getText()).startsWith("导入完成：新增 机构 1 条、方案 2 条、需求 3 条")
                .contains("以下 1 行未导入");
        assertThat(view.errors.isVisible()).isTrue();
        assertThat(test(view.errors).size()).isEqualTo(1);
        assertThat(test(view.errors).getCellText(0, 3)).isEqualTo("“六百”不是数字");
    }

    @Test
    @WithUserDetails("demo-enterprise")
    void enterprises_do_not_find_the_page() {
        UI.getCurrent().navigate("exchange");
        assertThat(getCurrentView()).isNotInstanceOf(ExchangeView.class);
    }
}
