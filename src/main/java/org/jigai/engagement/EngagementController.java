package org.jigai.engagement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jigai.account.AccountPrincipal;
import org.jigai.account.ContactDetails;
import org.jigai.account.Role;
import org.jigai.base.InvalidInputException;
import org.jigai.base.web.ApiPage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Collaboration through the REST API. Every endpoint asks {@link EngagementService}, so the access policy is the
 * UI's: an engagement the caller is not a party to is 404 (the bureau reads its facts only).
 */
@RestController
@Tag(name = "Collaboration", description = "Invitations, interest, engagements and their conversations")
class EngagementController {

    private final EngagementService engagements;

    EngagementController(EngagementService engagements) {
        this.engagements = engagements;
    }

    /** One engagement in the API: facts; contact details only once both sides agreed to exchange them. */
    record Engagement(long id, long needId, String needTitle, @Nullable Long enterpriseId, @Nullable String enterpriseName,
            long providerId, String providerName, String state, String startedBy, Instant createdAt,
            Instant updatedAt, @Nullable Instant signedAt, @Nullable BigDecimal signedPriceWan,
            @Nullable Instant completedAt, @Nullable Long unread, @Nullable Contacts enterpriseContacts,
            @Nullable Contacts providerContacts) {}

    record Contacts(String organizationName, @Nullable String contactName, @Nullable String mobile,
            @Nullable String email) {}

    /** {@code author} is null for the enterprise behind an anonymous need the provider has not been told of. */
    record Message(long id, @Nullable String author, String side, String text, Instant sentAt, boolean read) {}

    record InterestRequest(@Nullable String note) {}

    record InvitationRequest(@Nullable List<Long> providerIds, @Nullable String note) {}

    record MessageRequest(@Nullable String text) {}

    record Invited(List<Long> created) {}

    @GetMapping("/api/v1/engagements")
    @Operation(summary = "A page of the caller's engagements (enterprise or provider); all engagements' facts for bureau and admin")
    ApiPage<Engagement> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var request = ApiPage.request(page, size);
        var me = AccountPrincipal.current().orElseThrow();
        org.springframework.data.domain.Page<EngagementSummary> found;
        if (me.has(Role.ENTERPRISE) || me.has(Role.PROVIDER)) {
            found = engagements.mine(Set.of(), request);
        } else if (me.has(Role.BUREAU) || me.has(Role.ADMIN)) {
            found = engagements.facts(Set.of(), false, request);
        } else {
            found = org.springframework.data.domain.Page.empty(request); // experts take no part in engagements
        }
        return new ApiPage<>(found.getContent().stream().map(s -> engagement(s, null, null)).toList(), page, size,
                found.getTotalElements());
    }

    @GetMapping("/api/v1/engagements/{id}")
    @Operation(summary = "One engagement the caller may see")
    Engagement one(@PathVariable long id) {
        var d = engagements.details(id);
        return engagement(d.summary(), contacts(d.enterpriseContacts()), contacts(d.providerContacts()));
    }

    @PostMapping("/api/v1/needs/{id}/interest")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A provider expresses interest in a published need, with a short note")
    Engagement interest(@PathVariable long id, @RequestBody @Nullable InterestRequest body) {
        long created = engagements.expressInterest(id, body == null ? null : body.note());
        return one(created);
    }

    @PostMapping("/api/v1/needs/{id}/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The need's enterprise invites providers to quote; providers already engaged are skipped")
    Invited invite(@PathVariable long id, @RequestBody @Nullable InvitationRequest body) {
        if (body == null || body.providerIds() == null) {
            throw InvalidInputException.of("providerIds", "engagement.error.noProvider");
        }
        if (body.providerIds().stream().anyMatch(java.util.Objects::isNull)) {
            throw InvalidInputException.of("providerIds", "engagement.error.noProvider");
        }
        return new Invited(engagements.invite(id, body.providerIds(), body.note()));
    }

    @GetMapping("/api/v1/engagements/{id}/messages")
    @Operation(summary = "A page of an engagement's conversation, newest first (its parties only)")
    ApiPage<Message> messages(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var found = engagements.messages(id, ApiPage.request(page, size));
        return new ApiPage<>(found.getContent().stream().map(EngagementController::message).toList(), page, size,
                found.getTotalElements());
    }

    @PostMapping("/api/v1/engagements/{id}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sends a message in an engagement's conversation (its parties only)")
    Message send(@PathVariable long id, @RequestBody @Nullable MessageRequest body) {
        return message(engagements.send(id, body == null ? null : body.text(), null, null));
    }

    private static Message message(MessageView m) {
        return new Message(m.id(), EngagementService.ANONYMOUS.equals(m.author()) ? null : m.author(), m.side().name(),
                m.text(), m.sentAt(), m.read());
    }

    private static @Nullable Contacts contacts(@Nullable ContactDetails c) {
        return c == null ? null : new Contacts(c.organizationName(), c.contactName(), c.mobile(), c.email());
    }

    private static Engagement engagement(EngagementSummary s, @Nullable Contacts enterprise, @Nullable Contacts provider) {
        return new Engagement(s.id(), s.needId(), s.needTitle(), s.enterpriseShown() ? s.enterpriseId() : null,
                s.enterpriseShown() ? s.enterpriseName() : null, s.providerId(),
                s.providerName(), s.state().name(), s.startedBy().name(), s.createdAt(), s.updatedAt(), s.signedAt(),
                s.signedPriceWan(), s.completedAt(), s.side() == null ? null : s.unread(), enterprise, provider);
    }
}
