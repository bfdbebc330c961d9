package org.jigai.account;

import java.util.NoSuchElementException;
import org.jigai.audit.AuditLog;
import org.jigai.base.Checks;
import org.jigai.base.ContactFormats;
import org.jigai.base.InvalidInputException;
import org.jigai.base.Region;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An enterprise's own page (企业信息): every member reads it; the organisation's administrator (its first user)
 * edits the description, industries, district, contact person, phone, e-mail and address. Only the organisation
 * itself sees its contact details.
 */
@Service
public class OrganizationProfileService {

    public static final String ORGANIZATION_UPDATED = "ORGANIZATION_UPDATED";

    private final OrganizationRepository organizations;
    private final AuditLog audit;

    OrganizationProfileService(OrganizationRepository organizations, AuditLog audit) {
        this.organizations = organizations;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ENTERPRISE')")
    public OrganizationProfile mine() {
        AccountPrincipal me = member();
        Organization o = organizations.findById(me.organizationId()).orElseThrow(NoSuchElementException::new);
        return new OrganizationProfile(o.getId(), o.getName(), o.getCreditCode(), o.getType(), o.getDescription(),
                o.getIndustries(), o.getRegion(), o.getContactName(), o.getContactMobile(), o.getContactEmail(),
                o.getAddress(), o.getVersion(), me.organizationAdmin());
    }

    /** Saves over the version the editor started from; a newer version in between is refused, nothing overwritten. */
    @Transactional
    @PreAuthorize("hasRole('ENTERPRISE')")
    public void save(long version, OrganizationForm form) {
        AccountPrincipal me = member();
        if (!me.organizationAdmin()) {
            throw new AccessDeniedException("only the organisation's administrator edits its page");
        }
        var problems = new InvalidInputException.Collector();
        String description = Checks.text("description", form.description(), Organization.DESCRIPTION_MAX, false, problems);
        if (form.region() == null || Region.ofCode(form.region()).isEmpty() || Region.QINGDAO.code().equals(form.region())) {
            problems.add("region", "validation.required");
        }
        String contactName = Checks.text("contactName", form.contactName(), Organization.CONTACT_NAME_MAX, false, problems);
        String mobile = Checks.text("contactMobile", form.contactMobile(), 20, false, problems);
        if (!mobile.isEmpty() && !problems.has("contactMobile") && !ContactFormats.isMobile(mobile)) {
            problems.add("contactMobile", "validation.mobile");
        }
        String email = Checks.text("contactEmail", form.contactEmail(), 100, false, problems);
        if (!email.isEmpty() && !problems.has("contactEmail") && !ContactFormats.isEmail(email)) {
            problems.add("contactEmail", "validation.email");
        }
        String address = Checks.text("address", form.address(), Organization.ADDRESS_MAX, false, problems);
        problems.throwIfAny();
        Organization o = organizations.findById(me.organizationId()).orElseThrow(NoSuchElementException::new);
        if (o.getVersion() != version) {
            throw new OptimisticLockingFailureException("organization " + o.getId() + " changed since version " + version);
        }
        o.updateProfile(blankToNull(description), form.industries(), form.region(), blankToNull(contactName),
                blankToNull(mobile), blankToNull(email), blankToNull(address));
        organizations.save(o);
        audit.record(ORGANIZATION_UPDATED, o.getName(), null);
    }

    private static AccountPrincipal member() {
        AccountPrincipal me = AccountPrincipal.current().orElseThrow();
        if (me.organizationId() == null) {
            throw new AccessDeniedException("no organisation");
        }
        return me;
    }

    private static @org.jspecify.annotations.Nullable String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
