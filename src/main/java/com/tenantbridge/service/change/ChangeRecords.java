package com.tenantbridge.service.change;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DatabindContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.jsontype.impl.TypeIdResolverBase;
import java.util.Arrays;

/**
 * Jackson's type ids for change records: the change kind's name, which a journal line carries as its {@code kind}
 * (an external type id, so the line's JSON is what it always was). A kind this version does not know reads as
 * {@link Unknown}, and undoing it fails with the kind named.
 */
public final class ChangeRecords extends TypeIdResolverBase {

    /** A record of a kind this version does not know. */
    public record Unknown(String note) implements ChangeRecord {
    }

    @Override
    public String idFromValue(Object value) {
        return kindOf(value.getClass()).name();
    }

    @Override
    public String idFromValueAndType(Object value, Class<?> suggestedType) {
        return idFromValue(value);
    }

    @Override
    public JavaType typeFromId(DatabindContext context, String id) {
        Class<?> type = Arrays.stream(ChangeKind.values()).filter(k -> k.name().equals(id)).findFirst()
                .<Class<?>>map(k -> k.handler().recordType()).orElse(Unknown.class);
        return context.constructType(type);
    }

    @Override
    public JsonTypeInfo.Id getMechanism() {
        return JsonTypeInfo.Id.CUSTOM;
    }

    static ChangeKind kindOf(Class<?> recordType) {
        return Arrays.stream(ChangeKind.values()).filter(k -> k.handler().recordType() == recordType).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(recordType.getName() + " is no change kind's record"));
    }
}
