package org.jigai.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.AccountService;
import org.jigai.account.Registration;
import org.jigai.account.Role;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.JigaiProperties;
import org.jigai.need.ContactPreference;
import org.jigai.need.NeedForm;
import org.jigai.need.NeedService;
import org.jigai.need.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo data set of README: the documented demo accounts (password {@value #PASSWORD}) and a first set of
 * needs written the way Qingdao manufacturers describe their plans. Loaded once, on an empty database.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "Demo-2026!";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private record DemoEnterprise(Registration registration, List<NeedForm> needs) {}

    private final AccountService accounts;
    private final NeedService needs;
    private final JigaiProperties properties;

    DemoData(AccountService accounts, NeedService needs, JigaiProperties properties) {
        this.accounts = accounts;
        this.needs = needs;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoDataEnabled()) {
            return;
        }
        int created = 0;
        for (DemoEnterprise e : enterprises()) {
            var r = e.registration();
            if (accounts.ensureDemoAccount(r.username(), r.contactName(), Role.ENTERPRISE, r, PASSWORD)) {
                created++;
                runAs(r.username(), () -> e.needs().forEach(n -> needs.create(n, true)));
            }
        }
        created += accounts.ensureDemoAccount("demo-provider", "李晓东", Role.PROVIDER,
                new Registration(Role.PROVIDER, "青岛智造云工业互联网科技有限公司", "91370211MA3D2WKX7D", "370211", "李晓东",
                        "13953287654", "lixiaodong@zhizaoyun.example.cn", "demo-provider", PASSWORD), PASSWORD) ? 1 : 0;
        created += accounts.ensureDemoAccount("demo-bureau", "张敏", Role.BUREAU, null, PASSWORD) ? 1 : 0;
        created += accounts.ensureDemoAccount("demo-expert", "刘振华", Role.EXPERT, null, PASSWORD) ? 1 : 0;
        if (created > 0) {
            log.info("Demo data: created {} demo accounts (password {}) and their needs.", created, PASSWORD);
        }
    }

    private void runAs(String username, Runnable work) {
        AccountPrincipal principal = accounts.findLogin(username).orElseThrow().withoutPassword();
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static NeedForm need(String title, String description, Industry industry, EnumSet<Direction> directions,
            String region, Integer min, Integer max, LocalDate start, LocalDate finish, ContactPreference contact) {
        return new NeedForm(title, description, industry, directions, region, min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max), start, finish, Visibility.ALL_PROVIDERS, contact);
    }

    private static List<DemoEnterprise> enterprises() {
        return List.of(
                new DemoEnterprise(new Registration(Role.ENTERPRISE, "青岛海蓝精密机械有限公司", "91370281MA3C8RTE4Y",
                        "370281", "王建国", "13806421234", "wangjianguo@hailan-jm.example.cn", "demo-enterprise",
                        PASSWORD), List.of(
                        need("冲压车间 8 台老旧冲床更新为伺服压力机",
                                "我司位于胶州经济技术开发区，主要生产农机和工程机械用冲压件。冲压车间现有 8 台 2008—2012 年购置的"
                                        + "机械式开式冲床（160–315 吨），能耗高、噪声大，近两年故障停机累计超过 300 小时。\n"
                                        + "计划分两期更换为伺服压力机，并配套自动上下料机械手，实现冲压线无人化。希望服务商提供设备选型、"
                                        + "产线布局、旧设备处置和安装调试的整体方案，可申请设备更新贷款贴息。",
                                Industry.MACHINERY, EnumSet.of(Direction.EQUIPMENT_RENEWAL, Direction.SMART), "370281",
                                600, 900, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 12, 31), ContactPreference.PLATFORM),
                        need("机加工车间 MES 系统建设，打通 ERP 与设备数据",
                                "机加工车间有数控车床、加工中心 46 台，生产计划靠 Excel 排产，报工靠纸质流转卡，在制品和设备状态"
                                        + "看不清。已上线用友 U8 ERP。\n希望建设 MES：工单下达、扫码报工、质量追溯、设备联网采集（FANUC、"
                                        + "三菱系统为主）、看板。要求服务商有机械加工行业案例，能做数据采集网关。",
                                Industry.MACHINERY, EnumSet.of(Direction.SMART), "370281", 150, 300,
                                LocalDate.of(2027, 1, 15), LocalDate.of(2027, 8, 31), ContactPreference.PLATFORM),
                        need("空压站节能改造与余热回收",
                                "厂区空压站 4 台 110kW 工频螺杆空压机，年用电约 260 万度，管网泄漏严重。希望进行节能诊断，改造为"
                                        + "变频+集中控制，并回收压缩热用于职工浴室和清洗线加热。可接受合同能源管理（EMC）模式。",
                                Industry.MACHINERY, EnumSet.of(Direction.GREEN), "370281", 80, 150,
                                LocalDate.of(2027, 4, 1), LocalDate.of(2027, 7, 31), ContactPreference.PHONE))),
                new DemoEnterprise(new Registration(Role.ENTERPRISE, "青岛瑞丰食品有限公司", "91370283MA3E6PQL2P",
                        "370283", "赵丽华", "13589204567", "zhaolihua@ruifeng-food.example.cn", "demo-food",
                        PASSWORD), List.of(
                        need("速冻调理食品包装线自动化改造",
                                "平度工厂生产速冻水饺、馅饼，包装环节现有 60 余名工人手工装袋、装箱，用工难、成本高。希望引入自动"
                                        + "称重、装袋、金属检测、装箱码垛一体化产线，满足出口日韩客户的卫生要求。",
                                Industry.FOOD, EnumSet.of(Direction.SMART, Direction.EQUIPMENT_RENEWAL), "370283", 400, 700,
                                LocalDate.of(2027, 2, 1), LocalDate.of(2027, 10, 31), ContactPreference.PLATFORM),
                        need("冷库制冷系统氨改氟及能耗监测",
                                "现有 8000 吨冷库采用氨制冷系统，位于人员密集区，安全压力大。计划改造为二氧化碳复叠或氟利昂系统，"
                                        + "同时建设冷库能耗在线监测平台。需要有冷链工程资质的单位先做安全评估和方案比选。",
                                Industry.FOOD, EnumSet.of(Direction.SAFETY, Direction.GREEN), "370283", 500, 1200,
                                LocalDate.of(2027, 5, 1), LocalDate.of(2028, 3, 31), ContactPreference.PHONE),
                        need("不知从何入手：想做数字化转型诊断",
                                "我们是年产值 2 亿元左右的食品企业，听说市里有智改数转免费诊断，但不清楚该先做什么。希望有服务商"
                                        + "帮助梳理现状，出一份数字化转型诊断报告和分步实施建议。",
                                Industry.FOOD, EnumSet.of(Direction.SMART), "370283", null, 20,
                                LocalDate.of(2027, 1, 5), LocalDate.of(2027, 3, 31), ContactPreference.PLATFORM))),
                new DemoEnterprise(new Registration(Role.ENTERPRISE, "青岛北海船舶配套科技有限公司", "91370211MA3F1XNB34",
                        "370211", "孙海涛", "15166228899", "sunhaitao@beihai-marine.example.cn", "demo-marine",
                        PASSWORD), List.of(
                        need("船用管件焊接机器人工作站",
                                "西海岸新区工厂为船厂配套生产船用管件、法兰，焊接工 40 人，熟练焊工招不到。希望引入管法兰自动焊接"
                                        + "机器人工作站（机器换人），焊缝需满足 CCS 船级社要求。",
                                Industry.MARINE, EnumSet.of(Direction.SMART, Direction.HIGH_END), "370211", 200, 350,
                                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 9, 30), ContactPreference.EMAIL),
                        need("涂装车间 VOCs 治理与安全改造",
                                "涂装车间现有活性炭吸附装置处理效率低，环保督查要求整改。计划改造为沸石转轮+RTO 工艺，同时完善"
                                        + "防爆、通风和可燃气体报警系统。",
                                Industry.MARINE, EnumSet.of(Direction.GREEN, Direction.SAFETY), "370211", 300, 500,
                                LocalDate.of(2027, 4, 1), LocalDate.of(2027, 11, 30), ContactPreference.PHONE))));
    }
}
