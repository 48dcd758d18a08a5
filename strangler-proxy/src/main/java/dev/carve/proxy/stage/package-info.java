/**
 * Stages of a route and how they change: the immutable route state, promotion and demotion rules, the sliding
 * window the gates read, the gate checks themselves, and the state file that survives restarts.
 */
package dev.carve.proxy.stage;
