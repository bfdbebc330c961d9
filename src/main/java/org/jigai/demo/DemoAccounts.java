package org.jigai.demo;

import org.jigai.account.AccountService;
import org.jigai.account.Registration;
import org.jigai.account.Role;
import org.jigai.base.JigaiProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo accounts of README, all with the password {@value #PASSWORD}. */
@Component
@Order(10)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "Demo-2026!";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountService accounts;
    private final JigaiProperties properties;

    DemoAccounts(AccountService accounts, JigaiProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoDataEnabled()) {
            return;
        }
        int created = 0;
        created += accounts.ensureDemoAccount("demo-enterprise", "王建国", Role.ENTERPRISE,
                new Registration(Role.ENTERPRISE, "青岛海蓝精密机械有限公司", "91370281MA3C8RTE4Y", "370281", "王建国",
                        "13806421234", "wangjianguo@hailan-jm.example.cn", "demo-enterprise", PASSWORD), PASSWORD) ? 1 : 0;
        created += accounts.ensureDemoAccount("demo-provider", "李晓东", Role.PROVIDER,
                new Registration(Role.PROVIDER, "青岛智造云工业互联网科技有限公司", "91370211MA3D2WKX7D", "370211", "李晓东",
                        "13953287654", "lixiaodong@zhizaoyun.example.cn", "demo-provider", PASSWORD), PASSWORD) ? 1 : 0;
        created += accounts.ensureDemoAccount("demo-bureau", "张敏", Role.BUREAU, null, PASSWORD) ? 1 : 0;
        created += accounts.ensureDemoAccount("demo-expert", "刘振华", Role.EXPERT, null, PASSWORD) ? 1 : 0;
        if (created > 0) {
            log.info("Demo data: created {} demo accounts (password {}).", created, PASSWORD);
        }
    }
}
