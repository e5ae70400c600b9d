package com.tenantbridge.domain.licensing;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * What group-based licensing needs, as "What is group-based licensing in Microsoft Entra ID?" states it
 * (https://learn.microsoft.com/entra/fundamentals/concept-group-based-licensing): one of these "for every user who
 * benefits" — "Microsoft Entra ID P1 and above", or "Microsoft 365 Business Premium or Office 365 Enterprise E3 or
 * Office 365 A3 or Office 365 GCC G3 ... and above". P1 and above is read from the service plans a SKU carries
 * (AAD_PREMIUM, AAD_PREMIUM_P2); the named suites by their part numbers in the licensing reference, with the E5/A5/G5
 * editions above them. The page does not list every suite "above" these: others are judged by their Entra plans.
 */
public final class GroupLicensingRequirement {

    private static final Set<String> ENTRA_PLANS = Set.of("AAD_PREMIUM", "AAD_PREMIUM_P2");
    private static final Set<String> NAMED_SUITES = Set.of("SPB", "ENTERPRISEPACK", "ENTERPRISEPREMIUM",
            "ENTERPRISEPREMIUM_NOPSTNCONF", "ENTERPRISEPACK_GOV", "ENTERPRISEPREMIUM_GOV", "ENTERPRISEPACKPLUS_FACULTY",
            "ENTERPRISEPACKPLUS_STUDENT", "ENTERPRISEPREMIUM_FACULTY", "ENTERPRISEPREMIUM_STUDENT");

    private GroupLicensingRequirement() {
    }

    /** Whether a SKU (its part number and the names of the service plans it carries) qualifies its users. */
    public static boolean qualifies(String partNumber, Collection<String> servicePlanNames) {
        return partNumber != null && NAMED_SUITES.contains(partNumber.toUpperCase(Locale.ROOT))
                || servicePlanNames.stream().anyMatch(p -> p != null
                        && ENTRA_PLANS.contains(p.toUpperCase(Locale.ROOT)));
    }
}
