package org.jigai.project;

import org.jigai.account.AccountPrincipal;
import org.jigai.account.Role;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who may read and act on a project: the one place that decides it (see {@code docs/security.md}).
 * <ul>
 *   <li>The enterprise that registered it reads it, edits it until it is in production, takes its stage
 *       transitions, files its reports and turns their problems into needs.</li>
 *   <li>Bureau staff read every project, comment, set report cadences and skip periods; administrators read.</li>
 *   <li>Everyone else — other enterprises, providers (also those working on it), experts — reads nothing: "not
 *       found".</li>
 * </ul>
 */
@Component
class ProjectAccess {

    boolean owner(AccountPrincipal reader, Project p) {
        return reader.has(Role.ENTERPRISE) && reader.organizationId() != null
                && reader.organizationId() == p.getEnterpriseId();
    }

    boolean mayRead(AccountPrincipal reader, Project p) {
        return owner(reader, p) || staff(reader);
    }

    boolean mayEdit(AccountPrincipal reader, Project p) {
        return owner(reader, p) && p.getStage() != ProjectStage.IN_PRODUCTION;
    }

    boolean mayTake(AccountPrincipal reader, Project p, ProjectTransition t) {
        return owner(reader, p) && t.allows(p.getStage());
    }

    /** Reports are filed while the project is not in production, or while it still owes one. */
    boolean mayReport(AccountPrincipal reader, Project p) {
        return owner(reader, p) && (p.getStage() != ProjectStage.IN_PRODUCTION || p.getOldestMissingDue() != null);
    }

    boolean mayMakeNeeds(AccountPrincipal reader, Project p) {
        return owner(reader, p);
    }

    /** Comments, cadence, skipping periods: the bureau's scheduling work. */
    boolean maySchedule(AccountPrincipal reader) {
        return reader.has(Role.BUREAU);
    }

    /** The whole library: export and import. */
    boolean mayExchange(AccountPrincipal reader) {
        return staff(reader);
    }

    /** The list form of {@link #mayRead}. */
    Specification<Project> readable(AccountPrincipal reader) {
        if (staff(reader)) {
            return (root, query, cb) -> cb.conjunction();
        }
        Long org = reader.organizationId();
        if (org == null || !reader.has(Role.ENTERPRISE)) {
            return (root, query, cb) -> cb.disjunction();
        }
        return (root, query, cb) -> cb.equal(root.get("enterpriseId"), org);
    }

    static boolean staff(AccountPrincipal reader) {
        return reader.has(Role.BUREAU) || reader.has(Role.ADMIN);
    }
}
