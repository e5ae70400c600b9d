package com.tenantbridge.ui.connect;

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
    private Label demoStatus;
    @FXML
    private Label demoTenants;
    @FXML
    private javafx.scene.control.ProgressIndicator demoBusy;
    @FXML
    private javafx.scene.control.Button resetDemo;

    public ConnectStepView(ConnectStepViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
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
        demoTenants.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                vm.demoTenants().isEmpty() ? "" : "Tenants: " + String.join(", ", vm.demoTenants()), vm.demoTenants()));
    }

    @FXML
    private void onResetDemo() {
        vm.resetDemo();
    }
}
