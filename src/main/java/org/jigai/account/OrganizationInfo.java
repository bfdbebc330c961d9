package org.jigai.account;

/** What every signed-in user may know about an organisation: never its contact details. */
public record OrganizationInfo(long id, String name, Role type, String region) {}
