package org.clinic.kiosk.shell;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A session that exists only for one request ({@link SessionlessPages}): never known to the
 * server's session store, never sent as a cookie, collected with the request.
 */
final class ThrowawaySession implements HttpSession {

    private final ServletContext context;
    private final String id = "throwaway-" + UUID.randomUUID();
    private final long created = System.currentTimeMillis();
    private final Map<String, Object> attributes = new HashMap<>();
    private int maxInactiveInterval;

    ThrowawaySession(ServletContext context) {
        this.context = context;
    }

    @Override
    public long getCreationTime() {
        return created;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public long getLastAccessedTime() {
        return created;
    }

    @Override
    public ServletContext getServletContext() {
        return context;
    }

    @Override
    public void setMaxInactiveInterval(int interval) {
        maxInactiveInterval = interval;
    }

    @Override
    public int getMaxInactiveInterval() {
        return maxInactiveInterval;
    }

    @Override
    public synchronized Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public synchronized Enumeration<String> getAttributeNames() {
        return Collections.enumeration(attributes.keySet().stream().toList());
    }

    @Override
    public synchronized void setAttribute(String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    @Override
    public synchronized void removeAttribute(String name) {
        attributes.remove(name);
    }

    @Override
    public synchronized void invalidate() {
        attributes.clear();
    }

    @Override
    public boolean isNew() {
        return true;
    }
}
