package org.jigai.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.project.Period;
import org.jigai.project.Problem;
import org.jigai.project.ProblemKind;
import org.jigai.project.ProjectForm;
import org.jigai.project.ProjectService;
import org.jigai.project.ProjectStage;
import org.jigai.project.ReportCalendar;

/**
 * The key-project library of the demo: a handful of projects of the demo enterprises written by hand (one of them with
 * two reports missing, for the enterprise to file, and one very late, for the bureau to chase), and generated ones
 * for the other enterprises — across districts, industries and stages, with plausible report histories: most on
 * time, some overdue, some completed this year.
 */
final class DemoProjects {

    /** An enterprise that may own projects. */
    record Owner(String creditCode, String shortName, Industry industry, String region) {}

    /** A project to import, its registration day and the reports it filed before today. */
    record Seed(ProjectService.ImportedProject project, LocalDate registeredOn, List<ProjectService.PastReport> past) {}

    private static final String[] WORKS = {"数字化车间建设项目", "智能化技术改造项目", "节能降碳改造项目", "关键设备更新项目",
        "自动化生产线改造项目", "绿色工厂提升项目", "工业互联网平台应用项目", "质量检测能力提升项目"};
    private static final String[] MILESTONES = {"完成设备招标采购", "主体设备进场安装", "完成单机调试", "厂房改造完成",
        "数据采集系统上线", "完成联动试车", "完成环评验收", "首批产品下线"};

    private final Random random = new Random(2026);
    private final LocalDate today;
    private int serial = 100;

    DemoProjects(LocalDate today) {
        this.today = today;
    }

    /** The demo enterprises' own projects, by credit code: see the class comment. */
    List<Seed> handWritten(String hailan, String ruifeng, String beihai) {
        var seeds = new ArrayList<Seed>();
        // two reports missing (the last two ended periods): the enterprise's first task
        seeds.add(seed("XM-DEMO-01", hailan, "冲压车间伺服压力机更新技术改造项目", Industry.MACHINERY, "370281",
                EnumSet.of(Direction.EQUIPMENT_RENEWAL, Direction.SMART), "1800", "1200", ProjectStage.UNDER_CONSTRUCTION,
                today.minusMonths(5).withDayOfMonth(20), 2, "胶州"));
        seeds.add(seed("XM-DEMO-02", hailan, "机加工车间 MES 与设备联网项目", Industry.MACHINERY, "370281",
                EnumSet.of(Direction.SMART), "650", "280", ProjectStage.PLANNED, today.minusMonths(2).withDayOfMonth(8), 0,
                "胶州"));
        seeds.add(seed("XM-DEMO-03", ruifeng, "速冻食品包装线智能化改造项目", Industry.FOOD, "370283",
                EnumSet.of(Direction.SMART, Direction.EQUIPMENT_RENEWAL), "2600", "1900", ProjectStage.COMPLETED,
                today.minusMonths(14).withDayOfMonth(3), 0, "平度"));
        seeds.add(seed("XM-DEMO-04", beihai, "涂装车间 VOCs 治理与安全改造项目", Industry.MARINE, "370211",
                EnumSet.of(Direction.GREEN, Direction.SAFETY), "1200", "860", ProjectStage.IN_PRODUCTION,
                today.minusMonths(16).withDayOfMonth(12), 0, "黄岛"));
        // very late: the bureau's overdue list
        seeds.add(seed("XM-DEMO-05", beihai, "船用管件焊接自动化改造项目", Industry.MARINE, "370211",
                EnumSet.of(Direction.SMART, Direction.HIGH_END), "3200", "2400", ProjectStage.UNDER_CONSTRUCTION,
                today.minusMonths(9).withDayOfMonth(15), 3, "黄岛"));
        return seeds;
    }

    /** Generated projects for the other enterprises, about one in twenty of them suspended. */
    List<Seed> generated(List<Owner> owners, int count) {
        var seeds = new ArrayList<Seed>();
        for (int i = 0; i < count && !owners.isEmpty(); i++) {
            Owner o = owners.get(i % owners.size());
            int roll = random.nextInt(100);
            ProjectStage stage = roll < 15 ? ProjectStage.PLANNED : roll < 55 ? ProjectStage.UNDER_CONSTRUCTION
                    : roll < 75 ? ProjectStage.COMPLETED : roll < 95 ? ProjectStage.IN_PRODUCTION : ProjectStage.SUSPENDED;
            int monthsAgo = switch (stage) {
                case PLANNED -> 1 + random.nextInt(4);
                case UNDER_CONSTRUCTION, SUSPENDED -> 4 + random.nextInt(10);
                case COMPLETED -> 8 + random.nextInt(8);
                case IN_PRODUCTION -> 12 + random.nextInt(12);
            };
            int[] bands = {520, 800, 1100, 1500, 2200, 3000, 4500, 6000, 8800, 12000};
            int total = bands[random.nextInt(bands.length)] + random.nextInt(10) * 10;
            var directions = EnumSet.of(Direction.values()[random.nextInt(Direction.values().length)]);
            if (random.nextBoolean()) {
                directions.add(Direction.EQUIPMENT_RENEWAL);
            }
            int missing = stage == ProjectStage.IN_PRODUCTION || stage == ProjectStage.PLANNED ? 0
                    : random.nextInt(100) < 25 ? 1 + random.nextInt(3) : 0;
            String name = o.shortName() + WORKS[random.nextInt(WORKS.length)];
            seeds.add(seed("XM-DEMO-" + (1000 + i), o.creditCode(), name, o.industry(), o.region(), directions,
                    String.valueOf(total), String.valueOf(total * (40 + random.nextInt(35)) / 100), stage,
                    today.minusMonths(monthsAgo).withDayOfMonth(1 + random.nextInt(27)), missing, null));
        }
        return seeds;
    }

    private Seed seed(String ref, String creditCode, String name, Industry industry, String region,
            Set<Direction> directions, String total, String equipment, ProjectStage stage, LocalDate registered,
            int missing, String place) {
        BigDecimal totalWan = new BigDecimal(total);
        LocalDate start = null;
        LocalDate completion = null;
        LocalDate production = null;
        long days = java.time.temporal.ChronoUnit.DAYS.between(registered, today);
        switch (stage) {
            case UNDER_CONSTRUCTION, SUSPENDED -> start = registered.plusDays(Math.min(20, days / 4));
            case COMPLETED -> {
                start = registered.plusDays(Math.min(30, days / 5));
                // most completed projects were completed this year, for the year's count
                completion = today.minusDays(10 + random.nextInt(Math.max(1, Math.min(250, today.getDayOfYear() - 12))));
                if (!completion.isAfter(start)) {
                    completion = start.plusDays(1);
                }
            }
            case IN_PRODUCTION -> {
                start = registered.plusDays(Math.min(30, days / 6));
                completion = start.plusDays(Math.max(2, days / 2));
                production = completion.plusDays(20 + random.nextInt(40));
                if (production.isAfter(today.minusDays(1))) {
                    production = today.minusDays(1);
                }
            }
            default -> { }
        }
        LocalDate plannedStart = start != null ? start.minusDays(10) : today.plusMonths(1);
        LocalDate plannedCompletion = completion != null ? completion.plusDays(15) : plannedStart.plusMonths(10);
        LocalDate plannedProduction = production != null ? production : plannedCompletion.plusMonths(2);
        String filing = registered.getYear() + "-" + region + "-34-03-" + String.format("%06d", 10000 + 7 * serial++);
        var form = new ProjectForm(name, industry, directions, region, totalWan, new BigDecimal(equipment),
                plannedStart, plannedCompletion, plannedProduction, filing,
                (place == null ? "" : place) + "厂区实施，" + "主要建设内容包括设备购置、系统集成和配套改造。", List.of(), Set.of());
        var imported = new ProjectService.ImportedProject(ref, creditCode, form, stage, start, completion, production,
                registered.getYear(), null, null);
        // the reports: every ended period (up to production) but the last {@code missing}
        var calendar = new ReportCalendar(List.of(), List.of());
        List<Period> ended = calendar.periods(registered, production, today).stream()
                .filter(p -> p.end().isBefore(today)).toList();
        int filed = Math.max(0, ended.size() - missing);
        var past = new ArrayList<ProjectService.PastReport>();
        BigDecimal invested = BigDecimal.ZERO;
        for (int i = 0; i < filed; i++) {
            Period p = ended.get(i);
            double progress = (i + 1.0) / Math.max(ended.size(), stage == ProjectStage.IN_PRODUCTION
                    || stage == ProjectStage.COMPLETED ? ended.size() : ended.size() + 4);
            if (stage == ProjectStage.PLANNED) {
                progress = 0.02 * (i + 1);
            }
            BigDecimal target = totalWan.multiply(BigDecimal.valueOf(Math.min(1.0, progress)))
                    .setScale(0, RoundingMode.HALF_UP);
            if (target.compareTo(invested) > 0) {
                invested = target;
            }
            int percent = (int) Math.round(Math.min(100, progress * 100));
            var problems = new ArrayList<Problem>();
            if (random.nextInt(100) < 12) {
                problems.add(new Problem(ProblemKind.FINANCING, "二期设备款尚有约 " + (totalWan.intValue() / 5)
                        + " 万元缺口，希望对接设备更新贷款或融资租赁。", null));
            } else if (random.nextInt(100) < 6) {
                problems.add(new Problem(ProblemKind.POWER, "新增设备需扩容变压器 1250kVA，供电方案待批复。", null));
            }
            past.add(new ProjectService.PastReport(p.start(), percent, invested,
                    MILESTONES[Math.min(MILESTONES.length - 1, i * MILESTONES.length / Math.max(1, ended.size()))],
                    problems));
        }
        return new Seed(imported, registered, past);
    }
}
