package dev.ebb.destinations.http;

import java.net.http.HttpHeaders;

/**
 * A destination's answer, its body read up to a cap.
 *
 * @param body the body as text, at most the cap's worth of it
 * @param truncated whether the body was longer (the rest was not read)
 */
public record HttpAnswer(int status, HttpHeaders headers, String body, boolean truncated) {}
