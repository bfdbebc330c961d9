package org.jigai.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.junit.jupiter.api.Test;

class NeedTest {

    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    static NeedForm form() {
        return new NeedForm("冲压车间设备更新", "现有 8 台老旧冲床能耗高。", Industry.MACHINERY,
                Set.of(Direction.EQUIPMENT_RENEWAL), "370281", null, null, null, null, Visibility.ALL_PROVIDERS,
                ContactPreference.PLATFORM);
    }

    @Test
    void a_published_need_expires_after_90_days_unless_renewed() {
        var need = new Need(1L, form(), NOW);
        assertThat(need.getStatus()).isEqualTo(NeedStatus.DRAFT);
        need.publish(NOW);
        assertThat(need.getExpiresAt()).isEqualTo(NOW.plus(Duration.ofDays(90)));
        assertThat(need.expireIfDue(NOW.plus(Duration.ofDays(89)))).isFalse();
        assertThat(need.expireIfDue(NOW.plus(Duration.ofDays(90)))).isTrue();
        assertThat(need.getStatus()).isEqualTo(NeedStatus.EXPIRED);
        Instant later = NOW.plus(Duration.ofDays(95));
        need.renew(later);
        assertThat(need.getStatus()).isEqualTo(NeedStatus.PUBLISHED);
        assertThat(need.getExpiresAt()).isEqualTo(later.plus(Duration.ofDays(90)));
    }

    @Test
    void a_draft_never_expires_and_a_closed_need_cannot_be_published_again() {
        var need = new Need(1L, form(), NOW);
        assertThat(need.expireIfDue(NOW.plus(Duration.ofDays(400)))).isFalse();
        need.close("已自行解决", NOW);
        assertThat(need.isEditable()).isFalse();
        assertThatThrownBy(() -> need.publish(NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> need.apply(form(), NOW)).isInstanceOf(IllegalStateException.class);
    }
}
