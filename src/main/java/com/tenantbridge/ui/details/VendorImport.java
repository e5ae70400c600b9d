package com.tenantbridge.ui.details;

import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.Problem;
import com.tenantbridge.service.Failures;
import com.tenantbridge.service.engine.TenantConnections;
import com.tenantbridge.service.plan.ExistingAccounts;
import com.tenantbridge.service.plan.VendorCsv;
import com.tenantbridge.service.port.TenantPorts;
import com.tenantbridge.ui.common.BackgroundTasks;
import com.tenantbridge.ui.common.DialogService;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Details' Import CSV: vendor accounts from a spreadsheet the admin picks; a file with any bad row adds nothing, and
 * accounts a connected host tenant has already are named (kept, not created again).
 */
final class VendorImport {

    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final VendorEditor vendors;
    private final Consumer<String> status;

    VendorImport(BackgroundTasks tasks, DialogService dialogs, VendorEditor vendors, Consumer<String> status) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.vendors = vendors;
        this.status = status;
    }

    void run(DeploymentPlan current, TenantConnections connected) {
        dialogs.chooseAccountsCsv().ifPresent(file -> {
            String host = current.hostTenant() == null ? null : current.hostTenant().domain();
            status.accept("Reading " + file.getFileName() + "\u2026");
            tasks.run("Importing vendor accounts", () -> {
                VendorCsv.Result read = VendorCsv.read(file, current);
                List<Problem> existing = List.of();
                if (read.ok() && connected != null && host != null) {
                    Optional<TenantPorts> ports = connected.ports(host);
                    if (ports.isPresent()) {
                        existing = ExistingAccounts.find(read.accounts(), ports.get().directory(), host);
                    }
                }
                return new Imported(read, existing);
            }, imported -> {
                VendorCsv.Result result = imported.read();
                if (!result.ok()) {
                    status.accept("Nothing imported from " + file.getFileName() + ".");
                    dialogs.showError("Cannot import " + file.getFileName(), "Fix these rows and import again;"
                            + " nothing was added.", result.problems().stream().map(Problem::toString).toList());
                    return;
                }
                vendors.addAll(result.accounts());
                int n = result.accounts().size();
                status.accept("Imported " + n + " account" + (n == 1 ? "" : "s") + " from " + file.getFileName()
                        + (imported.existing().isEmpty() ? "." : "; " + imported.existing().size() + " exist"
                        + (imported.existing().size() == 1 ? "s" : "") + " in " + host + " already."));
                if (!imported.existing().isEmpty()) {
                    dialogs.showWarning("Imported " + n + " account" + (n == 1 ? "" : "s"), imported.existing()
                            .size() + " of them exist in " + host + " already: they are kept as they are and"
                            + " get no new password.", imported.existing().stream().map(Problem::toString)
                            .toList());
                }
            }, error -> status.accept("Could not import: " + Failures.describe(error)));
        });
    }

    private record Imported(VendorCsv.Result read, List<Problem> existing) {
    }
}
