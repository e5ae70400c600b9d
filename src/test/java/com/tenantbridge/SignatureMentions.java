package com.tenantbridge;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatchers;
import java.util.ArrayList;
import java.util.List;

/** A call whose target takes or returns a class of the given packages (ArchUnit's package syntax). */
final class SignatureMentions {

    private SignatureMentions() {
    }

    static DescribedPredicate<JavaCall<?>> anyOf(String... packages) {
        PackageMatchers matchers = PackageMatchers.of(packages);
        return DescribedPredicate.describe("a signature mentioning " + String.join(", ", packages), call -> {
            List<JavaClass> types = new ArrayList<>(call.getTarget().getRawParameterTypes());
            types.add(call.getTarget().getRawReturnType());
            return types.stream().anyMatch(t -> matchers.test(t.getPackageName()));
        });
    }
}
