/**
 * The destination SPI. A destination plugin implements {@link dev.ebb.destination.api.DestinationFactory}
 * and registers it in {@code META-INF/services}. The framework owns batching, rate limits,
 * retries, checkpoints and dead letters; a destination only writes a batch and says, record by
 * record, what happened. This package depends on the JDK only.
 */
package dev.ebb.destination.api;
