package org.jigai.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Periodic jobs such as the expiry of needs, and asynchronous event listeners (the search index). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@org.springframework.scheduling.annotation.EnableAsync
class SchedulingConfiguration {}
