package org.jigai.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import org.jigai.account.AccountService;
import org.jigai.base.web.ApiErrorWriter;
import org.jigai.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Three filter chains: {@code POST /api/v1/tokens} with HTTP Basic, the rest of {@code /api/} with bearer
 * tokens (both stateless, JSON errors), and the Vaadin UI with its log-in view and session.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /** Vaadin needs inline styles and scripts for its bootstrap; everything else comes from this origin. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder(@Value("${jigai.security.bcrypt-strength:11}") int strength) {
        return new BCryptPasswordEncoder(strength);
    }

    /** The accounts as Spring Security looks them up; an unknown name is a bad credential like a wrong password. */
    @Bean
    UserDetailsService userDetailsService(AccountService accounts) {
        return username -> accounts.findLogin(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    @Bean
    @Order(1)
    SecurityFilterChain tokenChain(HttpSecurity http, JsonSecurityErrors errors) throws Exception {
        return stateless(http.securityMatcher(pathPattern(HttpMethod.POST, "/api/v1/tokens")), errors)
                .httpBasic(basic -> basic.authenticationEntryPoint(errors))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, JsonSecurityErrors errors, ApiTokenService tokens,
            ApiErrorWriter writer) throws Exception {
        return stateless(http.securityMatcher(pathPattern("/api/**")), errors)
                .addFilterBefore(new BearerTokenFilter(tokens, writer), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .build();
    }

    private static HttpSecurity stateless(HttpSecurity http, JsonSecurityErrors errors) throws Exception {
        return http
                .csrf(csrf -> csrf.disable()) // no cookies, no session: nothing for a forged request to ride on
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .headers(h -> h.frameOptions(f -> f.deny()));
    }

    @Bean
    @Order(3)
    SecurityFilterChain uiChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                .requestMatchers(pathPattern("/actuator/health"), pathPattern("/actuator/health/**")).permitAll()
                .requestMatchers(pathPattern("/styles/**"), pathPattern("/images/**"), pathPattern("/favicon.ico"))
                .permitAll()
                // The API's own description is public, like API.md; every endpoint it describes needs a token.
                .requestMatchers(pathPattern("/v3/api-docs"), pathPattern("/v3/api-docs/**"),
                        pathPattern("/swagger-ui.html"), pathPattern("/swagger-ui/**")).permitAll()
                // Photos and documents of cases: the published ones are public (看样学样); the selection module
                // decides per file and answers "not found" otherwise.
                .requestMatchers(pathPattern("/case-files/**")).permitAll()
                // Downloads of uploaded files: signed-in users; the owning module decides who may read which file.
                .requestMatchers(pathPattern("/files/**")).authenticated());
        http.headers(h -> h.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            // Eagerly: Vaadin writes its bootstrap page past the lazy writer, which would drop these headers.
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        }));
        http.headers(h -> h
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // /logout typed into the address bar logs out too, as people expect (the menu posts it)
        http.logout(logout -> logout.logoutRequestMatcher(pathPattern("/logout")));
        // Vaadin exempts its log-in view's path from CSRF protection; the form posts elsewhere, with the token.
        http.formLogin(form -> form.loginProcessingUrl("/" + LoginView.PROCESSING_PATH)
                .failureHandler(new RememberingFailureHandler()));
        return http.build();
    }

    /** JSON 401/403/429 for the API chains. */
    @org.springframework.stereotype.Component
    static class JsonSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

        private final ApiErrorWriter writer;

        JsonSecurityErrors(ApiErrorWriter writer) {
            this.writer = writer;
        }

        @Override
        public void commence(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
                org.springframework.security.core.AuthenticationException e) throws java.io.IOException {
            if (e instanceof LoginThrottledException throttled) {
                response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
                writer.write(request, response, 429, "Too Many Requests", "api.error.throttled",
                        throttled.retryAfterSeconds());
                return;
            }
            if (e instanceof org.springframework.security.authentication.BadCredentialsException) {
                writer.write(request, response, 401, "Unauthorized", "api.error.badCredentials");
                return;
            }
            if (request.getHeader("Authorization") == null) {
                response.setHeader("WWW-Authenticate", "Bearer");
            }
            writer.write(request, response, 401, "Unauthorized", "api.error.unauthorized");
        }

        @Override
        public void handle(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
                org.springframework.security.access.AccessDeniedException e) throws java.io.IOException {
            writer.write(request, response, 403, "Forbidden", "api.error.forbidden");
        }
    }
}
