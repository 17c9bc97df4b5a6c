/**
 * Startup checks of the service's settings and the one-line report of a bad setting.
 */
package dev.entitygroups.config;
