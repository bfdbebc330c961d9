package org.jigai.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Pool membership adds its share to the standing, inside the same bounds. */
class StandingTest {

    @Test
    void pool_membership_adds_a_fifth_and_the_standing_stays_between_minus_one_and_one() {
        assertThat(Standing.fit(0, 0, 0, false, 0)).isZero();
        assertThat(Standing.fit(0, 0, 0, true, 0)).isCloseTo(0.2, within(1e-9));
        assertThat(Standing.fit(1, 5, 0, true, 0)).isCloseTo(0.45, within(1e-9));
        assertThat(Standing.fit(100, 5, 5, true, 0)).isEqualTo(1);
        assertThat(Standing.fit(100, 1, 0, true, 0)).isCloseTo(-0.97 + 0.2, within(0.01));
        // published excellent cases: 0.1 each, at most 0.2
        assertThat(Standing.fit(0, 0, 0, false, 1)).isCloseTo(0.1, within(1e-9));
        assertThat(Standing.fit(0, 0, 0, false, 5)).isCloseTo(0.2, within(1e-9));
        assertThat(Standing.fit(0, 0, 3, true, 2)).isCloseTo(0.7, within(1e-9));
    }
}
