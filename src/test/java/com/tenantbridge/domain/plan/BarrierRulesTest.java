package com.tenantbridge.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.domain.licensing.LicenceSku;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Microsoft's information-barrier rules, one case per rule and its violation, on seed 003's layout: three
 * vendors, each with its Remote Assist users and the host's support engineers for it.
 */
class BarrierRulesTest {

    private static DeploymentPlan seed003() {
        try (var in = BarrierRulesTest.class.getResourceAsStream(
                "/com/tenantbridge/examples/vendor-accounts-abc.json")) {
            return PlanJson.read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).plan();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static DeploymentPlan withBarriers(UnaryOperator<BarrierPlan> change) {
        DeploymentPlan plan = seed003();
        VendorPlan v = plan.vendors();
        return plan.withVendors(new VendorPlan(v.licence(), v.accounts(), change.apply(v.informationBarriers())));
    }

    private static DeploymentPlan withAccounts(UnaryOperator<List<VendorAccount>> change) {
        DeploymentPlan plan = seed003();
        VendorPlan v = plan.vendors();
        return plan.withVendors(new VendorPlan(v.licence(), change.apply(new ArrayList<>(v.accounts())),
                v.informationBarriers()));
    }

    private static BarrierPlan segments(BarrierPlan b, UnaryOperator<List<Segment>> change) {
        return new BarrierPlan(b.attribute(), b.licence(), change.apply(new ArrayList<>(b.segments())), b.policies());
    }

    private static BarrierPlan policies(BarrierPlan b, UnaryOperator<List<BarrierPolicy>> change) {
        return new BarrierPlan(b.attribute(), b.licence(), b.segments(), change.apply(new ArrayList<>(b.policies())));
    }

    private static <T> List<T> set(List<T> list, int i, T value) {
        list.set(i, value);
        return list;
    }

    private static <T> List<T> add(List<T> list, T value) {
        list.add(value);
        return list;
    }

    private static BarrierPolicy policy(String name, String segment, PolicyKind kind, String... segments) {
        return new BarrierPolicy(name, segment, kind, Arrays.asList(segments));
    }

    private static VendorAccount account(VendorAccount a, String segment) {
        return new VendorAccount(a.displayName(), a.userPrincipalName(), a.contactEmail(), a.company(),
                a.usageLocation(), segment, a.device());
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of("attribute required", withBarriers(b -> new BarrierPlan(null, b.licence(), b.segments(),
                        b.policies())), "vendors.informationBarriers.attribute: required"),
                Arguments.of("one attribute: no filter in a value", withBarriers(b -> segments(b, l -> set(l, 0,
                        new Segment("V1_RemoteAssistUser", "V1_RemoteAssistUser -or Department -eq 'Sales'",
                                List.of())))),
                                "vendors.informationBarriers.segments[0].value: write only the MemberOf value"),
                Arguments.of("IB-capable licence", withBarriers(b -> new BarrierPlan(b.attribute(),
                        com.tenantbridge.domain.licensing.Sku.of(LicenceSku.MICROSOFT_REMOTE_ASSIST), b.segments(),
                        b.policies())),
                        "vendors.informationBarriers.licence: MICROSOFT_REMOTE_ASSIST does not include information barriers"),
                Arguments.of("segments needed", withBarriers(b -> new BarrierPlan(b.attribute(), b.licence(), List.of(),
                        List.of())), "vendors.informationBarriers.segments: add the segments"),
                Arguments.of("segment name required", withBarriers(b -> segments(b, l -> set(l, 1,
                        new Segment("", "V1_SupportEngineer", List.of())))),
                        "vendors.informationBarriers.segments[1].name: required"),
                Arguments.of("segment defined once", withBarriers(b -> segments(b, l -> set(l, 1,
                        new Segment("V1_RemoteAssistUser", "V1_Other", List.of())))),
                        "vendors.informationBarriers.segments[1].name: V1_RemoteAssistUser is defined twice"),
                Arguments.of("no overlap by value", withBarriers(b -> segments(b, l -> set(l, 2,
                        new Segment("V2_RemoteAssistUser", "v1_remoteassistuser", List.of())))),
                        "vendors.informationBarriers.segments[2].value: segments must not overlap"),
                Arguments.of("no overlap by member", withBarriers(b -> segments(b, l -> set(l, 3,
                        new Segment("V2_SupportEngineer", "V2_SupportEngineer", List.of("expert1@abc.com"))))),
                        "vendors.informationBarriers.segments[3].members[0]: expert1@abc.com is already in segment V1_SupportEngineer"),
                Arguments.of("members are host accounts", withBarriers(b -> segments(b, l -> set(l, 1,
                        new Segment("V1_SupportEngineer", "V1_SupportEngineer", List.of("Expert1@contoso1.com"))))),
                        "vendors.informationBarriers.segments[1].members[0]: \u201ccontoso1.com\u201d is not a domain of the host tenant"),
                Arguments.of("policy name once", withBarriers(b -> policies(b, l -> set(l, 1, policy(
                        "V1_RemoteAssistUser-allow", "V1_SupportEngineer", PolicyKind.ALLOW, "V1_SupportEngineer",
                        "V1_RemoteAssistUser")))), "vendors.informationBarriers.policies[1].name: V1_RemoteAssistUser-allow is defined twice"),
                Arguments.of("policy kind required", withBarriers(b -> policies(b, l -> set(l, 0, policy("p",
                        "V1_RemoteAssistUser", null, "V1_RemoteAssistUser")))), "vendors.informationBarriers.policies[0].kind: required"),
                Arguments.of("policy assigned to an existing segment", withBarriers(b -> policies(b, l -> set(l, 0,
                        policy("p", "V9_Nobody", PolicyKind.ALLOW, "V9_Nobody")))),
                        "vendors.informationBarriers.policies[0].segment: \u201cV9_Nobody\u201d is not a segment of this plan"),
                Arguments.of("policy lists existing segments", withBarriers(b -> policies(b, l -> set(l, 0,
                        policy("p", "V1_RemoteAssistUser", PolicyKind.ALLOW, "V1_RemoteAssistUser", "Sales")))),
                        "vendors.informationBarriers.policies[0].segments[1]: \u201cSales\u201d is not a segment of this plan"),
                Arguments.of("policy lists something", withBarriers(b -> policies(b, l -> set(l, 0,
                        policy("p", "V1_RemoteAssistUser", PolicyKind.ALLOW)))),
                        "vendors.informationBarriers.policies[0].segments: list the segments this policy allows"),
                Arguments.of("allow or block, not both", withBarriers(b -> policies(b, l -> add(l, policy("V1-block",
                        "V1_RemoteAssistUser", PolicyKind.BLOCK, "V2_RemoteAssistUser")))),
                        "vendors.informationBarriers.policies[6].kind: segment V1_RemoteAssistUser already has an allow policy"),
                Arguments.of("allow includes itself", withBarriers(b -> policies(b, l -> set(l, 0, policy(
                        "V1_RemoteAssistUser-allow", "V1_RemoteAssistUser", PolicyKind.ALLOW, "V1_SupportEngineer")))),
                        "vendors.informationBarriers.policies[0].segments: an allow policy must include its own segment"),
                Arguments.of("block never itself", withBarriers(b -> new BarrierPlan(b.attribute(), b.licence(),
                        b.segments(), List.of(policy("b", "V1_RemoteAssistUser", PolicyKind.BLOCK,
                        "V1_RemoteAssistUser")))),
                        "vendors.informationBarriers.policies[0].segments: a block policy cannot block its own segment"),
                Arguments.of("bidirectional allow", withBarriers(b -> policies(b, l -> set(l, 1, policy(
                        "V1_SupportEngineer-allow", "V1_SupportEngineer", PolicyKind.ALLOW, "V1_SupportEngineer")))),
                        "vendors.informationBarriers.policies[0]: one-way: V1_SupportEngineer's allow policy does not list V1_RemoteAssistUser"),
                Arguments.of("bidirectional block", withBarriers(b -> new BarrierPlan(b.attribute(), b.licence(),
                        b.segments(), List.of(policy("b", "V1_RemoteAssistUser", PolicyKind.BLOCK,
                        "V2_RemoteAssistUser")))),
                        "vendors.informationBarriers.policies[0]: one-way: add a block policy from V2_RemoteAssistUser to V1_RemoteAssistUser"),
                Arguments.of("block against an allow", withBarriers(b -> new BarrierPlan(b.attribute(), b.licence(),
                        b.segments(), List.of(policy("b", "V1_RemoteAssistUser", PolicyKind.BLOCK,
                        "V1_SupportEngineer"),
                                policy("a", "V1_SupportEngineer", PolicyKind.ALLOW, "V1_SupportEngineer",
                                        "V1_RemoteAssistUser")))),
                        "vendors.informationBarriers.policies[0]: conflict: V1_SupportEngineer's allow policy lists V1_RemoteAssistUser"),
                Arguments.of("a segment without a policy", withBarriers(b -> policies(b, l -> l.subList(0, 4))),
                        "vendors.informationBarriers.segments[4]: no policy is assigned to V3_RemoteAssistUser"),
                Arguments.of("every account in a segment", withAccounts(l -> set(l, 0, account(l.get(0), null))),
                        "vendors.accounts[0].segment: required: with information barriers every account belongs to one segment"),
                Arguments.of("an account's segment exists", withAccounts(l -> set(l, 0, account(l.get(0), "V7"))),
                        "vendors.accounts[0].segment: \u201cV7\u201d is not a segment of this plan"),
                Arguments.of("an account in exactly one segment", withBarriers(b -> segments(b, l -> set(l, 3,
                        new Segment("V2_SupportEngineer", "V2_SupportEngineer", List.of("Expert2@abc.com",
                                "Vendor1_A_SA@abc.com"))))),
                        "vendors.accounts[0].segment: Vendor1_A_SA@abc.com is also a member of segment V2_SupportEngineer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void eachRuleNamesItsViolation(String rule, DeploymentPlan plan, String expected) {
        assertThat(PlanValidator.validate(plan)).extracting(Problem::toString).anyMatch(p -> p.startsWith(expected));
    }

    @Test
    void seed003KeepsEveryRule() {
        assertThat(PlanValidator.validate(seed003())).isEmpty();
    }
}
