/**
 * The pure graph model every reader fills and every later step reads: types, methods, tables, entry points,
 * weighted dependencies, table accesses, runtime business contexts and the problems met on the way. Records and
 * interfaces only; no parser, store or serialization types appear here.
 */
package dev.carve.analyzer.model;
