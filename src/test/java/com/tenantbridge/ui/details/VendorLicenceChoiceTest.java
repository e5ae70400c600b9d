package com.tenantbridge.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.licensing.LicenceSku;
import com.tenantbridge.domain.licensing.Sku;
import com.tenantbridge.service.port.SkuInfo;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A new vendor plan proposes a licence that can be bought; the tenant's own SKUs with seats come first. */
class VendorLicenceChoiceTest {

    @Test
    void aNewPlanProposesALicenceThatCanBeBoughtAndTheTenantsOwnComeFirst() {
        VendorEditor editor = new VendorEditor();
        editor.load(null);
        assertThat(editor.licence.get()).isEqualTo(Sku.of(LicenceSku.SPE_F1));
        assertThat(editor.licence.get().endsWithRemoteAssist()).isFalse();
        assertThat(editor.licenceChoices.get(editor.licenceChoices.size() - 1).endsWithRemoteAssist())
                .as("what cannot be bought comes last").isTrue();

        editor.offer(List.of(
                new SkuInfo(UUID.randomUUID(), "O365_BUSINESS_PREMIUM", 10, 4, List.of("TEAMS1")),
                new SkuInfo(UUID.randomUUID(), "MICROSOFT_REMOTE_ASSIST", 10, 0, List.of("MICROSOFT_REMOTE_ASSIST",
                        "TEAMS1")),
                new SkuInfo(UUID.randomUUID(), "M365_F1", 5, 5, List.of("TEAMS1")),
                new SkuInfo(UUID.randomUUID(), "EXCHANGEDESKLESS", 10, 0, List.of("EXCHANGE_S_DESKLESS"))));
        assertThat(editor.licenceChoices.get(0)).isEqualTo(Sku.of("O365_BUSINESS_PREMIUM"));
        assertThat(editor.licenceChoices).doesNotContain(Sku.of("EXCHANGEDESKLESS"));
        assertThat(editor.licenceChoices.indexOf(Sku.of("MICROSOFT_REMOTE_ASSIST")))
                .isEqualTo(editor.licenceChoices.size() - 1);
        assertThat(editor.freeSeats(Sku.of("O365_BUSINESS_PREMIUM"))).contains(6);
        assertThat(VendorForm.licence(editor, Sku.of("O365_BUSINESS_PREMIUM"))).isEqualTo("O365_BUSINESS_PREMIUM"
                + " \u00b7 6 free");
        assertThat(VendorForm.licence(editor, Sku.of("MICROSOFT_REMOTE_ASSIST"))).contains("ends 2026-12-31");
    }
}
