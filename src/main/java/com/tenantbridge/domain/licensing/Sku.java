package com.tenantbridge.domain.licensing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * A SKU a plan names, by Graph skuPartNumber: one of the {@link LicenceSku catalogue}, or any other the tenant has
 * (Microsoft's part numbers include letters, digits, '_', '-', '(', ')', '/' and '.', e.g.
 * "Microsoft_365_F3_EEA_(no_Teams)"). What an unknown SKU is for is read from the tenant's service plans in Checks.
 * Written in a plan as its part number, as before.
 */
public record Sku(String partNumber) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Sku of(String partNumber) {
        return partNumber == null ? null : new Sku(partNumber);
    }

    public static Sku of(LicenceSku known) {
        return new Sku(known.partNumber());
    }

    @JsonValue
    @Override
    public String partNumber() {
        return partNumber;
    }

    public Optional<LicenceSku> known() {
        return LicenceSku.byPartNumber(partNumber);
    }

    /** The product name where the catalogue knows it, else the part number. */
    public String productName() {
        return known().map(LicenceSku::productName).orElse(partNumber);
    }

    /** Yes or no where the catalogue knows; empty where only the tenant's service plans can tell. */
    public Optional<Boolean> serves(LicenceSku.Use use) {
        return known().flatMap(k -> k.serves(use));
    }

    public boolean endsWithRemoteAssist() {
        return known().map(LicenceSku::endsWithRemoteAssist).orElse(false);
    }

    public boolean isKnown() {
        return known().isPresent();
    }

    @Override
    public String toString() {
        return partNumber;
    }
}
