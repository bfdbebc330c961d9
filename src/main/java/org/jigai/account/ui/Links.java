package org.jigai.account.ui;

import com.vaadin.flow.server.VaadinServletRequest;

/** Absolute links to pages of this application, as the browser reached it (for one-time links handed on). */
final class Links {

    private Links() {}

    static String baseUrl() {
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        String port = (request.getScheme().equals("http") && request.getServerPort() == 80)
                || (request.getScheme().equals("https") && request.getServerPort() == 443) ? "" : ":" + request.getServerPort();
        return request.getScheme() + "://" + request.getServerName() + port + request.getContextPath() + "/";
    }
}
