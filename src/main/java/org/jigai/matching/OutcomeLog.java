package org.jigai.matching;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jigai.account.AccountPrincipal;
import org.jigai.engagement.EngagementEventRecorded;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each recommendation list and search page showed a user (record ids, ranks, scores, the ranking's version) and
 * what followed (opened, invited, interest, accepted, declined, proposal, signed, completed, rating), so that the
 * ranking can be evaluated and trained on real outcomes (see docs/matching.md). Nothing of it is shown to users; only
 * the user who saw a list can add "opened" to it.
 */
@Service
public class OutcomeLog {

    /** The lists that are logged. */
    public enum ListKind { NEED_RECOMMENDATIONS, SOLUTION_LEADS, PROVIDER_LEADS, SEARCH }

    /** How far back an engagement is traced to the lists that showed its pair. */
    static final Duration LOOKBACK = Duration.ofDays(180);

    /** One shown record: its type (need, solution, provider), id, organisation and score, in rank order. */
    public record Shown(String type, long id, long organizationId, double score) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;

    OutcomeLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a list shown to the current user; returns its id for the "opened" clicks, or 0 when nothing was shown. */
    @Transactional
    public long shown(ListKind kind, @Nullable Long subjectId, @Nullable String query, List<Shown> items) {
        var me = AccountPrincipal.current().orElse(null);
        if (me == null || items.isEmpty()) {
            return 0;
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("INSERT INTO match_impression (user_id, organization_id, list_kind, subject_id,"
                    + " query_text, ranking_version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS);
            ps.setLong(1, me.id());
            ps.setObject(2, me.organizationId());
            ps.setString(3, kind.name());
            ps.setObject(4, subjectId);
            ps.setString(5, query == null ? null : query.length() <= 200 ? query : query.substring(0, 200));
            ps.setString(6, Weights.VERSION);
            ps.setTimestamp(7, Timestamp.from(clock.instant()));
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        jdbc.batchUpdate("INSERT INTO match_impression_item (impression_id, position, record_type, record_id,"
                + " organization_id, score) VALUES (?, ?, ?, ?, ?, ?)", items, items.size(), (ps, item) -> {
                    ps.setLong(1, id);
                    ps.setInt(2, items.indexOf(item) + 1);
                    ps.setString(3, item.type());
                    ps.setLong(4, item.id());
                    ps.setLong(5, item.organizationId());
                    ps.setDouble(6, item.score());
                });
        return id;
    }

    /** The current user opened a record from a list they were shown (anyone else's list: ignored). */
    @Transactional
    public void opened(long impressionId, String type, long recordId) {
        var me = AccountPrincipal.current().orElse(null);
        if (me == null) {
            return;
        }
        jdbc.update("INSERT INTO match_outcome (impression_id, record_type, record_id, outcome, engagement_id, occurred_at)"
                + " SELECT i.id, ?, ?, 'OPENED', NULL, ? FROM match_impression i WHERE i.id = ? AND i.user_id = ?"
                + " AND EXISTS (SELECT 1 FROM match_impression_item t WHERE t.impression_id = i.id AND t.record_type = ?"
                + " AND t.record_id = ?)", type, recordId, Timestamp.from(clock.instant()), impressionId, me.id(), type,
                recordId);
    }

    /**
     * A collaboration moved: every list that showed its pair before — the need's recommendations showing one of the
     * provider's solutions, the provider's leads or a solution's matches showing the need, a search of either party
     * showing the other's record — gets the outcome.
     */
    @EventListener
    void on(EngagementEventRecorded e) {
        String outcome = switch (e.transition()) {
            case INVITE -> "INVITED";
            case EXPRESS_INTEREST -> "INTEREST";
            case ACCEPT_INVITATION, ACCEPT_INTEREST -> "ACCEPTED";
            case DECLINE_INVITATION, DECLINE_INTEREST -> "DECLINED";
            case SUBMIT_PROPOSAL -> "PROPOSAL";
            case ACCEPT_PROPOSAL -> "SIGNED";
            case COMPLETE -> "COMPLETED";
            case RATE -> "RATING";
            default -> null;
        };
        if (outcome == null) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp since = Timestamp.from(clock.instant().minus(LOOKBACK));
        // the need's recommendations and the enterprise's searches that showed one of the provider's solutions
        jdbc.update("INSERT INTO match_outcome (impression_id, record_type, record_id, outcome, engagement_id, occurred_at)"
                + " SELECT t.impression_id, t.record_type, t.record_id, ?, ?, ? FROM match_impression_item t"
                + " JOIN match_impression i ON i.id = t.impression_id WHERE i.created_at >= ? AND t.organization_id = ?"
                + " AND t.record_type IN ('solution', 'provider') AND ((i.list_kind = 'NEED_RECOMMENDATIONS' AND i.subject_id = ?)"
                + " OR (i.list_kind = 'SEARCH' AND i.organization_id = ?))",
                outcome, e.engagementId(), now, since, e.providerId(), e.needId(), e.enterpriseId());
        // the provider's leads, its solutions' matches and its searches that showed the need
        jdbc.update("INSERT INTO match_outcome (impression_id, record_type, record_id, outcome, engagement_id, occurred_at)"
                + " SELECT t.impression_id, t.record_type, t.record_id, ?, ?, ? FROM match_impression_item t"
                + " JOIN match_impression i ON i.id = t.impression_id WHERE i.created_at >= ? AND t.record_type = 'need'"
                + " AND t.record_id = ? AND i.organization_id = ? AND i.list_kind IN ('PROVIDER_LEADS', 'SOLUTION_LEADS', 'SEARCH')",
                outcome, e.engagementId(), now, since, e.needId(), e.providerId());
    }

    /** For tests and the evaluation: the outcomes recorded for one engagement, in order. */
    @Transactional(readOnly = true)
    List<String> outcomes(long engagementId) {
        return jdbc.queryForList("SELECT outcome FROM match_outcome WHERE engagement_id = ? ORDER BY id", String.class,
                engagementId);
    }
}
