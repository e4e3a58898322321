package dev.answerlens.api.dashboard.view;

import dev.answerlens.api.dashboard.text.PlatformNames;
import dev.answerlens.api.prompt.activity.SamplingState;

/**
 * An adaptive prompt's sampling state in words: on how many of its platforms the current window is settled (the
 * interval reached the target width, or the window its sample cap), and which are still sampling.
 */
public record SamplingText(String summary, String stillSampling, boolean settled) {

    public static SamplingText of(SamplingState state) {
        int all = state.settled().size() + state.sampling().size();
        String summary = "target width reached on " + state.settled().size() + " of " + all
                + (all == 1 ? " platform" : " platforms");
        String sampling = state.sampling().isEmpty() ? ""
                : "still sampling: " + String.join(", ", state.sampling().stream().map(PlatformNames::of).toList());
        return new SamplingText(summary, sampling, state.sampling().isEmpty());
    }
}
