package org.jigai.selection;

import java.util.Map;
import org.jigai.base.PublishedCases;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The selection's answer to {@link PublishedCases}: counted in the database on demand (the ranking caches it). */
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
}
