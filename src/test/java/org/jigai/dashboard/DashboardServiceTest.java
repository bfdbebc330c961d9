package org.jigai.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.jigai.TestData;
import org.jigai.account.AccountService;
import org.jigai.base.Formats;
import org.jigai.event.EventService;
import org.jigai.need.NeedService;
import org.jigai.pool.PoolService;
import org.jigai.project.LibraryFilter;
import org.jigai.project.ProjectService;
import org.jigai.selection.SelectionService;
import org.jigai.selection.SelectionViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The dashboard on the demo data agrees with each module's own count, read another way (the library's tracked and
 * completed key projects, the events' year counts, the public pool list, the public showcase), and is the bureau's
 * and admins' only.
 */
@SpringBootTest
@ActiveProfiles("test")
class DashboardServiceTest {

    @Autowired DashboardService dashboard;
    @Autowired AccountService accounts;
    @Autowired EventService events;
    @Autowired ProjectService projects;
    @Autowired PoolService pool;
    @Autowired SelectionService selection;
    @Autowired NeedService needs;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_figures_agree_with_each_module_and_only_staff_read_them() {
        int year = LocalDate.now(Formats.ZONE).getYear();
        TestData.actAs(accounts, "demo-bureau");
        var k = dashboard.figures(year).kpis();
        assertThat(k.eventsHeld()).isEqualTo(events.yearCounts(year).held());
        var totals = projects.totals(LibraryFilter.ALL);
        assertThat(k.keyTracked()).isEqualTo(totals.trackedKey());
        assertThat(k.keyCompleted()).isEqualTo(totals.completedKey());
        // the bureau's review list (approved applications of the year) and the public showcase count the same,
        // their own way
        assertThat(k.poolMembers()).isEqualTo(pool.count(new org.jigai.pool.ReviewFilter(year, null,
                org.jigai.pool.ApplicationState.APPROVED, null))).isPositive();
        long shown = selection.published(new SelectionViews.CaseFilter(year, null, null, null, null)).size()
                + selection.inNotice().stream().filter(c -> c.year() == year).count();
        assertThat(k.casesSelected()).isEqualTo(shown);
        assertThat(k.needsPosted()).isEqualTo(needs.publishedBetween(LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31)).size()).isPositive();
        assertThat(k.needsEngaged()).isPositive();
        TestData.actAs(accounts, "admin");
        assertThat(dashboard.figures(year - 1).year()).isEqualTo(year - 1);
        assertThatThrownBy(() -> dashboard.figures(year + 1)).isInstanceOf(IllegalArgumentException.class);
        for (String user : new String[] {"demo-enterprise", "demo-provider", "demo-expert"}) {
            TestData.actAs(accounts, user);
            assertThatThrownBy(() -> dashboard.figures(year)).as(user).isInstanceOf(AccessDeniedException.class);
        }
    }
}
