package org.jigai.matching.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.Duration;
import org.jigai.matching.IndexAdminService;
import org.jigai.matching.VocabularyService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class MatchingViewsTest extends SpringBrowserlessTest {

    @Autowired VocabularyService vocabulary;
    @Autowired IndexAdminService index;

    @Test
    @WithUserDetails("admin")
    void an_admin_edits_the_synonyms_bad_lines_are_named_and_nothing_is_lost() {
        UI.getCurrent().navigate("admin/matching");
        var view = (MatchingAdminView) getCurrentView();
        String original = view.dictionary.getValue();
        assertThat(original.lines().count()).isGreaterThanOrEqualTo(200);

        test(view.dictionary).setValue(original + "\n只有一个词\n");
        test(view.saveDictionary).click();
        assertThat(view.dictionary.isInvalid()).isTrue();
        assertThat(view.dictionary.getErrorMessage()).contains("第 " + (original.lines().count() + 1) + " 行");
        assertThat(view.dictionary.getValue()).contains("只有一个词");
        assertThat(vocabulary.current().expand("老设备要做预知维修")).isNotEmpty();

        test(view.dictionary).setValue(original + "\n冲压线, 冲压生产线, 冲压自动化线");
        test(view.saveDictionary).click();
        assertThat(view.dictionary.isInvalid()).isFalse();
        assertThat(vocabulary.current().expand("冲压线改造").getFirst().alternatives()).contains("冲压生产线");
        test(view.dictionary).setValue(original);
        test(view.saveDictionary).click();
    }

    @Test
    @WithUserDetails("demo-bureau")
    void bureau_staff_see_the_index_state_and_rebuild_it_but_do_not_edit_synonyms() {
        UI.getCurrent().navigate("admin/matching");
        var view = (MatchingAdminView) getCurrentView();
        assertThat(view.dictionary.isAttached()).isFalse();
        assertThat(test(view.types).size()).isEqualTo(3);
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> !index.rebuild().running());
        test(view.rebuild).click();
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> !index.rebuild().running());
        view.refresh();
        assertThat(view.progressText.getText()).startsWith("上次重建完成");
        assertThat(view.rebuild.isEnabled()).isTrue();
    }

    @Test
    @WithUserDetails("demo-provider")
    void a_provider_home_page_lists_recommended_needs_with_reasons() {
        UI.getCurrent().navigate("");
        var leads = $(Div.class).id("home-leads");
        assertThat(leads.getElement().getTextRecursively()).contains("为您推荐的需求");
    }

    @Test
    @WithUserDetails("demo-enterprise")
    void enterprises_do_not_find_the_settings() {
        UI.getCurrent().navigate("admin/matching");
        assertThat(getCurrentView()).isNotInstanceOf(MatchingAdminView.class);
    }
}
