package com.tenantbridge.domain.plan;

/**
 * A service account the host tenant creates for one vendor person (e.g. Vendor1_A@vendor1.com gets
 * Vendor1_A_SA@abc.com). {@code segment} names the information-barrier segment the account joins.
 */
public record VendorAccount(String displayName, String userPrincipalName, String contactEmail, String company,
        String usageLocation, String segment, Device device) {
}
