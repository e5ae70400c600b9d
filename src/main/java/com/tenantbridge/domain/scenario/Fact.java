package com.tenantbridge.domain.scenario;

import java.util.Objects;

/** One statement from Microsoft's documentation, with the article it comes from. */
public record Fact(String text, Source source) {
    public Fact {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }
}
