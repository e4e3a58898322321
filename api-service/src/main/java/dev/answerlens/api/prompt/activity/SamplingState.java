package dev.answerlens.api.prompt.activity;

import java.util.List;
import java.util.UUID;

/**
 * Where an adaptive prompt's current sampling windows stand: the platforms whose window is settled (its interval
 * reached the scheduler's target width, or the window reached its sample cap) and those still sampling.
 */
public record SamplingState(UUID promptId, List<String> settled, List<String> sampling) {
}
