package dev.answerlens.api.dashboard.view;

import dev.answerlens.api.dashboard.text.PlatformNames;
import dev.answerlens.api.prompt.PromptView;
import dev.answerlens.model.Platform;
import java.util.Arrays;
import java.util.List;

/** The edit form of one prompt, filled with its current settings. */
public record PromptEditView(Frame frame, String id, String text, String tags, List<Choice> platforms, String language,
                             String country, String samplesPerRun, String backQuery) {

    public static PromptEditView of(Frame frame, PromptView prompt, String backQuery) {
        return new PromptEditView(frame, prompt.id().toString(), prompt.text(), String.join(", ", prompt.tags()),
                Arrays.stream(Platform.values()).map(p -> new Choice(p.id(), PlatformNames.of(p.id()),
                        prompt.platforms().contains(p.id()))).toList(),
                prompt.language() == null ? "" : prompt.language(), prompt.country() == null ? "" : prompt.country(),
                Integer.toString(prompt.samplesPerRun()), backQuery);
    }
}
