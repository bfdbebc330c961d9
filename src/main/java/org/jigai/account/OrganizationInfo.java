package org.jigai.account;

import java.util.Set;
import org.jigai.base.Industry;
import org.jspecify.annotations.Nullable;

/** What every signed-in user may know about an organisation: never its contact details. */
public record OrganizationInfo(long id, @Nullable String ref, String name, Role type, String creditCode, String region,
        Set<Industry> industries, @Nullable String description) {}
