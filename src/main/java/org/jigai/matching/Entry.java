package org.jigai.matching;

import java.time.Instant;
import java.util.Set;
import org.jigai.base.Direction;
import org.jigai.base.Industry;
import org.jigai.base.ServiceCategory;
import org.jspecify.annotations.Nullable;

/**
 * One record as the index sees it, whatever its type: a need, a solution (carrying its provider's regions) or a
 * provider profile. {@code categories} of a need are the ones its words imply; {@code audience} holds the terms of
 * its readers, from the record module's access policy.
 */
record Entry(String type, long id, long organizationId, String title, String body, Set<Industry> industries,
        Set<Direction> directions, Set<ServiceCategory> categories, String region, Set<String> serves,
        @Nullable String visibility, Instant updated, Set<String> audience) {

    String key() {
        return Fields.key(type, id);
    }
}
