package se.lagetrunt.transport;

import java.util.Set;

/**
 * Limits and timeouts of client connections.
 *
 * @param allowedOrigins exact origins (scheme://host[:port]) whose pages may open a socket
 * @param maxMessageBytes largest message a client may send; larger closes the connection (1009)
 * @param helloTimeoutMillis how long a new connection may stay silent before hello
 * @param idleTimeoutMillis how long a joined connection may stay silent (clients ping well within it)
 * @param maxBacklogBytes how much more may be written to a connection that has stopped taking what
 *     it is sent (its transport's write queue is full) before it is closed (4029)
 */
public record TransportSettings(
    Set<String> allowedOrigins,
    int maxMessageBytes,
    long helloTimeoutMillis,
    long idleTimeoutMillis,
    long maxBacklogBytes) {}
