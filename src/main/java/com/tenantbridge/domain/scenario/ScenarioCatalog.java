package com.tenantbridge.domain.scenario;

import static com.tenantbridge.domain.scenario.Source.CROSS_TENANT_LICENSING;
import static com.tenantbridge.domain.scenario.Source.MULTI_TENANT;
import static com.tenantbridge.domain.scenario.Source.VENDORS_FULL_CAPABILITIES;
import static com.tenantbridge.domain.scenario.Source.VENDORS_USE_REMOTE_ASSIST;
import static com.tenantbridge.domain.scenario.Source.VENDORS_USE_TEAMS;
import static com.tenantbridge.domain.scenario.Support.Level.NO;
import static com.tenantbridge.domain.scenario.Support.Level.PARTLY;
import static com.tenantbridge.domain.scenario.Support.Level.YES;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The facts of the four scenarios, taken from Microsoft's Remote Assist articles and, for the Teams era, the
 * spatial-annotations and lifecycle pages ({@link Source} holds each address).
 * Kept as data so the wizard, the recommender and the report quote the same sentences.
 */
public final class ScenarioCatalog {

    // Facts quoted by more than one scenario or by the recommender.
    /** About Remote Assist mobile, retired on 2025-03-25: kept to explain plans and answers from before. */
    public static final Fact FEDERATION_NOT_ON_MOBILE = new Fact(
            "External access is not supported for calls with Remote Assist mobile users.", MULTI_TENANT);
    public static final Fact TEAMS_MOBILE_INSTEAD = new Fact("Dynamics 365 Remote Assist mobile was deprecated on"
            + " March 25, 2025; existing customers get similar capabilities in Microsoft Teams mobile.",
            Source.TEAMS_MOBILE_INSTEAD);
    public static final Fact ANNOTATIONS_ONE_LICENCE = new Fact("Spatial annotations work in Microsoft Teams calls as"
            + " long as one person has a Dynamics 365 Guides, Remote Assist, or Field Service licence; the person who"
            + " shares their space needs a phone or tablet with ARCore or ARKit.", Source.TEAMS_ANNOTATIONS);
    public static final Fact ANNOTATIONS_ONE_TIME = new Fact("Collaborators without a Field Service, Guides or"
            + " Remote Assist licence can still use spatial annotations when they join a call or meeting on a"
            + " one-time basis; the Teams admin must have enabled meetings for external users.",
            Source.TEAMS_ANNOTATIONS);
    public static final Fact ANNOTATIONS_MEETING = new Fact("Create a Teams meeting or start a call with one"
            + " participant having a Dynamics 365 Field Service, Guides, or Remote Assist licence and invite the"
            + " other participants.", Source.TEAMS_ANNOTATIONS);
    public static final Fact REMOTE_ASSIST_ENDS = new Fact("Dynamics 365 Guides and Remote Assist reach end of"
            + " support on December 31, 2026; subscriptions could be bought or renewed until November 1, 2025.",
            Source.REMOTE_ASSIST_END);
    public static final Fact FEDERATION_NO_GROUP_CALLS_OR_FILES = new Fact(
            "With external access, Remote Assist users and Teams users in different tenants cannot join group"
                    + " calls with each other and cannot share files with each other.", MULTI_TENANT);
    public static final Fact FEDERATION_FULL_EMAIL = new Fact(
            "To call a collaborator outside their tenant, a user must type the collaborator's full email address.",
            MULTI_TENANT);
    public static final Fact FEDERATION_WHOLE_TENANT = new Fact(
            "When a tenant enables external access for another tenant, every user in each tenant can search and"
                    + " collaborate with every user in the other tenant.", MULTI_TENANT);
    public static final Fact FEDERATION_BOTH_SIDES = new Fact(
            "Both tenants must allow each other in Teams external access; they need not use the same mode"
                    + " (open federation, allow specific domains, block specific domains).", MULTI_TENANT);
    public static final Fact FEDERATION_FITS = new Fact(
            "Several tenants (business units or companies) whose technicians and experts already have Teams in"
                    + " their own tenant want ad-hoc calls and meetings with each other.", MULTI_TENANT);
    public static final Fact FEDERATION_SELECTIVE = new Fact(
            "Tenants can federate selectively: ABC with Contoso1 and ABC with Contoso2, while Contoso1 and"
                    + " Contoso2 are not federated with each other.", MULTI_TENANT);
    public static final Fact GUEST_FITS = new Fact(
            "Each technician tenant guests specific experts into a specific Teams team or channel instead of"
                    + " enabling collaboration with everyone in the experts' tenant.", MULTI_TENANT);
    public static final Fact GUEST_FINE_GRAINED = new Fact(
            "A guest in a specific Teams team or channel can only search and collaborate with people in that"
                    + " team or channel.", MULTI_TENANT);
    public static final Fact GUEST_MORE_FEATURES = new Fact(
            "Guest access enables more features than external access, which lacks group calls and file sharing"
                    + " across tenants.", MULTI_TENANT);
    public static final Fact GUEST_SWITCH_TENANT = new Fact(
            "A Teams user uses Teams in one tenant at a time, so an expert must switch to the technicians' tenant"
                    + " in Teams to reach them.", MULTI_TENANT);
    public static final Fact GUEST_RA_ONE_TENANT = new Fact(
            "Remote Assist users can use Remote Assist in one tenant only: guest the experts into the technicians'"
                    + " tenants, not Remote Assist users into the Teams users' tenant.", MULTI_TENANT);
    public static final Fact GUEST_NEEDS_OWN_TENANT = new Fact(
            "Guest access connects people who already have accounts and licences in their own tenants.",
            MULTI_TENANT);
    public static final Fact VENDOR_FITS = new Fact(
            "Vendors and contractors, who may have no tenant at all, get a service account in the host tenant:"
                    + " inside your directory and under your policies, and information barriers can keep them apart.",
            VENDORS_FULL_CAPABILITIES);
    public static final Fact VENDOR_NO_BARRIERS_OPEN = new Fact(
            "Without information barriers, any service account can search for and communicate with any other"
                    + " service account or internal account in the host tenant.", VENDORS_FULL_CAPABILITIES);
    public static final Fact VENDOR_BARRIERS_ISOLATE = new Fact(
            "Information barriers can keep vendors of different companies from searching or collaborating with"
                    + " each other while each still reaches its own experts.", CROSS_TENANT_LICENSING);
    public static final Fact VENDOR_FIND_BY_NAME = new Fact(
            "Because Teams users and Remote Assist users are all in the host tenant, they find each other by"
                    + " typing a name rather than a full email address.", VENDORS_FULL_CAPABILITIES);
    public static final Fact VENDOR_HOST_PAYS = new Fact(
            "The host tenant licenses each service account; it needs a licence that carries Teams (the Remote Assist"
                    + " licence carried it).", VENDORS_FULL_CAPABILITIES);
    public static final Fact ANON_FITS = new Fact(
            "A HoloLens technician needs help from an out-of-tenant expert (for example the equipment OEM)"
                    + " without guest access or external access; the technician knows the expert's email.",
            VENDORS_USE_TEAMS);
    public static final Fact ANON_ONLY_HOLOLENS_AND_DESKTOP = new Fact(
            "Only a Remote Assist HoloLens user and Teams desktop users can join the meeting; Remote Assist"
                    + " mobile users and Teams mobile users cannot.", VENDORS_USE_TEAMS);
    public static final Fact ANON_NO_MEET_NOW = new Fact(
            "It does not work with the Teams \u201cMeet Now\u201d feature: the meeting must be scheduled.",
            VENDORS_USE_TEAMS);
    public static final Fact ANON_NO_ONEDRIVE = new Fact(
            "An anonymous participant likely cannot share files from OneDrive, though may show files by screen"
                    + " share.", VENDORS_USE_TEAMS);
    public static final Fact ANON_NO_LICENCE = new Fact(
            "The expert needs the Teams desktop app and email access; no licence is needed.", VENDORS_USE_TEAMS);
    public static final Fact ANON_NO_TENANT_SETUP = new Fact(
            "No guest access or external access is set up with the expert's tenant; the expert may not be in a"
                    + " tenant at all.", VENDORS_USE_TEAMS);

    private static final Map<Scenario, ScenarioFacts> FACTS = build();

    private ScenarioCatalog() {
    }

    public static ScenarioFacts facts(Scenario scenario) {
        return FACTS.get(scenario);
    }

    public static List<ScenarioFacts> all() {
        return List.copyOf(FACTS.values());
    }

    private static Map<Scenario, ScenarioFacts> build() {
        Map<Scenario, ScenarioFacts> map = new EnumMap<>(Scenario.class);
        map.put(Scenario.FEDERATION, federation());
        map.put(Scenario.GUEST_ACCESS, guestAccess());
        map.put(Scenario.VENDOR_ACCOUNTS, vendorAccounts());
        map.put(Scenario.ANONYMOUS_JOIN, anonymousJoin());
        return map;
    }

    private static Fact fact(String text, Source source) {
        return new Fact(text, source);
    }

    private static ScenarioFacts federation() {
        Map<Capability, Support> caps = new EnumMap<>(Capability.class);
        caps.put(Capability.REMOTE_ASSIST_HOLOLENS, new Support(YES, FEDERATION_FITS));
        caps.put(Capability.TEAMS_MOBILE_TECHNICIAN, new Support(YES, ANNOTATIONS_ONE_TIME));
        caps.put(Capability.TEAMS_MOBILE_EXPERT, new Support(YES, FEDERATION_FITS));
        caps.put(Capability.AD_HOC_CALLS, new Support(YES, FEDERATION_FITS));
        caps.put(Capability.GROUP_CALLS, new Support(NO, FEDERATION_NO_GROUP_CALLS_OR_FILES));
        caps.put(Capability.FILE_SHARING, new Support(NO, FEDERATION_NO_GROUP_CALLS_OR_FILES));
        caps.put(Capability.FIND_BY_NAME, new Support(NO, FEDERATION_FULL_EMAIL));
        caps.put(Capability.FINE_GRAINED_CONTROL, new Support(PARTLY, FEDERATION_SELECTIVE));
        caps.put(Capability.NO_PARTNER_SETUP, new Support(NO, FEDERATION_BOTH_SIDES));
        caps.put(Capability.OUTSIDER_NEEDS_NO_LICENCE, new Support(NO, FEDERATION_FITS));
        return new ScenarioFacts(Scenario.FEDERATION,
                List.of(FEDERATION_FITS,
                        fact("Users who want Remote Assist already have Remote Assist licences and users who want"
                                + " Teams already have Teams licences.", MULTI_TENANT)),
                List.of(FEDERATION_BOTH_SIDES,
                        fact("Each technician already has a Remote Assist licence and a Teams licence; experts"
                                + " who use Teams do not need a Remote Assist licence.", MULTI_TENANT),
                        fact("Teams and Microsoft Entra admin rights in every tenant that takes part.",
                                VENDORS_USE_REMOTE_ASSIST)),
                List.of(FEDERATION_NO_GROUP_CALLS_OR_FILES, FEDERATION_FULL_EMAIL, FEDERATION_WHOLE_TENANT,
                        ANNOTATIONS_ONE_LICENCE),
                List.of(fact("Open federation is typically on by default.", MULTI_TENANT),
                        fact("If open federation is not on by default, it is easy for a tenant to configure.",
                                MULTI_TENANT),
                        FEDERATION_SELECTIVE),
                List.of(fact("Tenant management may be more involved when not using open federation.",
                                MULTI_TENANT),
                        fact("Federation requires configuration on the other tenants' side as well.", MULTI_TENANT),
                        fact("External access has fewer control features than guest access: every user of one"
                                + " tenant reaches every user of the other.", MULTI_TENANT),
                        fact("External access enables fewer features than guest access: no group calls and no"
                                + " file sharing across tenants.", MULTI_TENANT)),
                List.of(fact("Technicians and experts call each other by typing the other person's full email"
                                + " address; a confirmation appears once both tenants allow each other.",
                                MULTI_TENANT),
                        ANNOTATIONS_ONE_TIME),
                caps);
    }

    private static ScenarioFacts guestAccess() {
        Map<Capability, Support> caps = new EnumMap<>(Capability.class);
        caps.put(Capability.REMOTE_ASSIST_HOLOLENS, new Support(YES, GUEST_FITS));
        caps.put(Capability.TEAMS_MOBILE_TECHNICIAN, new Support(YES, ANNOTATIONS_ONE_TIME));
        caps.put(Capability.TEAMS_MOBILE_EXPERT, new Support(YES, fact("To switch tenants in the Teams mobile app,"
                + " open the menu at the top left and select the tenant.", MULTI_TENANT)));
        caps.put(Capability.AD_HOC_CALLS, new Support(YES, GUEST_FITS));
        caps.put(Capability.GROUP_CALLS, new Support(YES, GUEST_MORE_FEATURES));
        caps.put(Capability.FILE_SHARING, new Support(YES, GUEST_MORE_FEATURES));
        caps.put(Capability.FIND_BY_NAME, new Support(PARTLY, GUEST_FINE_GRAINED));
        caps.put(Capability.FINE_GRAINED_CONTROL, new Support(YES, GUEST_FINE_GRAINED));
        caps.put(Capability.NO_PARTNER_SETUP, new Support(NO, GUEST_FITS));
        caps.put(Capability.OUTSIDER_NEEDS_NO_LICENCE, new Support(NO, GUEST_NEEDS_OWN_TENANT));
        return new ScenarioFacts(Scenario.GUEST_ACCESS,
                List.of(GUEST_FITS,
                        fact("Collaborators have their own tenants and licences, and each technician tenant wants"
                                + " to decide which experts its people can reach.", MULTI_TENANT)),
                List.of(fact("Teams guest access is on in every technician tenant (Teams guest access"
                                + " checklist).", MULTI_TENANT),
                        fact("Microsoft Entra B2B invitations are allowed for the experts' addresses.",
                                MULTI_TENANT),
                        fact("A Teams team or channel in each technician tenant to guest the experts into.",
                                MULTI_TENANT)),
                List.of(GUEST_SWITCH_TENANT,
                        fact("Guest access may require more user management than external access.", MULTI_TENANT),
                        GUEST_RA_ONE_TENANT),
                List.of(fact("Technician tenants give access to specific Teams users instead of enabling"
                                + " collaboration with everyone in the experts' tenant.", MULTI_TENANT),
                        GUEST_FINE_GRAINED, GUEST_MORE_FEATURES),
                List.of(fact("Compared to external access, guest access may require more user management.",
                                MULTI_TENANT),
                        GUEST_SWITCH_TENANT),
                List.of(fact("Experts accept the invitation email once, then switch tenant in Teams desktop:"
                                + " select the current tenant's name at the top right, then the technicians'"
                                + " tenant.", MULTI_TENANT),
                        fact("In Teams mobile, experts switch tenant from the menu at the top left.", MULTI_TENANT),
                        fact("Technicians find the guested experts in the team or channel and call them from"
                                + " Remote Assist.", MULTI_TENANT)),
                caps);
    }

    private static ScenarioFacts vendorAccounts() {
        Fact hololensPin = fact("For a HoloLens sent to a vendor, set up a PIN for the service account and hand"
                + " out the PIN instead of the password: Single Sign-on signs the vendor into Remote Assist, and"
                + " the account cannot be used on another device.", VENDORS_FULL_CAPABILITIES);
        Fact kiosk = fact("Kiosk mode can limit the HoloLens to two apps: Settings (for Wi-Fi) and Remote Assist.",
                VENDORS_FULL_CAPABILITIES);
        Map<Capability, Support> caps = new EnumMap<>(Capability.class);
        caps.put(Capability.REMOTE_ASSIST_HOLOLENS, new Support(YES, hololensPin));
        caps.put(Capability.TEAMS_MOBILE_TECHNICIAN, new Support(YES, ANNOTATIONS_ONE_LICENCE));
        caps.put(Capability.TEAMS_MOBILE_EXPERT, new Support(YES, VENDOR_FIND_BY_NAME));
        caps.put(Capability.AD_HOC_CALLS, new Support(YES, VENDOR_FIND_BY_NAME));
        caps.put(Capability.GROUP_CALLS, new Support(YES, VENDOR_FIND_BY_NAME));
        caps.put(Capability.FILE_SHARING, new Support(YES, VENDOR_FIND_BY_NAME));
        caps.put(Capability.FIND_BY_NAME, new Support(YES, VENDOR_FIND_BY_NAME));
        caps.put(Capability.FINE_GRAINED_CONTROL, new Support(YES, VENDOR_BARRIERS_ISOLATE));
        caps.put(Capability.NO_PARTNER_SETUP, new Support(YES, VENDOR_FITS));
        caps.put(Capability.OUTSIDER_NEEDS_NO_LICENCE, new Support(YES, VENDOR_HOST_PAYS));
        return new ScenarioFacts(Scenario.VENDOR_ACCOUNTS,
                List.of(VENDOR_FITS,
                        fact("The host company handles all licence configuration and wants vendors to use Remote"
                                + " Assist for their daily service tasks.", VENDORS_USE_REMOTE_ASSIST)),
                List.of(fact("Licences: Microsoft Entra ID, Dynamics 365 Remote Assist and Microsoft Teams (the"
                                + " Remote Assist licence carries the Teams plan).", CROSS_TENANT_LICENSING),
                        fact("With information barriers, each service account also needs one of: Microsoft 365"
                                + " E5, Office 365 E5, Office 365 Advanced Compliance, Microsoft 365 E5"
                                + " Information Protection and Compliance.", CROSS_TENANT_LICENSING),
                        fact("Teams and Microsoft Entra admin rights in the host tenant.", VENDORS_USE_REMOTE_ASSIST),
                        fact("Steps in order: decide whether barriers are needed, plan segments, buy licences,"
                                + " create accounts, assign licences, configure barriers.", CROSS_TENANT_LICENSING)),
                List.of(VENDOR_NO_BARRIERS_OPEN,
                        fact("Information barriers are bidirectional: there is no one-way searching or calling.",
                                CROSS_TENANT_LICENSING),
                        fact("Barrier policies take effect only once applied, after all of them are defined.",
                                CROSS_TENANT_LICENSING),
                        fact("Additional licensing configuration may be required: contact your Microsoft sales"
                                + " representative to license vendors and contractors.", VENDORS_FULL_CAPABILITIES)),
                List.of(VENDOR_FIND_BY_NAME, VENDOR_BARRIERS_ISOLATE,
                        fact("Works for contractors with only a personal address such as outlook.com.",
                                VENDORS_FULL_CAPABILITIES)),
                List.of(fact("The host tenant pays for and manages every vendor's licence and account.",
                                VENDORS_USE_REMOTE_ASSIST),
                        fact("Credentials must be handed out to each vendor person.", VENDORS_FULL_CAPABILITIES),
                        VENDOR_NO_BARRIERS_OPEN),
                List.of(fact("Vendors sign in to Remote Assist with their service account (for example"
                                + " Vendor1_A_SA@ABC.com), not with their own company address.",
                                VENDORS_FULL_CAPABILITIES),
                        hololensPin, kiosk,
                        fact("In Remote Assist or Teams, vendors look their support engineer up by name; with"
                                + " information barriers, only the people their segment may reach are found.",
                                VENDORS_FULL_CAPABILITIES)),
                caps);
    }

    private static ScenarioFacts anonymousJoin() {
        Fact noAddPeople = fact("The anonymous expert cannot add people to the call; only the Remote Assist user"
                + " can, by sharing the meeting link.", VENDORS_USE_TEAMS);
        Fact noLobbyInRa = fact("The Remote Assist HoloLens user cannot create the meeting inside Remote Assist"
                + " and cannot admit people from the lobby in Remote Assist (use Teams for that).", VENDORS_USE_TEAMS);
        Map<Capability, Support> caps = new EnumMap<>(Capability.class);
        caps.put(Capability.REMOTE_ASSIST_HOLOLENS, new Support(YES, ANON_ONLY_HOLOLENS_AND_DESKTOP));
        caps.put(Capability.TEAMS_MOBILE_TECHNICIAN, new Support(YES, ANNOTATIONS_MEETING));
        // The 2024 article's "Teams mobile users cannot join" is about a Remote Assist HoloLens meeting; the 2025
        // annotation page has every participant of a Teams meeting join, and names no such limit: not guessed.
        caps.put(Capability.TEAMS_MOBILE_EXPERT, new Support(PARTLY, fact("With a Remote Assist HoloLens technician"
                + " only Teams desktop users can join (Microsoft's 2024 article); with a Teams-mobile technician"
                + " Microsoft's annotation page invites the other participants to a Teams meeting and names no such"
                + " limit.", Source.TEAMS_ANNOTATIONS)));
        caps.put(Capability.AD_HOC_CALLS, new Support(NO, ANON_NO_MEET_NOW));
        caps.put(Capability.GROUP_CALLS, new Support(PARTLY, noAddPeople));
        caps.put(Capability.FILE_SHARING, new Support(NO, ANON_NO_ONEDRIVE));
        caps.put(Capability.FIND_BY_NAME, new Support(NO, ANON_FITS));
        caps.put(Capability.FINE_GRAINED_CONTROL, new Support(YES, fact("Only the people invited by email to the"
                + " scheduled meeting can join it.", VENDORS_USE_TEAMS)));
        caps.put(Capability.NO_PARTNER_SETUP, new Support(YES, ANON_NO_TENANT_SETUP));
        caps.put(Capability.OUTSIDER_NEEDS_NO_LICENCE, new Support(YES, ANON_NO_LICENCE));
        return new ScenarioFacts(Scenario.ANONYMOUS_JOIN,
                List.of(ANON_FITS, fact("A quick and easy way for an outside expert to guide an employee, for"
                        + " example to set up purchased equipment.", VENDORS_USE_TEAMS)),
                List.of(fact("The tenant allows anonymous users to join meetings.", VENDORS_USE_TEAMS),
                        fact("Optionally, meeting settings require the organizer to admit anonymous users from the"
                                + " lobby.", VENDORS_USE_TEAMS),
                        fact("The technician has Remote Assist installed on HoloLens and is licensed.",
                                VENDORS_USE_TEAMS),
                        ANON_NO_LICENCE),
                List.of(ANON_ONLY_HOLOLENS_AND_DESKTOP, ANON_NO_MEET_NOW, noAddPeople, ANON_NO_ONEDRIVE, noLobbyInRa),
                List.of(ANON_NO_TENANT_SETUP, ANON_NO_LICENCE),
                List.of(fact("Each call needs a scheduled meeting with the expert invited by email.",
                                VENDORS_USE_TEAMS),
                        noLobbyInRa),
                List.of(fact("The technician schedules a Teams meeting in Outlook (with \u201cTeams Meeting\u201d"
                                + " on) or in Teams and invites the expert's email address.", VENDORS_USE_TEAMS),
                        fact("The technician signs in to Remote Assist on HoloLens with the account that scheduled"
                                + " the meeting and selects \u201cJoin Meeting\u201d under Recent Contacts.",
                                VENDORS_USE_TEAMS),
                        fact("The expert opens \u201cJoin Teams Meeting\u201d in the invitation, chooses the web or"
                                + " the Teams app (\u201cLaunch it now\u201d), enters a name, turns on audio or"
                                + " video and joins.", VENDORS_USE_TEAMS),
                        fact("The expert sees the HoloLens video and both can annotate.", VENDORS_USE_TEAMS)),
                caps);
    }
}
