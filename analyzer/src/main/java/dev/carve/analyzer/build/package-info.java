/**
 * Finds what there is to analyze under a path: the build tool (Maven, Gradle or none), its modules and declared
 * source folders, compiled classes, archives, and the dependency jars symbol solving can use.
 */
package dev.carve.analyzer.build;
