package com.tenantbridge.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads an FXML file next to its controller class, with the controller built by the composition root. */
public final class Views {
    private Views() {
    }

    public static Parent load(Object controller, String fxml) {
        URL url = controller.getClass().getResource(fxml);
        if (url == null) {
            throw new IllegalStateException("missing " + fxml + " next to " + controller.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setControllerFactory(type -> {
            if (!type.isInstance(controller)) {
                throw new IllegalStateException(fxml + " asks for " + type.getName());
            }
            return controller;
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }
}
