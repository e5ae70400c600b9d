package com.tenantbridge.domain.reach;

import java.util.Objects;

/** One channel between two parties: the verdict and, always, why (the setting or policy that decides it). */
public record Cell(Verdict verdict, String reason) {
    public Cell {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }

    static Cell yes(String reason) {
        return new Cell(Verdict.YES, reason);
    }

    static Cell limited(String reason) {
        return new Cell(Verdict.LIMITED, reason);
    }

    static Cell no(String reason) {
        return new Cell(Verdict.NO, reason);
    }

    static Cell unknown(String reason) {
        return new Cell(Verdict.UNKNOWN, reason);
    }
}
