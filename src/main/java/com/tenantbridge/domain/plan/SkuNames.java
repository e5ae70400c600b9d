package com.tenantbridge.domain.plan;

import com.tenantbridge.domain.licensing.Sku;
import java.util.regex.Pattern;

/**
 * A licence a plan names by part number: its characters, and a word when TenantBridge's catalogue does not know it
 * (then Checks judges it by the service plans the tenant's SKU carries). Microsoft's part numbers use letters,
 * digits and _ - . ( ) / ("Product names and service plan identifiers for licensing",
 * https://learn.microsoft.com/entra/identity/users/licensing-service-plan-reference); the page states no rule, so
 * anything else is refused as a typing slip, not as Microsoft's limit.
 */
final class SkuNames {

    private static final Pattern PART_NUMBER = Pattern.compile("[A-Za-z0-9_.()/-]{1,100}");

    private SkuNames() {
    }

    static void check(PlanValidator check, String path, Sku sku, String needs) {
        if (!PART_NUMBER.matcher(sku.partNumber()).matches()) {
            check.error(path, "\u201c" + sku.partNumber() + "\u201d is not a SKU part number (letters, digits and"
                    + " _ - . ( ) /, as Graph's skuPartNumber)");
        } else if (!sku.isKnown()) {
            check.warning(path, sku.partNumber() + " is not in TenantBridge's catalogue: Checks reads from the"
                    + " tenant whether it carries " + needs + " and has free seats");
        }
    }
}
