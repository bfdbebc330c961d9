package org.jigai.account;

import java.util.Set;
import org.jigai.base.Industry;
import org.jspecify.annotations.Nullable;

/** What an organisation's own page edits (企业信息); name, type and credit code stay as registered. */
public record OrganizationForm(@Nullable String description, Set<Industry> industries, @Nullable String region,
        @Nullable String contactName, @Nullable String contactMobile, @Nullable String contactEmail,
        @Nullable String address) {}
