package org.jigai.selection;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jigai.TestData;
import org.jigai.account.AccountService;
import org.jigai.account.NewStaffAccount;
import org.jigai.account.Role;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.project.ResultKind;

/** Accounts, forms and photos for the selection's tests (each call in its own year of the shared database). */
final class SelectionFixture {

    private final AccountService accounts;

    SelectionFixture(AccountService accounts) {
        this.accounts = accounts;
    }

    String enterprise() {
        String user = TestData.username("case-ent");
        accounts.register(TestData.enterprise(user));
        return user;
    }

    String provider() {
        String user = TestData.username("case-prov");
        accounts.register(TestData.provider(user));
        return user;
    }

    /** New experts, created by the admin. */
    List<String> experts(int n) {
        var out = new ArrayList<String>();
        TestData.actAs(accounts, "admin");
        for (int i = 0; i < n; i++) {
            String user = TestData.username("case-expert");
            accounts.createStaffAccount(new NewStaffAccount(user, "专家" + user, null, null, Set.of(Role.EXPERT),
                    TestData.PASSWORD));
            out.add(user);
        }
        return out;
    }

    long org(String user) {
        return accounts.findLogin(user).orElseThrow().organizationId();
    }

    long id(String user) {
        return accounts.findLogin(user).orElseThrow().id();
    }

    static CallForm call(int year, LocalDate opens, LocalDate closes) {
        return new CallForm(year, year + "年度技术改造优秀案例评选", opens, closes, closes.plusDays(20), 7, 2, 3, 10, 20,
                false, false, List.of(new Criterion("创新性", 25), new Criterion("实测成效", 35),
                        new Criterion("可复制推广性", 25), new Criterion("投资效益", 15)));
    }

    static NominationForm form(String title, Long providerId) {
        return new NominationForm(title, Industry.MACHINERY, "370281", EnumSet.of(Direction.GREEN, Direction.SMART),
                "原有热处理生产线建于 2008 年，能耗高、温控精度差，产品硬度波动大，返工率长期在 5% 以上，天然气单耗居高不下，"
                        + "难以满足主机厂对质量一致性的要求。",
                "引入智能温控系统和余热回收装置，改造燃烧器与炉衬，建设能源在线监测平台，实现炉温闭环控制和能耗按批次核算。",
                new BigDecimal("860"), providerId, null, null, List.of(
                        new CaseFigure(ResultKind.ENERGY_SAVED, "综合能耗", "吨标准煤/年", new BigDecimal("3200"),
                                new BigDecimal("2450")),
                        new CaseFigure(ResultKind.QUALITY, "产品返工率", "%", new BigDecimal("5.2"),
                                new BigDecimal("1.1"))));
    }

    static byte[] photo() {
        var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(30, 90, 160));
        g.fillRect(0, 0, 40, 30);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
