package org.jigai.base.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.jigai.base.Translations;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * What makes every answer under {@code /api/} JSON, from the servlet filters down to Tomcat's own errors, and what
 * keeps browsers on the application's own error pages.
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration {

    /** Ahead of Spring Security, so that its errors are covered too. */
    @Bean
    FilterRegistrationBean<ApiResponseFilter> apiResponseFilter(ApiErrorWriter writer) {
        var registration = new FilterRegistrationBean<>(new ApiResponseFilter(writer));
        registration.addUrlPatterns("/api/*", "/error");
        registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Browsers get the application's own page, not "HTTP ERROR 403"; also ahead of Spring Security. */
    @Bean
    FilterRegistrationBean<BrowserErrorFilter> browserErrorFilter() {
        var registration = new FilterRegistrationBean<>(new BrowserErrorFilter());
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    ErrorValveCustomizer jsonErrorReportValve(JsonMapper json, Translations translations) {
        return new ErrorValveCustomizer(json, translations);
    }

    /** Replaces Tomcat's error report valve, after Spring Boot's own customizer has installed its one. */
    static final class ErrorValveCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        private final JsonMapper json;
        private final Translations translations;

        ErrorValveCustomizer(JsonMapper json, Translations translations) {
            this.json = json;
            this.translations = translations;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                var host = context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new JsonErrorReportValve(json, translations));
                if (host instanceof StandardHost standard) {
                    standard.setErrorReportValveClass(JsonErrorReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
