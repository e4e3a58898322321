package dev.answerlens.simulated;

import java.util.List;
import java.util.Locale;

/**
 * The software category a prompt asks about. The prompt itself is never echoed into an answer:
 * it could contain brand names the planted truth would then miss.
 */
record Topic(String phrase, String slug, String title) {
    private static final List<String[]> KNOWN = List.of(
            new String[] {"crm", "CRM platforms", "crm", "CRM"},
            new String[] {"project", "project management tools", "project-management", "Project Management"},
            new String[] {"analytics", "product analytics tools", "product-analytics", "Product Analytics"},
            new String[] {"help desk", "help desk tools", "help-desk", "Help Desk"},
            new String[] {"support", "customer support platforms", "customer-support", "Customer Support"},
            new String[] {"payroll", "payroll providers", "payroll", "Payroll"},
            new String[] {"marketing", "marketing automation tools", "marketing-automation", "Marketing Automation"},
            new String[] {"accounting", "accounting tools", "accounting", "Accounting"});

    static Topic of(String promptText) {
        String prompt = promptText == null ? "" : promptText.toLowerCase(Locale.ROOT);
        for (String[] known : KNOWN) {
            if (prompt.contains(known[0])) {
                return new Topic(known[1], known[2], known[3]);
            }
        }
        return new Topic("business software tools", "business-software", "Business Software");
    }
}
