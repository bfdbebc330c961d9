package org.jigai.matching.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class SearchViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("demo-provider")
    void the_address_carries_the_query_facets_filter_and_html_in_titles_stays_text() {
        UI.getCurrent().navigate("search", QueryParameters.of("q", "空压机"));
        var view = (SearchView) getCurrentView();
        assertThat(view.query.getValue()).isEqualTo("空压机");
        assertThat(view.summary.getText()).startsWith("找到").contains("空压机");
        assertThat($(com.vaadin.flow.component.Html.class, view.hits).all())
                .anyMatch(html -> html.getInnerHtml().contains("<mark>空压"));
        var facet = $(Span.class, view.facets).all().stream().filter(s -> s.getText().startsWith("机械装备 ("))
                .findFirst().orElseThrow();
        test(facet).click();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .containsKey("industry");
        var filtered = (SearchView) getCurrentView();
        assertThat($(Span.class, filtered.facets).all()).anyMatch(s -> s.getText().equals("✕ 机械装备"));
    }

    @Test
    @WithUserDetails("demo-enterprise")
    void nonsense_in_the_address_is_ignored_and_an_empty_query_asks_for_words() {
        UI.getCurrent().navigate("search", QueryParameters.simple(java.util.Map.of("type", "BOGUS", "industry", "<script>", "page", "-3")));
        var view = (SearchView) getCurrentView();
        assertThat(view.summary.getText()).startsWith("输入关键词");
    }
}
