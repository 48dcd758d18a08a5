/**
 * The admin API on its own port: routes and stages, promote/demote/pause/resume, diff samples, reload, Prometheus
 * metrics and health. Every endpoint but health needs the bearer token.
 */
package dev.carve.proxy.admin;
