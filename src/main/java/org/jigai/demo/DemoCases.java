package org.jigai.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import javax.imageio.ImageIO;
import org.jigai.account.AccountService;
import org.jigai.account.DemoAccounts;
import org.jigai.account.Role;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.project.ResultKind;
import org.jigai.selection.CallForm;
import org.jigai.selection.CaseFigure;
import org.jigai.selection.Criterion;
import org.jigai.selection.NominationForm;
import org.jigai.selection.ReviewService;
import org.jigai.selection.ReviewState;
import org.jigai.selection.SelectionService;

/**
 * The demo's excellent-case selection: last year's, recorded as published (ten plausible Qingdao upgrades with their
 * figures and drawn photos), and this year's call in expert review — nominations of the demo enterprises checked,
 * four experts with declarations (one conflicted), the platform's assignment, some scores in, demo-expert's waiting.
 */
final class DemoCases {

    static final String PASSWORD = DemoData.PASSWORD;

    /** An organisation the demo may name on a case: its id and its industries. */
    record Org(long id, Set<Industry> industries) {}

    private record Story(String title, Industry industry, String region, Set<Direction> directions, String background,
            String work, String investment, List<CaseFigure> results, int provider, Color colour) {}

    private final SelectionService selection;
    private final ReviewService reviews;
    private final AccountService accounts;
    private final DemoAccounts demoAccounts;
    private final BiConsumer<String, Runnable> runAs;

    DemoCases(SelectionService selection, ReviewService reviews, AccountService accounts, DemoAccounts demoAccounts,
            BiConsumer<String, Runnable> runAs) {
        this.selection = selection;
        this.reviews = reviews;
        this.accounts = accounts;
        this.demoAccounts = demoAccounts;
        this.runAs = runAs;
    }

    void load(LocalDate today, List<Org> enterprises, List<Long> providers) {
        publishedLastYear(today, enterprises, providers);
        inReview(today, providers);
    }

    private void publishedLastYear(LocalDate today, List<Org> enterprises, List<Long> providers) {
        int year = today.getYear() - 1;
        var form = new CallForm(year, year + "年度青岛市技术改造优秀案例", LocalDate.of(year, 4, 1), LocalDate.of(year, 6, 30),
                LocalDate.of(year, 8, 31), 7, 10, 3, 10, 20, false, false, criteria());
        var used = new HashSet<Long>();
        var cases = new ArrayList<SelectionService.RecordedCase>();
        for (Story s : STORIES) {
            long enterprise = enterprises.stream().filter(o -> !used.contains(o.id()) && o.industries()
                    .contains(s.industry())).findFirst().or(() -> enterprises.stream().filter(o -> !used.contains(
                            o.id())).findFirst()).orElse(enterprises.get(cases.size() % enterprises.size())).id();
            used.add(enterprise);
            Long provider = providers.isEmpty() ? null : providers.get(s.provider() % providers.size());
            cases.add(new SelectionService.RecordedCase(enterprise, new NominationForm(s.title(), s.industry(),
                    s.region(), s.directions(), s.background(), s.work(), new BigDecimal(s.investment()), provider,
                    null, null, s.results()), List.of(new SelectionService.Photo("现场-1.png", photo(s.colour(), 1),
                            "改造后的生产现场"), new SelectionService.Photo("现场-2.png", photo(s.colour().darker(), 2),
                                    "新装设备"))));
        }
        runAs.accept("demo-bureau", () -> selection.recordPublished(form, cases));
    }

    private void inReview(LocalDate today, List<Long> providers) {
        String[] experts = {"demo-expert2", "demo-expert3", "demo-expert4"};
        String[] names = {"王立群", "陈思远", "赵洪涛"};
        for (int i = 0; i < experts.length; i++) {
            demoAccounts.ensure(experts[i], names[i], Role.EXPERT, null, PASSWORD);
        }
        int year = today.getYear();
        long[] call = new long[1];
        long energy = org("demo-energy");
        long provider = org("demo-provider");
        var owners = List.of(org("demo-enterprise"), org("demo-enterprise"), org("demo-food"), org("demo-marine"),
                org("demo-marine"));
        var delivered = java.util.Arrays.asList(provider, provider, energy, energy, null);
        var cases = new ArrayList<SelectionService.RecordedCase>();
        for (int i = 0; i < NOW.size(); i++) {
            var s = NOW.get(i);
            cases.add(new SelectionService.RecordedCase(owners.get(i), new NominationForm(s.title(), s.industry(),
                    s.region(), s.directions(), s.background(), s.work(), new BigDecimal(s.investment()),
                    delivered.get(i), null, null, s.results()), List.of(new SelectionService.Photo("现场.png",
                            photo(s.colour(), 3), "改造后的生产现场"))));
        }
        // this year's nominations were taken and checked before the platform ran the call; the review runs here
        runAs.accept("demo-bureau", () -> call[0] = selection.recordForReview(new CallForm(year,
                year + "年度青岛市技术改造优秀案例评选", today.minusDays(45), today.minusDays(1), today.plusDays(21), 7, 10,
                3, 10, 20, true, false, criteria()), cases));
        // demo-expert2 works with demo-energy, which worked with demo-marine: kept off their cases
        runAs.accept("demo-expert2", () -> reviews.declare(-1, Set.of(energy), Set.of(), "兼任某节能服务公司技术顾问"));
        runAs.accept("demo-expert", () -> reviews.declare(-1, Set.of(), Set.of(), null));
        runAs.accept("demo-bureau", () -> reviews.propose(call[0]));
        // the other experts have scored the first two cases they were given; demo-expert has everything still to do
        for (String e : experts) {
            runAs.accept(e, () -> {
                int done = 0;
                for (var r : reviews.myReviews()) {
                    if (r.state() == ReviewState.PENDING && done < 2) {
                        var d = reviews.review(r.assignmentId());
                        int base = 6 + (int) (r.nominationId() % 3);
                        reviews.submit(r.assignmentId(), d.version(), List.of(base + 1, base + 2, base, base - 1),
                                List.of("技术路线成熟", "节能数据有计量报告支撑", "同行业可复制", "投资回收期约三年"),
                                "案例完整，成效数据可信，建议进入候选。");
                        done++;
                    }
                }
            });
        }
    }

    private long org(String username) {
        return accounts.findLogin(username).orElseThrow().organizationId();
    }

    private static List<Criterion> criteria() {
        return List.of(new Criterion("创新性", 25), new Criterion("实测成效", 35), new Criterion("可复制推广性", 25),
                new Criterion("投资效益", 15));
    }

    private static CaseFigure fig(ResultKind kind, String label, String unit, String before, String after) {
        return new CaseFigure(kind, label, unit, new BigDecimal(before), new BigDecimal(after));
    }

    /** A drawn picture of a workshop: sky, a hall with windows, a machine line, in the case's colour. */
    static byte[] photo(Color colour, int variant) {
        var image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(200, 222, 240), 0, 400, new Color(236, 240, 244)));
        g.fillRect(0, 0, 640, 400);
        g.setColor(new Color(120, 128, 136));
        g.fillRect(0, 300, 640, 100);
        g.setColor(colour);
        g.fillRect(60, 120 - variant * 10, 520, 180 + variant * 10);
        g.setColor(colour.brighter());
        for (int x = 80; x < 560; x += 60) {
            g.fillRect(x, 140 - variant * 10, 40, 30);
        }
        g.setColor(new Color(60, 64, 70));
        g.fillRect(480, 40, 30, 100);
        g.setColor(new Color(250, 250, 250));
        g.setStroke(new BasicStroke(6));
        for (int i = 0; i < 4; i++) {
            int x = 100 + i * 120;
            g.drawRect(x, 230, 80, 50);
            g.drawLine(x + 80, 255, x + 120, 255);
        }
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Last year's ten published cases (the enterprise named on each is a demo one of the same industry where any). */
    private static final List<Story> STORIES = List.of(
            new Story("轮胎密炼车间智能化与余热利用改造", Industry.CHEMICAL, "370211", EnumSet.of(Direction.SMART, Direction.GREEN),
                    "密炼车间 6 台密炼机投产于 2009 年前后，依靠人工配料和经验控温，胶料门尼黏度波动大，夏季车间温度超过 40 °C，"
                            + "排胶余热全部散失，吨胶综合能耗高于行业先进值近两成。",
                    "上线自动配料称量和密炼工艺参数闭环控制系统，改造排胶冷却线并加装余热回收热泵，为硫化车间提供 60 °C 工艺热水；"
                            + "建设车间能源管理平台，按班组考核单耗。",
                    "4860", List.of(fig(ResultKind.ENERGY_SAVED, "综合能耗", "吨标准煤/年", "18600", "15200"),
                            fig(ResultKind.LABOUR, "一线用工", "人", "420", "260"),
                            fig(ResultKind.QUALITY, "胶料批次合格率", "%", "96.2", "99.3")), 0, new Color(70, 90, 110)),
            new Story("冰箱总装线数字化升级", Industry.HOME_APPLIANCE, "370212", EnumSet.of(Direction.SMART, Direction.HIGH_END),
                    "总装线依靠纸质工单和人工检测，换型需要停线 40 分钟，终检漏检导致的售后返修每年超过 3000 台，多型号混线排产困难。",
                    "部署制造执行系统和线边物料拉动，关键工位加装视觉检测和拧紧数据采集，实现一物一码全程追溯；"
                            + "通过数字化换型将多型号混线生产的换型时间压缩到 8 分钟以内。",
                    "3200", List.of(fig(ResultKind.OUTPUT, "单线日产能", "台", "1200", "1650"),
                            fig(ResultKind.QUALITY, "下线不良率", "%", "1.8", "0.6")), 0, new Color(40, 110, 170)),
            new Story("啤酒灌装线节水节能改造", Industry.FOOD, "370203", EnumSet.of(Direction.GREEN, Direction.EQUIPMENT_RENEWAL),
                    "两条灌装线的洗瓶机和杀菌机运行超过 15 年，蒸汽和新鲜水消耗大，CIP 清洗依靠人工配液，千升酒水耗在集团排名靠后。",
                    "更换高效洗瓶机和隧道式杀菌机，回收杀菌机溢流水用于洗瓶预冲，CIP 系统改为自动配液和回收，"
                            + "蒸汽管网保温改造并加装计量，全部能耗接入能源在线监测。",
                    "2750", List.of(fig(ResultKind.OTHER, "千升酒水耗", "吨", "4.2", "3.1"),
                            fig(ResultKind.ENERGY_SAVED, "综合能耗", "吨标准煤/年", "9800", "8300")), 1,
                    new Color(160, 120, 40)),
            new Story("船舶分段涂装车间 VOCs 深度治理", Industry.MARINE, "370211", EnumSet.of(Direction.GREEN),
                    "分段涂装在开放式场地进行，VOCs 无组织排放明显，受天气影响大，涂料利用率不足一半，周边投诉时有发生。",
                    "新建密闭式分段涂装房，采用沸石转轮浓缩加蓄热式焚烧处理废气，喷涂改为高压无气喷涂并加装机器人辅助，"
                            + "涂装房温湿度自动控制，施工不再受天气制约。",
                    "5600", List.of(fig(ResultKind.EMISSIONS_CUT, "VOCs 排放", "吨/年", "126", "18"),
                            fig(ResultKind.OTHER, "涂料利用率", "%", "45", "68")), 1, new Color(30, 120, 130)),
            new Story("印染定型机余热回收与智能调度", Industry.TEXTILE, "370215", EnumSet.of(Direction.GREEN, Direction.SMART),
                    "12 台定型机废气直排，排气温度超过 150 °C，油烟和热量一并损失；染色工序靠人工排缸，蒸汽负荷峰谷差大。",
                    "定型机加装废气余热回收和油烟净化装置，热量用于预热新风和工艺水；上线染色智能排缸和蒸汽负荷预测，"
                            + "锅炉按预测负荷运行。",
                    "1980", List.of(fig(ResultKind.ENERGY_SAVED, "蒸汽消耗", "吨/年", "52000", "41000"),
                            fig(ResultKind.OTHER, "废水排放", "吨/日", "2600", "1900")), 1, new Color(150, 60, 90)),
            new Story("数控加工车间设备联网与精益排产", Industry.MACHINERY, "370214", EnumSet.of(Direction.SMART),
                    "车间 80 余台数控机床品牌各异，开机率靠人工统计，订单交期经常延误，设备故障要等维修工到场才能判断。",
                    "为全部机床加装数据采集终端，建设设备管理和高级排产系统，刀具寿命和主轴负载实时预警，"
                            + "按订单交期自动排产并推送到机台。",
                    "1260", List.of(fig(ResultKind.OTHER, "设备综合效率", "%", "58", "79"),
                            fig(ResultKind.OTHER, "平均交付周期", "天", "32", "21")), 0, new Color(90, 100, 60)),
            new Story("转向架构架焊接机器人工作站", Industry.RAIL_TRANSIT, "370214",
                    EnumSet.of(Direction.SMART, Direction.EQUIPMENT_RENEWAL),
                    "构架焊缝长、位置多，主要依靠高级焊工手工焊接，一次合格率受人员状态影响，焊工招聘难、培养周期长，生产高峰期还需要外协焊接。",
                    "建设 6 套焊接机器人工作站，配合变位机和激光焊缝跟踪，焊接参数统一管理，焊缝质量数据按构架追溯；"
                            + "焊工转为机器人编程和质量检验岗位。",
                    "7300", List.of(fig(ResultKind.QUALITY, "焊缝一次合格率", "%", "92.5", "99.1"),
                            fig(ResultKind.LABOUR, "手工焊工", "人", "86", "34")), 0, new Color(120, 70, 50)),
            new Story("汽车零部件冲压线伺服化改造", Industry.AUTOMOTIVE, "370281", EnumSet.of(Direction.EQUIPMENT_RENEWAL, Direction.GREEN),
                    "4 条机械压力机冲压线节拍慢、噪声大，空行程耗电多，模具更换依靠人工，难以满足新能源车型小批量多品种的需要。",
                    "将主机改造为伺服压力机并配置自动换模和线首线尾机器人，冲压曲线按零件优化，能量回馈单元回收制动能量。",
                    "6150", List.of(fig(ResultKind.OUTPUT, "冲压节拍", "次/分", "9", "15"),
                            fig(ResultKind.ENERGY_SAVED, "年用电量", "万千瓦时", "960", "610")), 2,
                    new Color(80, 80, 140)),
            new Story("电子装联车间 SMT 质量追溯系统", Industry.ELECTRONICS, "370212", EnumSet.of(Direction.SMART, Direction.HIGH_END),
                    "贴片和回流焊工序的质量问题要到整机测试才发现，追溯依靠纸质记录，客户审核时难以提供完整的过程数据，质量成本居高不下。",
                    "上线 SMT 制造执行系统，锡膏检测、贴片和光学检测数据自动关联到板号，不良品实时拦截并推送到工艺工程师，"
                            + "物料防错和钢网寿命管理同步上线。",
                    "980", List.of(fig(ResultKind.QUALITY, "贴装不良率", "ppm", "850", "210"),
                            fig(ResultKind.OTHER, "在制品库存", "万元", "3200", "1900")), 0, new Color(40, 140, 100)),
            new Story("水泥熟料线能效提升与碳排放监测", Industry.BUILDING_MATERIALS, "370283",
                    EnumSet.of(Direction.GREEN, Direction.SAFETY),
                    "熟料线篦冷机热回收效率低，窑头窑尾收尘系统老化，碳排放数据依靠年度核算，无法指导生产，袋收尘排放浓度接近新标准限值。",
                    "更换第四代篦冷机并优化三次风管，余热发电系统增容，建设碳排放在线监测和能源管理中心，"
                            + "收尘器更换为高效覆膜滤袋。",
                    "8900", List.of(fig(ResultKind.ENERGY_SAVED, "熟料综合能耗", "千克标准煤/吨", "112", "99"),
                            fig(ResultKind.EMISSIONS_CUT, "二氧化碳排放", "万吨/年", "86", "79")), 1,
                    new Color(130, 130, 120)));

    /** This year's nominations of the demo enterprises (now in expert review). */
    private static final List<Story> NOW = List.of(
            new Story("精密齿轮热处理线智能温控改造", Industry.MACHINERY, "370281", EnumSet.of(Direction.SMART, Direction.GREEN),
                    "热处理线温控依靠人工巡检，炉温波动超过 ±8 °C，齿轮硬度不均导致返工，天然气单耗比同行高约 15%，"
                            + "主机厂多次提出质量一致性整改要求。",
                    "改造燃烧系统并加装多点测温和智能温控，建设热处理工艺数据库，按炉批记录工艺曲线，余热用于清洗工序加热。",
                    "860", List.of(fig(ResultKind.ENERGY_SAVED, "天然气消耗", "万立方米/年", "210", "168"),
                            fig(ResultKind.QUALITY, "热处理返工率", "%", "5.2", "1.1")), 0, new Color(60, 90, 150)),
            new Story("机加工车间刀具管理与设备联网", Industry.MACHINERY, "370281", EnumSet.of(Direction.SMART),
                    "车间刀具领用和寿命靠经验管理，断刀和过早换刀并存，设备停机原因无从统计，产能瓶颈不清楚，管理层难以判断是否需要新增设备。",
                    "建设刀具全寿命管理和设备联网系统，刀具按寿命自动预警和配送，停机原因现场扫码上报，每周自动生成瓶颈分析。",
                    "320", List.of(fig(ResultKind.OTHER, "刀具费用", "万元/年", "460", "350"),
                            fig(ResultKind.OTHER, "设备开动率", "%", "61", "74")), 0, new Color(70, 110, 90)),
            new Story("速冻食品冷库氨改氟与能效提升", Industry.FOOD, "370283", EnumSet.of(Direction.GREEN, Direction.SAFETY),
                    "冷库采用氨制冷系统，位于人员密集区，安全压力大；压缩机运行超过 12 年，能效低，冷库温度波动影响产品品质。",
                    "采用二氧化碳复叠制冷系统替代氨系统，更换变频压缩机和高效蒸发器，冷库门加装快速门和风幕，温度实时监测。",
                    "1450", List.of(fig(ResultKind.ENERGY_SAVED, "制冷电耗", "万千瓦时/年", "380", "270"),
                            fig(ResultKind.OTHER, "库温波动", "°C", "3.5", "1.0")), 1, new Color(60, 150, 170)),
            new Story("船用管件焊接车间机器人改造", Industry.MARINE, "370211", EnumSet.of(Direction.SMART, Direction.EQUIPMENT_RENEWAL),
                    "管件焊接以手工为主，焊工流失严重，焊缝探伤一次合格率不稳定，交期经常拖后影响分段建造，高峰期焊工每月加班超过 60 小时。",
                    "建设管件焊接机器人工作站和管件数字化加工中心，焊接参数按材质和壁厚自动调用，探伤结果回传追溯，管件按托盘齐套配送到分段。",
                    "2100", List.of(fig(ResultKind.QUALITY, "探伤一次合格率", "%", "93.0", "98.6"),
                            fig(ResultKind.LABOUR, "焊工", "人", "48", "22")), 2, new Color(110, 80, 130)),
            new Story("分段涂装车间废气治理二期", Industry.MARINE, "370211", EnumSet.of(Direction.GREEN),
                    "一期治理后仍有两个老涂装房采用活性炭吸附，更换频繁、运行成本高，排放浓度在夏季接近限值，活性炭危废处置费用逐年上升。",
                    "两个涂装房接入沸石转轮和蓄热式焚烧系统，活性炭吸附改为应急备用，建设排放在线监测并与环保部门联网，治理设施运行数据实时上传。",
                    "1380", List.of(fig(ResultKind.EMISSIONS_CUT, "VOCs 排放", "吨/年", "41", "9"),
                            fig(ResultKind.OTHER, "治理运行费用", "万元/年", "260", "170")), 1, new Color(40, 120, 110)));
}
