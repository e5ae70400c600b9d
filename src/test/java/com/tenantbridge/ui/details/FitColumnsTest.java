package com.tenantbridge.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.ui.Truncations;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A narrow table scrolls sideways; its cells show their whole text, also while a row is typed into. */
@ExtendWith(ApplicationExtension.class)
class FitColumnsTest {

    static final class Row {
        final StringProperty name = new SimpleStringProperty("");
        final StringProperty segment = new SimpleStringProperty("");

        Row(String name, String segment) {
            this.name.set(name);
            this.segment.set(segment);
        }
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private TableView<Row> table;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        FitColumns<Row> fit = new FitColumns<>(table);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setItems(rows);
        TableColumn<Row, String> name = new TableColumn<>("Display name");
        name.setCellValueFactory(c -> c.getValue().name);
        TableColumn<Row, String> segment = new TableColumn<>("Segment");
        segment.setCellValueFactory(c -> c.getValue().segment);
        table.getColumns().addAll(java.util.List.of(name, segment));
        fit.add(name, r -> r.name);
        fit.add(segment, r -> r.segment);
        stage.setScene(new Scene(new StackPane(table), 260, 200));
        stage.show();
    }

    @Test
    void rowsLoadedLaterAndTypedIntoAreShownWhole(FxRobot robot) {
        robot.interact(() -> rows.setAll(new Row("Vendor1 A (service account)", "V1_RemoteAssistUser"),
                new Row("Vendor2 A (service account)", "V2_RemoteAssistUser")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Truncations.in(table)).isEmpty();

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.interact(() -> rows.get(0).segment.set("V1_RemoteAssistUser_with_a_much_longer_name"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Truncations.in(table)).isEmpty();
    }
}
