/**
 * The bureau's dashboard (数据看板): the year's figures against the policy targets — events held, cases selected, key
 * projects tracked and completed, pool members, the needs' funnel, match rate, days to a first proposal, contract
 * amounts — with their trend by month and breakdowns by industry, direction and district. The module reads the other
 * modules' facts and computes nothing but counts ({@link org.jigai.dashboard.DashboardFigures}, pure).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"base", "account", "need", "engagement", "project", "event", "pool", "selection"})
@org.jspecify.annotations.NullMarked
package org.jigai.dashboard;
