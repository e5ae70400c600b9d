package com.tenantbridge.ui.details;

import com.tenantbridge.domain.licensing.LicenceSku;
import com.tenantbridge.domain.licensing.Sku;
import com.tenantbridge.domain.plan.BarrierPlan;
import com.tenantbridge.domain.plan.BarrierPolicy;
import com.tenantbridge.domain.plan.Device;
import com.tenantbridge.domain.plan.PolicyKind;
import com.tenantbridge.domain.plan.Segment;
import com.tenantbridge.domain.plan.SegmentAttribute;
import com.tenantbridge.domain.plan.VendorAccount;
import com.tenantbridge.domain.plan.VendorPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/** Scenario C's form: the licence, the service accounts, and the information barriers between vendors. */
public final class VendorEditor extends SectionEditor<VendorPlan> {

    public static final class Account implements SectionEditor.Row {
        public final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
        public final StringProperty userPrincipalName = new SimpleStringProperty(this, "userPrincipalName", "");
        public final StringProperty contactEmail = new SimpleStringProperty(this, "contactEmail", "");
        public final StringProperty company = new SimpleStringProperty(this, "company", "");
        public final StringProperty usageLocation = new SimpleStringProperty(this, "usageLocation", "");
        public final StringProperty segment = new SimpleStringProperty(this, "segment", "");
        public final ObjectProperty<Device> device = new SimpleObjectProperty<>(this, "device", Device.HOLOLENS);

        @Override
        public Observable[] parts() {
            return new Observable[] {displayName, userPrincipalName, contactEmail, company, usageLocation, segment,
                    device};
        }

        VendorAccount toPlan() {
            String location = Texts.value(usageLocation.get());
            return new VendorAccount(Texts.value(displayName.get()), Texts.value(userPrincipalName.get()),
                    Texts.value(contactEmail.get()), Texts.value(company.get()),
                    location == null ? null : location.toUpperCase(Locale.ROOT), Texts.value(segment.get()),
                    device.get());
        }

        void set(VendorAccount a) {
            displayName.set(Texts.show(a.displayName()));
            userPrincipalName.set(Texts.show(a.userPrincipalName()));
            contactEmail.set(Texts.show(a.contactEmail()));
            company.set(Texts.show(a.company()));
            usageLocation.set(Texts.show(a.usageLocation()));
            segment.set(Texts.show(a.segment()));
            device.set(a.device());
        }
    }

    public static final class SegmentRow implements SectionEditor.Row {
        public final StringProperty name = new SimpleStringProperty(this, "name", "");
        public final StringProperty value = new SimpleStringProperty(this, "value", "");
        /** Existing host accounts (e.g. the vendor's support engineers), comma separated. */
        public final StringProperty members = new SimpleStringProperty(this, "members", "");

        @Override
        public Observable[] parts() {
            return new Observable[] {name, value, members};
        }
    }

    public static final class PolicyRow implements SectionEditor.Row {
        public final StringProperty name = new SimpleStringProperty(this, "name", "");
        public final StringProperty segment = new SimpleStringProperty(this, "segment", "");
        public final ObjectProperty<PolicyKind> kind = new SimpleObjectProperty<>(this, "kind", PolicyKind.ALLOW);
        /** The segments allowed or blocked, comma separated. */
        public final StringProperty segments = new SimpleStringProperty(this, "segments", "");

        @Override
        public Observable[] parts() {
            return new Observable[] {name, segment, kind, segments};
        }
    }

    public final ObjectProperty<Sku> licence = watch(new SimpleObjectProperty<>(this, "licence",
            Sku.of(LicenceSku.NEW_ACCOUNTS)));
    /** The licences to choose from: the catalogue's, and once a tenant is read, its own with free seats first. */
    public final ObservableList<Sku> licenceChoices = javafx.collections.FXCollections.observableArrayList(
            LicenceSku.forUse(LicenceSku.Use.TEAMS).stream().map(Sku::of).toList());
    public final ObservableList<Sku> barrierChoices = javafx.collections.FXCollections.observableArrayList(
            LicenceSku.forUse(LicenceSku.Use.INFORMATION_BARRIERS).stream().map(Sku::of).toList());
    /** Counts the tenant reads, so the shown choice can redraw with its seats. */
    public final javafx.beans.property.IntegerProperty seatsRead = new javafx.beans.property.SimpleIntegerProperty();
    /** Free seats by part number, for the tenant read; empty offline. */
    private final java.util.Map<String, Integer> free = new java.util.HashMap<>();
    public final ObservableList<Account> accounts = watchedList();
    public final BooleanProperty barriers = watch(new SimpleBooleanProperty(this, "barriers"));
    public final ObjectProperty<SegmentAttribute> attribute = watch(new SimpleObjectProperty<>(this, "attribute",
            SegmentAttribute.MEMBER_OF));
    public final ObjectProperty<Sku> barrierLicence = watch(new SimpleObjectProperty<>(this, "barrierLicence",
            Sku.of(LicenceSku.SPE_E5)));
    public final ObservableList<SegmentRow> segments = watchedList();
    public final ObservableList<PolicyRow> policies = watchedList();
    private String hostDomain;
    private boolean touched;

    /** New accounts get user names in this domain. */
    void setHostDomain(String domain) {
        this.hostDomain = domain;
    }

    /** A new row, with the usage location and device of the row before it, since vendors tend to come in groups. */
    public Account addAccount() {
        Account a = new Account();
        if (!accounts.isEmpty()) {
            Account last = accounts.get(accounts.size() - 1);
            a.usageLocation.set(last.usageLocation.get());
            a.device.set(last.device.get());
            a.company.set(last.company.get());
        }
        if (hostDomain != null && !hostDomain.isBlank()) {
            a.userPrincipalName.set("@" + hostDomain);
        }
        touched = true;
        accounts.add(a);
        return a;
    }

    public void removeAccount(Account a) {
        accounts.remove(a);
    }

    /** Appends accounts read from a spreadsheet; the caller has checked them. */
    public void addAll(List<VendorAccount> imported) {
        List<Account> rows = imported.stream().map(v -> {
            Account a = new Account();
            a.set(v);
            return a;
        }).toList();
        touched = true;
        accounts.addAll(rows);
    }

    public SegmentRow addSegment() {
        SegmentRow s = new SegmentRow();
        segments.add(s);
        return s;
    }

    public PolicyRow addPolicy() {
        PolicyRow p = new PolicyRow();
        policies.add(p);
        return p;
    }

    /** The accounts' companies, each once, in the order they first appear ("" for accounts without one). */
    public List<String> companies() {
        Map<String, String> companies = new LinkedHashMap<>();
        for (Account a : accounts) {
            String company = Texts.value(a.company.get());
            companies.putIfAbsent(company == null ? "" : company.toLowerCase(Locale.ROOT), company == null ? ""
                    : company);
        }
        return List.copyOf(companies.values());
    }

    /** The support engineers a suggestion would put in each company's segment: those it already has there. */
    public List<String> suggestedEngineers() {
        Map<String, String> existing = new LinkedHashMap<>();
        segments.forEach(s -> existing.put(s.name.get(), s.members.get()));
        List<String> out = new ArrayList<>();
        for (int n = 1; n <= companies().size(); n++) {
            out.add(existing.getOrDefault("V" + n + "_SupportEngineer", ""));
        }
        return out;
    }

    /**
     * The documentation's layout, one pair of segments per company: its service accounts
     * (V<i>n</i>_RemoteAssistUser) and the host's support engineers for it (V<i>n</i>_SupportEngineer, with
     * {@code engineers}' entry for that company, comma separated), each allowed to reach only itself and the other.
     */
    public void suggestBarriers(List<String> engineers) {
        List<String> companies = companies();
        if (engineers.size() != companies.size()) {
            throw new IllegalArgumentException("one entry of support engineers per company");
        }
        Map<String, Integer> number = new LinkedHashMap<>();
        companies.forEach(c -> number.put(c.toLowerCase(Locale.ROOT), number.size() + 1));
        List<SegmentRow> newSegments = new ArrayList<>();
        List<PolicyRow> newPolicies = new ArrayList<>();
        for (int n = 1; n <= companies.size(); n++) {
            String users = "V" + n + "_RemoteAssistUser";
            String supporters = "V" + n + "_SupportEngineer";
            for (String name : List.of(users, supporters)) {
                SegmentRow s = new SegmentRow();
                s.name.set(name);
                s.value.set(name);
                s.members.set(name.equals(supporters) ? engineers.get(n - 1) : "");
                newSegments.add(s);
                PolicyRow p = new PolicyRow();
                p.name.set(name + "-allow");
                p.segment.set(name);
                p.kind.set(PolicyKind.ALLOW);
                p.segments.set(users + ", " + supporters);
                newPolicies.add(p);
            }
        }
        barriers.set(true);
        segments.setAll(newSegments);
        policies.setAll(newPolicies);
        for (Account a : accounts) {
            String company = Texts.value(a.company.get());
            a.segment.set("V" + number.get(company == null ? "" : company.toLowerCase(Locale.ROOT))
                    + "_RemoteAssistUser");
        }
    }

    @Override
    void load(VendorPlan v) {
        touched = v != null;
        licence.set(v == null || v.licence() == null ? Sku.of(LicenceSku.NEW_ACCOUNTS) : v.licence());
        accounts.setAll(v == null ? List.of() : v.accounts().stream().map(a -> {
            Account row = new Account();
            if (a != null) {
                row.set(a);
            }
            return row;
        }).toList());
        BarrierPlan b = v == null ? null : v.informationBarriers();
        barriers.set(b != null);
        attribute.set(b == null || b.attribute() == null ? SegmentAttribute.MEMBER_OF : b.attribute());
        barrierLicence.set(b == null || b.licence() == null ? Sku.of(LicenceSku.SPE_E5) : b.licence());
        segments.setAll(b == null ? List.of() : b.segments().stream().map(s -> {
            SegmentRow row = new SegmentRow();
            if (s != null) {
                row.name.set(Texts.show(s.name()));
                row.value.set(Texts.show(s.value()));
                row.members.set(Texts.join(s.members()));
            }
            return row;
        }).toList());
        policies.setAll(b == null ? List.of() : b.policies().stream().map(p -> {
            PolicyRow row = new PolicyRow();
            if (p != null) {
                row.name.set(Texts.show(p.name()));
                row.segment.set(Texts.show(p.segment()));
                row.kind.set(p.kind());
                row.segments.set(Texts.join(p.segments()));
            }
            return row;
        }).toList());
    }

    /**
     * The tenant's own SKUs join the choices, judged by the service plans they carry (a SKU the catalogue does not
     * know included), those with free seats first; what can no longer be bought stays last.
     */
    public void offer(java.util.List<com.tenantbridge.service.port.SkuInfo> skus) {
        free.clear();
        skus.forEach(s -> free.put(s.partNumber().toLowerCase(java.util.Locale.ROOT), s.free()));
        // Only added, never replaced: a ComboBox drops its value when the chosen item leaves its list, even briefly.
        add(licenceChoices, choices(skus, LicenceSku.Use.TEAMS));
        add(barrierChoices, choices(skus, LicenceSku.Use.INFORMATION_BARRIERS));
        seatsRead.set(seatsRead.get() + 1);
    }

    private static void add(ObservableList<Sku> list, java.util.List<Sku> wanted) {
        java.util.List<Sku> fresh = wanted.stream().filter(s -> !list.contains(s)).toList();
        list.addAll(0, fresh);
    }

    private static java.util.List<Sku> choices(java.util.List<com.tenantbridge.service.port.SkuInfo> skus,
            LicenceSku.Use use) {
        java.util.LinkedHashMap<String, Sku> out = new java.util.LinkedHashMap<>();
        skus.stream().filter(s -> s.serves(use) && s.free() > 0).map(s -> Sku.of(s.partNumber()))
                .filter(s -> !s.endsWithRemoteAssist())
                .forEach(s -> out.putIfAbsent(s.partNumber().toLowerCase(java.util.Locale.ROOT), s));
        LicenceSku.forUse(use).forEach(k -> out.putIfAbsent(k.partNumber().toLowerCase(java.util.Locale.ROOT),
                Sku.of(k)));
        return java.util.List.copyOf(out.values());
    }

    /** The free seats the tenant has of {@code sku}, once read. */
    public java.util.Optional<Integer> freeSeats(Sku sku) {
        return sku == null ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(free.get(sku.partNumber().toLowerCase(java.util.Locale.ROOT)));
    }

    @Override
    VendorPlan section() {
        if (!touched && accounts.isEmpty() && !barriers.get()) {
            return null;
        }
        BarrierPlan b = !barriers.get() ? null : new BarrierPlan(attribute.get(), barrierLicence.get(),
                segments.stream().map(s -> new Segment(Texts.value(s.name.get()), Texts.value(s.value.get()),
                        Texts.list(s.members.get()))).toList(),
                policies.stream().map(p -> new BarrierPolicy(Texts.value(p.name.get()), Texts.value(p.segment.get()),
                        p.kind.get(), Texts.list(p.segments.get()))).toList());
        return new VendorPlan(licence.get(), accounts.stream().map(Account::toPlan).toList(), b);
    }
}
