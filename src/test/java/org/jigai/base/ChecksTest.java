package org.jigai.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void numbers_are_read_as_people_write_them_in_sheets() {
        assertThat(Checks.parseNumber("1200")).isEqualByComparingTo("1200");
        assertThat(Checks.parseNumber(" 1,200.5 ")).isEqualByComparingTo("1200.5");
        assertThat(Checks.parseNumber("1\uFF0C200")).as("a full-width comma").isEqualByComparingTo("1200");
        assertThat(Checks.parseNumber("一千二")).isNull();
        assertThat(Checks.parseNumber("")).isNull();
    }
}
