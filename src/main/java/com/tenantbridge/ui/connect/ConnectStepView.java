package com.tenantbridge.ui.connect;

import com.tenantbridge.service.port.SignInMethod;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;

public final class ConnectStepView {

    private final ConnectStepViewModel vm;

    @FXML
    private ToggleGroup kindGroup;
    @FXML
    private RadioButton demoOption;
    @FXML
    private RadioButton m365Option;
    @FXML
    private Label demoDescription;
    @FXML
    private Label m365Description;
    @FXML
    private TextField tenantField;
    @FXML
    private Label tenantMessage;
    @FXML
    private ToggleGroup methodGroup;
    @FXML
    private RadioButton browserMethod;
    @FXML
    private RadioButton deviceMethod;
    @FXML
    private Label permissions;
    @FXML
    private javafx.scene.control.Button signInButton;
    @FXML
    private javafx.scene.control.Button signOutButton;
    @FXML
    private Label signInStatus;
    @FXML
    private Label demoStatus;
    @FXML
    private javafx.scene.layout.VBox demoTenants;
    @FXML
    private javafx.scene.control.ProgressIndicator demoBusy;
    @FXML
    private javafx.scene.control.Button resetDemo;

    @FXML
    private javafx.scene.control.Button doctorButton;
    @FXML
    private javafx.scene.control.Button organizerButton;
    @FXML
    private Label doctorStatus;
    @FXML
    private Label organizerStatus;
    @FXML
    private javafx.scene.layout.VBox doctorResults;
    @FXML
    private javafx.scene.control.Button registerAppButton;
    @FXML
    private Label registerStatus;

    public ConnectStepView(ConnectStepViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void onDoctor() {
        vm.doctor().examine();
    }

    @FXML
    private void onOrganizer() {
        vm.doctor().signInOrganizer();
    }

    @FXML
    private void onRegisterApp() {
        vm.doctor().registerApp();
    }

    private void doctorPanel() {
        TenantDoctorViewModel d = vm.doctor();
        doctorStatus.textProperty().bind(d.statusProperty());
        organizerStatus.textProperty().bind(d.organizerStatusProperty());
        doctorButton.disableProperty().bind(d.busyProperty());
        organizerButton.visibleProperty().bind(d.organizerNeededProperty());
        organizerButton.managedProperty().bind(d.organizerNeededProperty());
        organizerButton.disableProperty().bind(d.busyProperty());
        registerStatus.textProperty().bind(d.registerStatusProperty());
        registerAppButton.disableProperty().bind(d.busyProperty().or(vm.kindProperty().isEqualTo(TenantKind.DEMO)));
        d.results().addListener((javafx.collections.ListChangeListener<com.tenantbridge.service.check.CheckResult>) c
                -> doctorResults.getChildren().setAll(d.results().stream()
                        .map(com.tenantbridge.ui.common.SummaryViews::check).toList()));
    }

    @FXML
    private void initialize() {
        doctorPanel();
        demoOption.setText(TenantKind.DEMO.label());
        demoOption.setUserData(TenantKind.DEMO);
        demoDescription.setText(TenantKind.DEMO.description());
        m365Option.setText(TenantKind.MICROSOFT_365.label());
        m365Option.setUserData(TenantKind.MICROSOFT_365);
        m365Description.setText(TenantKind.MICROSOFT_365.description());
        kindGroup.selectToggle(vm.kindProperty().get() == TenantKind.DEMO ? demoOption : m365Option);
        kindGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                kindGroup.selectToggle(old);
            } else {
                vm.kindProperty().set((TenantKind) now.getUserData());
            }
        });
        tenantField.textProperty().bindBidirectional(vm.tenantProperty());
        tenantField.disableProperty().bind(vm.kindProperty().isEqualTo(TenantKind.DEMO));
        tenantMessage.textProperty().bind(vm.tenantMessageProperty());
        demoStatus.textProperty().bind(vm.demoStatusProperty());
        demoBusy.visibleProperty().bind(vm.busyProperty());
        demoBusy.managedProperty().bind(vm.busyProperty());
        resetDemo.disableProperty().bind(vm.busyProperty().or(vm.kindProperty().isNotEqualTo(TenantKind.DEMO)));
        browserMethod.setUserData(SignInMethod.INTERACTIVE_BROWSER);
        deviceMethod.setUserData(SignInMethod.DEVICE_CODE);
        methodGroup.selectToggle(vm.methodProperty().get() == SignInMethod.DEVICE_CODE ? deviceMethod : browserMethod);
        methodGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                methodGroup.selectToggle(old);
            } else {
                vm.methodProperty().set((SignInMethod) now.getUserData());
            }
        });
        var m365 = vm.kindProperty().isEqualTo(TenantKind.MICROSOFT_365);
        browserMethod.disableProperty().bind(m365.not());
        deviceMethod.disableProperty().bind(m365.not());
        permissions.textProperty().bind(javafx.beans.binding.Bindings.concat("Permissions this scenario asks for: ",
                vm.permissionsProperty()));
        signInButton.disableProperty().bind(m365.not().or(vm.busyProperty()).or(vm.signedInProperty().isNotNull()));
        signOutButton.disableProperty().bind(vm.signedInProperty().isNull());
        signInStatus.textProperty().bind(vm.signInStatusProperty());
        vm.demoTenants().addListener((javafx.collections.ListChangeListener<DemoTenantChoice>) c -> showDemoTenants());
        showDemoTenants();
    }

    private void showDemoTenants() {
        demoTenants.getChildren().clear();
        if (vm.demoTenants().isEmpty()) {
            return;
        }
        Label title = new Label("You act as the admin of:");
        demoTenants.getChildren().add(title);
        for (DemoTenantChoice t : vm.demoTenants()) {
            javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox();
            box.textProperty().bind(javafx.beans.binding.Bindings.when(t.inPlanProperty())
                    .then(t.label() + " \u2014 in this plan").otherwise(t.label()));
            box.selectedProperty().bindBidirectional(t.administeredProperty());
            box.setId("demo-" + t.domains().get(0).replace('.', '-'));
            demoTenants.getChildren().add(box);
        }
        Label hint = new Label("Untick a tenant to see how the plan hands its part to that tenant's own admin.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        demoTenants.getChildren().add(hint);
    }

    @FXML
    private void onSignIn() {
        vm.signIn();
    }

    @FXML
    private void onSignOut() {
        vm.signOut();
    }

    @FXML
    private void onResetDemo() {
        vm.resetDemo();
    }
}
