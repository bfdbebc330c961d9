package org.jigai.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void accepts_the_example_code_of_the_domain_reference() {
        assertThat(CreditCode.check("91370200163562681G")).isNull();
    }

    @Test
    void rejects_a_credit_code_with_a_wrong_check_character() {
        assertThat(CreditCode.check("91370200163562681H")).isEqualTo(CreditCode.Problem.CHECK);
    }

    @Test
    void rejects_letters_outside_the_alphabet() {
        assertThat(CreditCode.check("91370200I63562681G")).isEqualTo(CreditCode.Problem.CHARACTER);
        assertThat(CreditCode.check("91370200S63562681G")).isEqualTo(CreditCode.Problem.CHARACTER);
    }

    @Test
    void rejects_a_code_of_the_wrong_length() {
        assertThat(CreditCode.check("9137020016356268")).isEqualTo(CreditCode.Problem.LENGTH);
    }

    @Test
    void normalizes_spaces_and_lower_case_as_people_paste_them() {
        assertThat(CreditCode.isValid(" 9137 0200 1635 6268 1g ")).isTrue();
    }

    @Test
    void completes_a_code_with_its_check_character() {
        assertThat(CreditCode.withCheckCharacter("91370200163562681")).isEqualTo("91370200163562681G");
    }

    @Test
    void knows_mainland_mobile_numbers() {
        assertThat(ContactFormats.isMobile("13912345678")).isTrue();
        assertThat(ContactFormats.isMobile("12912345678")).isFalse();
        assertThat(ContactFormats.isMobile("1391234567")).isFalse();
        assertThat(ContactFormats.isMobile("139123456789")).isFalse();
    }
}
