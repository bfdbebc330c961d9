package org.jigai.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jigai.base.CreditCode;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.Region;
import org.jigai.base.ServiceCategory;
import org.jigai.base.Translations;

/**
 * Generates realistic demo volumes — enterprises with needs, providers with solutions — from the vocabulary of
 * Qingdao's manufacturers and service providers. Deterministic for a seed, so a benchmark can regenerate the
 * same data at 10k or 1M records.
 */
public final class DemoGenerator {

    public record Organization(String ref, boolean provider, String name, String creditCode, String region,
            Set<Industry> industries, Set<ServiceCategory> categories, String description) {}

    public record Need(String ref, String enterpriseRef, String title, String description, Industry industry,
            Set<Direction> directions, String region, BigDecimal budgetWan) {}

    public record Solution(String ref, String providerRef, String title, String description, Set<Industry> industries,
            Set<Direction> directions, Set<ServiceCategory> categories, BigDecimal priceMinWan, BigDecimal priceMaxWan,
            int deliveryWeeks) {}

    public record Data(List<Organization> organizations, List<Solution> solutions, List<Need> needs) {}

    private record Trade(String word, List<String> equipment, List<String> products) {}

    private static final Map<Industry, Trade> TRADES = Map.ofEntries(
            Map.entry(Industry.METALLURGY, new Trade("特钢", List.of("轧钢生产线", "加热炉", "连铸机", "酸洗线"), List.of("特钢棒材", "铝型材", "精密带钢"))),
            Map.entry(Industry.CHEMICAL, new Trade("化工", List.of("反应釜", "精馏塔", "导热油炉", "储罐区"), List.of("精细化学品", "水性涂料", "橡胶助剂"))),
            Map.entry(Industry.LIGHT, new Trade("塑业", List.of("注塑机", "吹塑机", "包装线", "印刷机"), List.of("日用塑料制品", "食品包装", "家居用品"))),
            Map.entry(Industry.BUILDING_MATERIALS, new Trade("建材", List.of("混凝土搅拌站", "陶瓷辊道窑", "玻璃钢化炉", "粉磨系统"), List.of("商品混凝土", "建筑陶瓷", "节能玻璃"))),
            Map.entry(Industry.TEXTILE, new Trade("服饰", List.of("缝制车间", "印染生产线", "定型机", "裁床"), List.of("针织服装", "家纺用品", "职业工装"))),
            Map.entry(Industry.MACHINERY, new Trade("机械", List.of("数控机床", "加工中心", "冲压线", "焊接工段", "热处理炉"), List.of("农机零部件", "工程机械结构件", "液压件", "齿轮箱"))),
            Map.entry(Industry.HOME_APPLIANCE, new Trade("电器", List.of("钣金线", "总装线", "发泡线", "喷涂线"), List.of("冰箱配件", "空调零部件", "厨房小家电"))),
            Map.entry(Industry.AUTOMOTIVE, new Trade("汽车部件", List.of("压铸岛", "焊装线", "涂装线", "机加线"), List.of("底盘零部件", "铝合金轮毂", "座椅骨架"))),
            Map.entry(Industry.RAIL_TRANSIT, new Trade("轨道装备", List.of("焊接工作站", "转向架加工线", "总装台位"), List.of("轨道车辆配件", "转向架部件"))),
            Map.entry(Industry.MARINE, new Trade("船舶配套", List.of("管加工车间", "分段焊接线", "涂装车间"), List.of("船用管件", "海工结构件", "船用阀门"))),
            Map.entry(Industry.FOOD, new Trade("食品", List.of("速冻隧道", "包装线", "冷库", "杀菌釜"), List.of("速冻调理食品", "啤酒饮料", "海产品"))),
            Map.entry(Industry.ELECTRONICS, new Trade("电子", List.of("SMT 贴片线", "测试工位", "洁净车间"), List.of("电路板组件", "传感器", "电子元器件"))),
            Map.entry(Industry.PHARMA, new Trade("药业", List.of("固体制剂车间", "灌装线", "纯化水系统"), List.of("仿制药", "海洋生物制品", "医用耗材"))),
            Map.entry(Industry.NEW_ENERGY, new Trade("新能源", List.of("电池模组线", "光伏组件线", "储能集装箱装配线"), List.of("储能设备", "光伏组件", "充电桩"))),
            Map.entry(Industry.NEW_MATERIALS, new Trade("新材料", List.of("挤出生产线", "烧结炉", "涂布线"), List.of("复合材料", "功能膜材", "碳纤维制品"))),
            Map.entry(Industry.OTHER, new Trade("工贸", List.of("生产车间", "仓储物流中心"), List.of("工业产品"))));

    private static final List<String> BRANDS = List.of("海川", "鑫源", "宏达", "瑞丰", "德润", "恒通", "金岭", "华晟", "博远",
            "新港", "顺泰", "明阳", "联创", "盛华", "佳和", "海容", "泰嘉", "汇金", "中鼎", "凯盛", "润昌", "北辰", "东岳", "海纳",
            "启航", "正和", "天合", "永信", "嘉禾", "远洋");
    private static final List<Region> QINGDAO = Region.all().stream()
            .filter(r -> r.cityCode().equals("370200") && r != Region.QINGDAO).toList();

    private final Random random;
    private final Translations translations;
    private final Set<String> usedCodes = new HashSet<>();

    /** The same seed gives the same data; {@code new Translations()} works outside Spring, e.g. in a benchmark. */
    public DemoGenerator(long seed, Translations translations) {
        this.random = new Random(seed);
        this.translations = translations;
    }

    /** Providers with solutions and enterprises with needs; every fourth enterprise has several needs. */
    public Data generate(int providers, int solutionCount, int needCount, String refPrefix) {
        var organizations = new ArrayList<Organization>();
        var providerList = new ArrayList<Organization>();
        for (int i = 0; i < providers; i++) {
            var p = provider(refPrefix + "P" + i);
            providerList.add(p);
            organizations.add(p);
        }
        var solutions = new ArrayList<Solution>();
        for (int i = 0; i < solutionCount && !providerList.isEmpty(); i++) {
            solutions.add(solution(refPrefix + "S" + i, providerList.get(i % providerList.size())));
        }
        var needs = new ArrayList<Need>();
        Organization enterprise = null;
        int enterprises = 0;
        for (int i = 0; i < needCount; i++) {
            if (enterprise == null || random.nextInt(4) != 0) {
                enterprise = enterprise(refPrefix + "E" + enterprises++);
                organizations.add(enterprise);
            }
            needs.add(need(refPrefix + "N" + i, enterprise));
        }
        return new Data(organizations, solutions, needs);
    }

    private Organization provider(String ref) {
        var categories = EnumSet.noneOf(ServiceCategory.class);
        categories.add(pick(List.of(ServiceCategory.values())));
        if (random.nextBoolean()) {
            categories.add(pick(List.of(ServiceCategory.DIAGNOSIS, ServiceCategory.TECH_APPLICATION, ServiceCategory.TESTING)));
        }
        var industries = industries(2 + random.nextInt(3));
        String kind = switch (categories.iterator().next()) {
            case DIAGNOSIS -> "管理咨询";
            case TECH_APPLICATION -> pick(List.of("智能科技", "自动化技术", "工业互联网科技", "软件技术"));
            case TESTING -> "检验检测技术";
            case EQUIPMENT -> "智能装备";
            case FINANCE -> "科技金融服务";
            case DESIGN -> "工业设计";
        };
        String name = "青岛" + pick(BRANDS) + kind + "有限公司";
        String description = "立足青岛，服务" + labels(industries) + "等行业，累计完成技改项目 " + (20 + random.nextInt(180))
                + " 个，团队 " + (10 + random.nextInt(200)) + " 人。";
        return new Organization(ref, true, name, creditCode(), pick(QINGDAO).code(), industries, categories, description);
    }

    private Organization enterprise(String ref) {
        Industry industry = pick(List.of(Industry.values()));
        Region region = pick(QINGDAO);
        String place = label(region).replaceAll("（.*）", "").replace("区", "").replace("市", "");
        String name = "青岛" + (random.nextBoolean() ? place : "") + pick(BRANDS) + TRADES.get(industry).word() + "有限公司";
        return new Organization(ref, false, name, creditCode(), region.code(), EnumSet.of(industry),
                EnumSet.noneOf(ServiceCategory.class), "");
    }

    private Need need(String ref, Organization enterprise) {
        Industry industry = enterprise.industries().iterator().next();
        Trade trade = TRADES.get(industry);
        String equipment = pick(trade.equipment());
        String product = pick(trade.products());
        Direction direction = pick(List.of(Direction.values()));
        int count = 2 + random.nextInt(20);
        int years = 8 + random.nextInt(15);
        String title;
        String description;
        switch (direction) {
            case EQUIPMENT_RENEWAL -> {
                title = equipment + "更新改造";
                description = "现有 " + count + " 台（套）" + equipment + "已使用 " + years + " 年，能耗高、故障多，影响" + product
                        + "交付。计划更新为高效节能设备，并同步配套自动上下料，希望服务商提供选型、安装调试和旧设备处置方案。";
            }
            case SMART -> {
                title = equipment + "数字化改造与 MES 建设";
                description = product + "生产靠纸质单据和 Excel 排产，" + equipment + "状态看不见。希望建设 MES，实现工单下达、"
                        + "扫码报工、设备联网（" + count + " 台）和质量追溯，并与现有 ERP 打通。";
            }
            case GREEN -> {
                title = equipment + "节能降碳改造";
                description = equipment + "年耗电约 " + (50 + random.nextInt(500)) + " 万度，余热未利用。计划开展节能诊断，"
                        + "实施变频改造、余热回收和屋顶光伏，可接受合同能源管理模式。";
            }
            case SAFETY -> {
                title = equipment + "本质安全提升";
                description = equipment + "区域存在安全隐患，需完善安全联锁、可燃气体监测和视频智能识别，"
                        + "达到安全生产标准化要求。";
            }
            case HIGH_END -> {
                title = "高端" + product + "产线建设";
                description = "为进入主机厂配套体系，计划新建高精度" + product + "生产线，关键工序精度和一致性需达到国际客户要求，"
                        + "需要工艺规划、装备选型和检测能力建设。";
            }
            case CLUSTER -> {
                title = product + "产业链协同平台";
                description = "我们有 " + count * 5 + " 家上下游协作企业，订单、库存和质量信息靠电话和微信传递。"
                        + "希望搭建供应链协同平台，实现订单协同和质量追溯。";
            }
            case SERVICE -> {
                title = product + "远程运维服务能力建设";
                description = "已售出设备 " + count * 100 + " 余台分布在全国，售后靠人工上门。计划为产品加装物联网模块，"
                        + "建设远程监控和预测性维护平台，向服务型制造转型。";
            }
            default -> throw new IllegalStateException();
        }
        var directions = EnumSet.of(direction);
        if (random.nextInt(3) == 0) {
            directions.add(pick(List.of(Direction.values())));
        }
        BigDecimal budget = BigDecimal.valueOf(20L + random.nextInt(60) * 25L);
        return new Need(ref, enterprise.ref(), cut(title, 60), description, industry, directions, enterprise.region(), budget);
    }

    private Solution solution(String ref, Organization provider) {
        ServiceCategory category = provider.categories().iterator().next();
        Industry industry = provider.industries().iterator().next();
        Trade trade = TRADES.get(industry);
        String equipment = pick(trade.equipment());
        Direction direction;
        String title;
        String description;
        switch (category) {
            case DIAGNOSIS -> {
                direction = Direction.SMART;
                title = labels(provider.industries()).split("、")[0] + "企业智改数转诊断";
                description = "现场调研 3–5 天，对照数字化水平评测指标评估现状，输出问题清单、投资估算和分步实施路线图。";
            }
            case TECH_APPLICATION -> {
                direction = pick(List.of(Direction.SMART, Direction.GREEN, Direction.SAFETY));
                title = equipment + switch (direction) {
                    case GREEN -> "能耗在线监测与优化";
                    case SAFETY -> "安全监测预警系统";
                    default -> "数字化改造方案";
                };
                description = "面向" + trade.products().getFirst() + "等企业的" + equipment + "，提供数据采集、系统集成和软件平台，"
                        + "典型项目 " + (4 + random.nextInt(20)) + " 周上线。";
            }
            case TESTING -> {
                direction = Direction.HIGH_END;
                title = trade.products().getFirst() + "检验检测与质量提升";
                description = "具备 CMA/CNAS 资质的实验室，提供材料、尺寸、性能和可靠性检测，协助企业建立质量追溯体系。";
            }
            case EQUIPMENT -> {
                direction = Direction.EQUIPMENT_RENEWAL;
                title = "高效" + equipment + "供应与改造";
                description = "提供新一代高效节能" + equipment + "，含旧设备评估、以旧换新、安装调试和操作培训。";
            }
            case FINANCE -> {
                direction = Direction.EQUIPMENT_RENEWAL;
                title = "技改项目融资租赁与贴息申报";
                description = "为设备更新和技术改造项目提供融资租赁、技改专项贷款对接和贴息政策申报辅导。";
            }
            case DESIGN -> {
                direction = Direction.HIGH_END;
                title = trade.products().getFirst() + "工业设计与品牌升级";
                description = "提供产品外观、结构和人机工程设计，帮助企业提升产品附加值。";
            }
            default -> throw new IllegalStateException();
        }
        long min = 5L + random.nextInt(40) * 5L;
        return new Solution(ref, provider.ref(), cut(title, 60), description, provider.industries(), EnumSet.of(direction),
                EnumSet.of(category), BigDecimal.valueOf(min), BigDecimal.valueOf(min * (2 + random.nextInt(4))),
                2 + random.nextInt(30));
    }

    private Set<Industry> industries(int n) {
        var set = new LinkedHashSet<Industry>();
        while (set.size() < n) {
            set.add(pick(List.of(Industry.values())));
        }
        return set;
    }

    private String creditCode() {
        while (true) {
            var first = new StringBuilder("913702");
            String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
            for (int i = 0; i < 11; i++) {
                first.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String code = CreditCode.withCheckCharacter(first.toString());
            if (usedCodes.add(code)) {
                return code;
            }
        }
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static String cut(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max));
    }

    private String label(Region region) {
        return translations.get(region.labelKey());
    }

    private String labels(Set<Industry> industries) {
        return String.join("、", industries.stream().map(i -> translations.get(i.labelKey())).toList());
    }
}
