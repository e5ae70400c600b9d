package com.tenantbridge.service.check;

public enum CheckStatus {
    PASS, WARN, FAIL, UNKNOWN
}
