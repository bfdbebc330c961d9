package org.jigai;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Every application context installs its own strategy into the static {@link SecurityContextHolder} when it starts
 * (Vaadin's session-aware one). With several cached test contexts in one JVM the last one started wins, so a test
 * running on an older context would see two different holders. Re-install the test's own before each test.
 */
public class SecurityStrategyTestListener implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestClass(TestContext testContext) {
        install(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        install(testContext);
    }

    private static void install(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }

    @Override
    public int getOrder() {
        // Before Spring Security's WithSecurityContextTestExecutionListener (10000) sets up the test user.
        return 1000;
    }
}
