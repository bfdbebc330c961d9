package org.jigai.account;

import org.jspecify.annotations.Nullable;

/** Who to call or write to at an organisation: private until its owner agrees to share it. */
public record ContactDetails(String organizationName, @Nullable String contactName, @Nullable String mobile,
        @Nullable String email) {}
