package com.tenantbridge.domain.recommend;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The admin's answers; a question not answered counts as {@link Answer#UNSURE}. Immutable. */
public record Answers(@JsonValue Map<Question, Answer> values) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Answers of(Map<Question, Answer> values) {
        return new Answers(values);
    }

    public Answers {
        EnumMap<Question, Answer> copy = new EnumMap<>(Question.class);
        if (values != null) {
            values.forEach((q, a) -> {
                if (q != null && a != null && a != Answer.UNSURE) {
                    copy.put(q, a);
                }
            });
        }
        values = Collections.unmodifiableMap(copy);
    }

    public static Answers none() {
        return new Answers(Map.of());
    }

    public Answer get(Question question) {
        return values.getOrDefault(question, Answer.UNSURE);
    }

    public boolean is(Question question, Answer answer) {
        return get(question) == answer;
    }

    public Answers with(Question question, Answer answer) {
        EnumMap<Question, Answer> copy = new EnumMap<>(Question.class);
        copy.putAll(values);
        copy.put(question, answer);
        return new Answers(copy);
    }
}
