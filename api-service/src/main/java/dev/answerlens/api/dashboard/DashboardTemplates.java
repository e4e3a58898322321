package dev.answerlens.api.dashboard;

import dev.answerlens.api.dashboard.view.AnswersView;
import dev.answerlens.api.dashboard.view.BudgetPageView;
import dev.answerlens.api.dashboard.view.CompetitorsView;
import dev.answerlens.api.dashboard.view.KeysView;
import dev.answerlens.api.dashboard.view.OperationsView;
import dev.answerlens.api.dashboard.view.OverviewView;
import dev.answerlens.api.dashboard.view.PromptEditView;
import dev.answerlens.api.dashboard.view.PromptImportView;
import dev.answerlens.api.dashboard.view.PromptsView;
import dev.answerlens.api.dashboard.view.SignInView;
import dev.answerlens.api.dashboard.view.SignUpView;
import dev.answerlens.api.dashboard.view.SourcesView;
import dev.answerlens.api.dashboard.view.WebhooksView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The dashboard's Qute templates (src/main/resources/templates/dashboard), type-checked at build time; HTML-escaped. */
@CheckedTemplate(basePath = "dashboard")
public final class DashboardTemplates {
    private DashboardTemplates() {
    }

    public static native TemplateInstance signIn(SignInView view);

    public static native TemplateInstance signUp(SignUpView view);

    public static native TemplateInstance operations(OperationsView view);

    public static native TemplateInstance overview(OverviewView view);

    public static native TemplateInstance competitors(CompetitorsView view);

    public static native TemplateInstance answers(AnswersView view);

    public static native TemplateInstance prompts(PromptsView view);

    public static native TemplateInstance sources(SourcesView view);

    public static native TemplateInstance keys(KeysView view);

    public static native TemplateInstance budget(BudgetPageView view);

    public static native TemplateInstance promptEdit(PromptEditView view);

    public static native TemplateInstance webhooks(WebhooksView view);

    public static native TemplateInstance promptImport(PromptImportView view);

    public static native TemplateInstance error(ErrorPage view);
}
