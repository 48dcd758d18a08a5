/**
 * Change-data-capture from a legacy PostgreSQL database to an extracted service's database: snapshot then stream
 * with the Debezium embedded engine, idempotent apply with the source position committed in the same target
 * transaction, verification and repair, status and metrics, and export as Kafka Connect configs. The entry point
 * is {@link dev.carve.extractor.cdc.SyncService}.
 */
package dev.carve.extractor.cdc;
