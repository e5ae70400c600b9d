package com.tenantbridge.service.port;

/**
 * A member account to create. The password is a one-time password that must be changed at first sign-in;
 * it goes to Graph and to the credentials handout, nowhere else — toString hides it.
 */
public record NewUser(String userPrincipalName, String displayName, String usageLocation, String department,
        String companyName, String oneTimePassword) {

    @Override
    public String toString() {
        return "NewUser[" + userPrincipalName + ", " + displayName + ", usageLocation=" + usageLocation + "]";
    }
}
