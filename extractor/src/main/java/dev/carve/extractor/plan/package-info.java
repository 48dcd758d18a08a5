/**
 * {@code carve plan}: the migration plan for one proposed module ({@code carve-plan.yaml}): proxy routes for its
 * entry points with their stages and gates, the tables to copy with change data capture, verification and rollback
 * per step, and its place in the extraction order.
 */
package dev.carve.extractor.plan;
