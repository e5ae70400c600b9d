package com.tenantbridge.domain.recommend;

public enum Fit {
    RECOMMENDED("Recommended"),
    ALSO_FITS("Also fits"),
    POSSIBLE("Possible"),
    UNLIKELY("Unlikely"),
    NOT_SUITABLE("Not suitable");

    private final String label;

    Fit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
