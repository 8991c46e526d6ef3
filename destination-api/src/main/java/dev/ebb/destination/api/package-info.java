/**
 * The destination SPI. A destination plugin implements {@link dev.ebb.destination.api.DestinationFactory}
 * and registers it in {@code META-INF/services}. The framework owns batching, rate limits,
 * retries, checkpoints and dead letters; a destination only writes a batch and says, record by
 * record, what happened. A record carries its mapped fields as values; a writer that embeds them
 * as JSON unchanged can take them as the JSON text the warehouse built instead ({@link
 * dev.ebb.destination.api.ObjectWriter#acceptsFieldsJson}). This package depends on the JDK only.
 */
package dev.ebb.destination.api;
