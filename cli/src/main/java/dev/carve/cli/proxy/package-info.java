/**
 * {@code carve proxy}: runs the strangler proxy in the foreground, and {@code status}, {@code promote},
 * {@code demote}, {@code pause}, {@code resume}, {@code diffs} and {@code reload} talk to a running one through its
 * admin API.
 */
package dev.carve.cli.proxy;
