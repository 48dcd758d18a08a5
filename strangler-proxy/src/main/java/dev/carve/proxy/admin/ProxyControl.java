package dev.carve.proxy.admin;

import dev.carve.proxy.ProxyStatus;

/** What the admin API needs from the running proxy beyond routing: status, metrics, reload, readiness. */
public interface ProxyControl {
    ProxyStatus status();

    String metrics();

    /** Reloads the config file now; returns "ok" or throws a bad-input error saying what is wrong. */
    String reload();

    boolean ready();
}
