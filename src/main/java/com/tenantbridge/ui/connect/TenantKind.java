package com.tenantbridge.ui.connect;

public enum TenantKind {
    DEMO("Demo tenant", "Offline, holding the tenants of Microsoft's examples (ABC, Contoso1, Contoso2,"
            + " Vendor1, Vendor2). No account needed."),
    MICROSOFT_365("Microsoft 365 tenant", "Sign in as an administrator of a real tenant.");

    private final String label;
    private final String description;

    TenantKind(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
