/**
 * Small pattern languages of the proxy, with no dependencies: URL path patterns for routes and JSON field
 * patterns for the shadow comparison's ignore lists.
 */
package dev.carve.proxy.match;
