/**
 * Shadow comparison: responses captured from the legacy backend and the target, compared by status, selected
 * headers and JSON field by field, minus ignore paths and the noise learned from legacy answering the same request
 * twice; plus the per-route counts and samples of differences.
 */
package dev.carve.proxy.shadow;
