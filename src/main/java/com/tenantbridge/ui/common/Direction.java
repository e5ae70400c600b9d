package com.tenantbridge.ui.common;

public enum Direction {
    FORWARD, BACKWARD
}
