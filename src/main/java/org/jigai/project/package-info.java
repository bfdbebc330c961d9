/**
 * The key upgrade-project library (重点技改项目库): enterprises register their projects and take them through their
 * stages ({@link org.jigai.project.ProjectTransition}); each period they file a progress report (定期调度) on the
 * calendar of {@link org.jigai.project.ReportCalendar}; the bureau sets the cadence, skips periods, comments, watches
 * overdue reports and exchanges the library as xlsx and through the REST API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "account", "audit", "need", "engagement"})
@org.jspecify.annotations.NullMarked
package org.jigai.project;
