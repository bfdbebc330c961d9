package org.jigai.need;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states from which the enterprise's own actions on a need are allowed; the entity, the service and the
 * may-do flags of {@link NeedAccess} all read these sets. Publishing leads to PUBLISHED, renewing to PUBLISHED for
 * another 90 days, closing to CLOSED (not while contracted: the signed engagement is cancelled first); expiry (PUBLISHED → EXPIRED) is the hourly job's.
 */
final class NeedLifecycle {

    private NeedLifecycle() {}

    static final Set<NeedStatus> EDITABLE = EnumSet.of(NeedStatus.DRAFT, NeedStatus.PUBLISHED, NeedStatus.EXPIRED);
    static final Set<NeedStatus> PUBLISHABLE = EnumSet.of(NeedStatus.DRAFT, NeedStatus.EXPIRED);
    static final Set<NeedStatus> RENEWABLE = EnumSet.of(NeedStatus.PUBLISHED, NeedStatus.EXPIRED);
    /** Not a finished need, and not a contracted one: its signed engagement must be cancelled first. */
    static final Set<NeedStatus> CLOSABLE = EnumSet.complementOf(EnumSet.of(NeedStatus.CLOSED, NeedStatus.COMPLETED,
            NeedStatus.CONTRACTED));
}
