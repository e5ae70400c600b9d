package com.tenantbridge.service.port;

/**
 * No answer came (the connection dropped or was refused): the request may or may not have been carried out.
 * Only a call that looks before it writes may be sent again.
 */
public class NoAnswerException extends PortException {
    public NoAnswerException(String message, Throwable cause) {
        super(0, "", message, cause);
    }
}
