/**
 * Routes at run time: the compiled route table the data plane matches requests against, the per-route runtime
 * (state, metrics, gate window, shadow results) that survives reloads, the sticky canary split, and
 * {@link dev.carve.proxy.route.Routing}, which applies configs and carries out promotions, demotions and gates.
 */
package dev.carve.proxy.route;
