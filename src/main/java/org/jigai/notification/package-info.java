/**
 * The notification centre (消息中心): one row per recipient for everything that concerns a user (an invitation, a
 * proposal, a milestone, a rating, a message …), read and marked read in the app, signalled live to open pages, and
 * e-mailed when SMTP is configured — per user and kind immediately, in a daily digest, or not at all.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "account", "engagement", "need", "project", "pool", "event", "selection"})
@org.jspecify.annotations.NullMarked
package org.jigai.notification;
