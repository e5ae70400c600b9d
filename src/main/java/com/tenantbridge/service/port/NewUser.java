package com.tenantbridge.service.port;

/**
 * A member account to create. The password is a one-time password that must be changed at first sign-in;
 * it goes to Graph and to the credentials handout, nowhere else — toString hides it. {@code creationTag} is what the
 * run that sends it writes into the account, so a resume or rollback can prove later that this run made it
 * ({@link DirectoryUser#creationTag}).
 */
public record NewUser(String userPrincipalName, String displayName, String usageLocation, String department,
        String companyName, String oneTimePassword, String creationTag) {

    /** An account with no creation tag (one not made by a run). */
    public NewUser(String userPrincipalName, String displayName, String usageLocation, String department,
            String companyName, String oneTimePassword) {
        this(userPrincipalName, displayName, usageLocation, department, companyName, oneTimePassword, null);
    }

    @Override
    public String toString() {
        return "NewUser[" + userPrincipalName + ", " + displayName + ", usageLocation=" + usageLocation + "]";
    }
}
