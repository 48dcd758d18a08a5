/**
 * Extracts one boundary at a time: Spring Modulith modules, service scaffolds with a client seam, migration plans,
 * and the change-data-capture sync that moves the data.
 */
package dev.carve.extractor;
