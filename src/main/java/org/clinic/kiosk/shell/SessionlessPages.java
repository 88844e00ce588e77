package org.clinic.kiosk.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No server session for a request that needs none. Vaadin makes a session for every GET of a page,
 * yet the page it sends is the same for everyone and holds nothing of that session: the UI, and the
 * session, are made by the page's own first call back ({@code ?v-r=init}). So a GET from a browser
 * without a session (a first visit, a scanner, a flood of cookie-less requests) is served with a
 * {@link ThrowawaySession} that lives for that request only: no cookie, nothing kept on the server.
 * Every request that carries a session, and every Vaadin call ({@code v-r=...}), goes through as it is.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SessionlessPages extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean needsNone = ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getParameter("v-r") == null
                && request.getSession(false) == null;
        chain.doFilter(needsNone ? new WithoutSession(request) : request, response);
    }

    /** The request as Vaadin sees it: a session made for it is thrown away with it. */
    private static final class WithoutSession extends HttpServletRequestWrapper {

        private ThrowawaySession session;

        WithoutSession(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean create) {
            if (session == null && create) {
                session = new ThrowawaySession(getServletContext());
            }
            return session;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }
    }
}
