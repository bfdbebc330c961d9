package org.jigai.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.jigai.TestData;
import org.jigai.base.Region;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@WithAnonymousUser
class RegistrationViewTest extends SpringBrowserlessTest {

    RegistrationView fillIn(String creditCode, String mobile, String password) {
        var view = navigate(RegistrationView.class);
        test(view.organizationName).setValue("青岛德润橡胶制品有限公司");
        test(view.creditCode).setValue(creditCode);
        test(view.region).selectItem(view.getTranslation(Region.PINGDU.labelKey()));
        test(view.contactName).setValue("陈立新");
        test(view.mobile).setValue(mobile);
        test(view.email).setValue("chen@derun.example.cn");
        test(view.username).setValue(TestData.username("derun"));
        test(view.password).setValue(password);
        test(view.passwordAgain).setValue(password);
        return view;
    }

    @Test
    void shows_a_wrong_check_character_next_to_the_field_and_keeps_what_was_typed() {
        String code = TestData.creditCode();
        String wrong = code.substring(0, 17) + (code.endsWith("0") ? "1" : "0");
        var view = fillIn(wrong, "13712345678", TestData.PASSWORD);
        test(view.submit).click();
        assertThat(view.creditCode.isInvalid()).isTrue();
        assertThat(view.creditCode.getErrorMessage()).isEqualTo("统一社会信用代码校验位不正确，请核对营业执照");
        assertThat(view.organizationName.getValue()).isEqualTo("青岛德润橡胶制品有限公司");
        assertThat(view.password.getValue()).isEqualTo(TestData.PASSWORD);
        assertThat(view.mobile.isInvalid()).isFalse();
    }

    @Test
    void shows_every_problem_at_once() {
        var view = fillIn(TestData.creditCode(), "1371234", "123456789");
        test(view.submit).click();
        assertThat(view.mobile.getErrorMessage()).isEqualTo("请输入 11 位大陆手机号码");
        assertThat(view.password.getErrorMessage()).isEqualTo("该密码过于常见，容易被猜中，请换一个");
        assertThat(view.creditCode.isInvalid()).isFalse();
    }

    @Test
    void tells_when_the_two_passwords_differ() {
        var view = fillIn(TestData.creditCode(), "13712345678", TestData.PASSWORD);
        test(view.passwordAgain).setValue(TestData.PASSWORD + "x");
        test(view.submit).click();
        assertThat(view.passwordAgain.getErrorMessage()).isEqualTo("两次输入的密码不一致");
    }
}
