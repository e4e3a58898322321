package dev.answerlens.simulated;

import java.util.List;
import java.util.Random;

/**
 * URLs as platforms really cite them: on brands' own domains and on review sites, decorated with
 * tracking parameters, "www.", fragments and trailing slashes so canonicalisation has work to do.
 */
final class SourceUrls {
    /** A page on a brand's site with the title a platform would show for it (after the brand's name). */
    record BrandPage(String url, String titleAfterName) {
    }

    private SourceUrls() {
    }

    static BrandPage brandPage(SimulatedBrand brand, Random random, PlatformStyle style) {
        String d = brand.domain();
        return switch (random.nextInt(7)) {
            case 0 -> new BrandPage("https://" + d + "/pricing", " pricing");
            case 1 -> new BrandPage("https://www." + d + "/pricing/", " pricing plans");
            case 2 -> new BrandPage("https://" + d + "/features?utm_source=" + style.utmSource() + "&utm_medium=referral",
                    " features");
            case 3 -> new BrandPage("https://docs." + d + "/getting-started#install", " documentation");
            case 4 -> new BrandPage("https://" + d + "/", " – official site");
            case 5 -> new BrandPage("https://www." + d + "/blog/choosing-a-platform?ref=" + style.platform() + "&lang=en",
                    " blog: choosing a platform");
            default -> new BrandPage("https://" + d + "/customers?utm_source=" + style.utmSource(), " customer stories");
        };
    }

    /** Third-party pages (review sites, a blog, a forum) as url and title pairs. */
    static List<String[]> thirdPartyPages(Topic topic, PlatformStyle style) {
        String slug = topic.slug();
        return List.of(
                new String[] {"https://www.g2.com/categories/" + slug, "Best " + topic.title() + " Software in 2025 | G2"},
                new String[] {"https://www.capterra.com/" + slug + "-software/", topic.title() + " Software Reviews | Capterra"},
                new String[] {"https://www.trustradius.com/" + slug + "?utm_source=" + style.utmSource()
                        + "&utm_campaign=answers", topic.title() + " reviews and ratings | TrustRadius"},
                new String[] {"https://medium.com/@saasnotes/the-" + slug + "-tools-we-actually-use-4f2a9c",
                        "The " + topic.phrase() + " we actually use"},
                new String[] {"https://www.reddit.com/r/SaaS/comments/1f3k9x/which_" + slug.replace('-', '_') + "_tool/",
                        "Which " + topic.phrase() + " do you use? : r/SaaS"},
                new String[] {"https://blog.stackradar.io/" + slug + "-buyers-guide#shortlist",
                        "A buyer's guide to " + topic.phrase()});
    }
}
