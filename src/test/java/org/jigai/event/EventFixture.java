package org.jigai.event;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
import org.jigai.provider.ReferenceProject;
import org.jigai.provider.SolutionForm;
import org.jigai.provider.SolutionService;

/** Fresh organisations with something to bring, and an event form, for the event tests. */
record EventFixture(AccountService accounts, NeedService needs, SolutionService solutions, ProviderService providers) {

    static final LocalDate TODAY = LocalDate.now(Formats.ZONE);

    /** An enterprise with one published need; returns its user name and the need's id. */
    Registrant enterprise(String word) {
        String user = TestData.username("evt-ent");
        accounts.register(TestData.enterprise(user));
        TestData.actAs(accounts, user);
        long need = needs.create(new NeedForm("活动测试需求 " + word, "冲压车间伺服压力机更新，数控设备联网 " + word + "。",
                Industry.MACHINERY, EnumSet.of(Direction.EQUIPMENT_RENEWAL, Direction.SMART), "370281",
                new BigDecimal("100"), new BigDecimal("300"), null, null, Visibility.ALL_PROVIDERS,
                ContactPreference.PLATFORM), true);
        return new Registrant(user, accounts.findLogin(user).orElseThrow().organizationId(), need);
    }

    /** A provider with a profile and one published solution; returns its user name and the solution's id. */
    Registrant provider(String word) {
        String user = TestData.username("evt-prov");
        accounts.register(TestData.provider(user));
        TestData.actAs(accounts, user);
        providers.save(-1, new ProfileForm("伺服压力机与设备联网服务商", 30, 2012, Set.of(ServiceCategory.TECH_APPLICATION),
                Set.of(Industry.MACHINERY), Set.of("370200"), List.of(),
                List.of(new ReferenceProject("某冲压企业伺服改造", Industry.MACHINERY, 2025, "能耗降低 30%")), null, null,
                null));
        long solution = solutions.create(new SolutionForm("伺服压力机改造与设备联网 " + word,
                "冲压车间老旧冲床更新为伺服压力机，数控设备联网与能耗监测 " + word + "。",
                EnumSet.of(ServiceCategory.TECH_APPLICATION), EnumSet.of(Industry.MACHINERY),
                EnumSet.of(Direction.EQUIPMENT_RENEWAL, Direction.SMART), null, null, 8, null, null), true);
        return new Registrant(user, accounts.findLogin(user).orElseThrow().organizationId(), solution);
    }

    record Registrant(String user, long organizationId, long item) {}

    /** An on-site event in 20 days: 09:00–10:40 in 20-minute slots (5 slots), the given tables. */
    static EventForm form(String title, int tables) {
        return new EventForm(title, "机械装备产业链", Industry.MACHINERY, EventFormat.OFFLINE, "青岛国际会议中心", null,
                TODAY.plusDays(20), TODAY.plusDays(12), List.of(new Session(LocalTime.of(9, 0), LocalTime.of(10, 40))),
                20, tables, 50, null);
    }
}
