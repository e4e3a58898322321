package dev.answerlens.api.dashboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The dashboard's Qute templates (src/main/resources/templates/dashboard), type-checked at build time; HTML-escaped. */
@CheckedTemplate(basePath = "dashboard")
final class DashboardTemplates {
    private DashboardTemplates() {
    }

    static native TemplateInstance signIn(SignInView view);

    static native TemplateInstance overview(OverviewView view);

    static native TemplateInstance competitors(CompetitorsView view);

    static native TemplateInstance answers(AnswersView view);

    static native TemplateInstance prompts(PromptsView view);

    static native TemplateInstance sources(SourcesView view);

    static native TemplateInstance keys(KeysView view);

    static native TemplateInstance error(ErrorPage view);
}
