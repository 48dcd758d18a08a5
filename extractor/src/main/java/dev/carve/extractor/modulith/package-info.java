/**
 * {@code carve extract modulith}: turns one proposed module into a Spring Modulith application module inside the
 * monolith, moving its classes, rewriting every reference, and listing what is left for a human.
 */
package dev.carve.extractor.modulith;
