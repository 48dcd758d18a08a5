/**
 * {@code carve extract service}: turns one proposed module into a separate Spring Boot service project (its classes,
 * its own schema, a REST API for the calls that cross into it, platform readiness) and puts a switchable seam
 * (interface, in-process and HTTP implementations) in the monolith where those calls were. Entry point:
 * {@link dev.carve.extractor.service.ServiceExtractor}.
 */
package dev.carve.extractor.service;
