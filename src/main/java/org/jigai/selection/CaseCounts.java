package org.jigai.selection;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jigai.base.IndexFacts;
import org.jigai.base.PublishedCases;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The selection's answer to {@link PublishedCases}: read in the database on demand (the ranking caches the counts). */
@Component
class CaseCounts implements PublishedCases {

    private final SelectionService selection;

    CaseCounts(SelectionService selection) {
        this.selection = selection;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> byProvider() {
        return selection.publishedByProvider();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Case> after(long afterId, int limit) {
        return selection.publishedAfter(afterId, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Case> published(long id) {
        return selection.publishedCase(id);
    }

    @Override
    @Transactional(readOnly = true)
    public IndexFacts indexFacts() {
        return selection.publishedFacts();
    }
}
