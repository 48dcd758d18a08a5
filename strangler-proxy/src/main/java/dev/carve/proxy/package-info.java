/**
 * Carve's strangler proxy: a Netty reverse proxy in front of the legacy application that moves routes stage by
 * stage (legacy, shadow, canary, new) and rolls a route back when its gates are breached.
 */
package dev.carve.proxy;
