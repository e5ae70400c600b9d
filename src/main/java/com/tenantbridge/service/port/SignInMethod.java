package com.tenantbridge.service.port;

public enum SignInMethod {
    /** The system browser opens on Microsoft's sign-in page; a loopback redirect brings the result back. */
    INTERACTIVE_BROWSER,
    /** A code to type at microsoft.com/devicelogin on any device: for the command line and locked-down desktops. */
    DEVICE_CODE
}
