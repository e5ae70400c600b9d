package com.tenantbridge.domain.recommend;

import com.tenantbridge.domain.scenario.Fact;
import java.util.Objects;

/** Why an answer moved a scenario up or down, quoting the documented fact behind it. */
public record Reason(Effect effect, Question question, Answer answer, Fact fact) {

    public enum Effect {
        FOR, AGAINST, RULES_OUT
    }

    public Reason {
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(fact, "fact");
    }
}
