package org.jigai.base;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole platform, in the time zone of DOMAIN.md, replaceable in tests. {@code JIGAI_CLOCK_SHIFT}
 * (an ISO-8601 duration such as {@code P8D}; none by default) runs it ahead of the real time: for training
 * installations and the browser journeys that need days to pass (a nomination window closing, a notice running out).
 * Never set in production; the start-up log warns when it is.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${jigai.clock-shift:PT0S}") Duration shift) {
        if (shift.isZero()) {
            return Clock.system(Formats.ZONE);
        }
        LoggerFactory.getLogger(ClockConfiguration.class).warn(
                "JIGAI_CLOCK_SHIFT is set: the platform's clock runs {} ahead of the real time", shift);
        return Clock.offset(Clock.system(Formats.ZONE), shift);
    }
}
