/**
 * Reads Java sources with JavaParser and its symbol solver into graph facts: types, members, dependencies of every
 * kind, JPA mappings, SQL in code, entry points and events. JavaParser types stay inside this package.
 */
package dev.carve.analyzer.source;
