package dev.answerlens.extraction.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.answerlens.extraction.brand.TrackedBrand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RuleMentionExtractorTest {
    private static final TrackedBrand GLOBEX = brand("Globex", List.of(), "globex.io");
    private static final TrackedBrand HOOLI = brand("Hooli", List.of(), "hooli.xyz");
    private static final TrackedBrand INITECH = brand("Initech", List.of(), "initech.com");
    private static final TrackedBrand SUMMIT = brand("Summit", List.of(), "summit.so");
    private static final TrackedBrand MONDAY = brand("Monday", List.of("monday.com"), "monday.com");
    private static final TrackedBrand NORTHWIND = brand("Northwind CRM", List.of("Northwind"), "northwindcrm.com");

    private final RuleMentionExtractor extractor = new RuleMentionExtractor();

    private static TrackedBrand brand(String name, List<String> aliases, String domain) {
        return new TrackedBrand(UUID.randomUUID(), name, aliases, List.of(domain), false);
    }

    /** Brand name to count, in position order. */
    private Map<String, Integer> counts(String text, TrackedBrand... brands) {
        List<TrackedBrand> tracked = List.of(brands);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ExtractedMention mention : extractor.extract(text, tracked)) {
            String name = tracked.stream().filter(b -> b.id().equals(mention.brandId())).findFirst().orElseThrow().name();
            assertEquals(counts.size() + 1, mention.position());
            counts.put(name, mention.count());
        }
        return counts;
    }

    @Test
    void ranksByFirstAppearance() {
        List<ExtractedMention> mentions = extractor.extract(
                "Hooli is popular. Initech and Globex follow; Hooli again.", List.of(GLOBEX, HOOLI, INITECH));

        assertEquals(List.of(HOOLI.id(), INITECH.id(), GLOBEX.id()), mentions.stream().map(ExtractedMention::brandId).toList());
        assertEquals(List.of(1, 2, 3), mentions.stream().map(ExtractedMention::position).toList());
        assertEquals(List.of(2, 1, 1), mentions.stream().map(ExtractedMention::count).toList());
    }

    @Test
    void ranksAmongTheGivenBrandsOnly() {
        assertEquals(Map.of("Globex", 1), counts("Hooli is popular. Globex follows.", GLOBEX, INITECH));
        assertEquals(1, extractor.extract("Hooli is popular. Globex follows.", List.of(GLOBEX)).get(0).position());
    }

    @Test
    void matchesNamesWithoutRegardToCase() {
        assertEquals(Map.of("Globex", 3), counts("Globex, globex and GLOBEX.", GLOBEX));
    }

    @Test
    void ignoresAbsenceStatements() {
        assertEquals(Map.of(), counts("I couldn't find reliable information about Hooli.", HOOLI));
        assertEquals(Map.of(), counts("I could not find any information about **Hooli** for this.", HOOLI));
        assertEquals(Map.of(), counts("There is no information on Hooli in these reviews.", HOOLI));
        assertEquals(Map.of(), counts("I'm not aware of Hooli offering this.", HOOLI));
        assertEquals(Map.of(), counts("I’m not familiar with Hooli.", HOOLI));
        assertEquals(Map.of(), counts("I don't have specific information about Hooli.", HOOLI));
        assertEquals(Map.of(), counts("I do not have information on Hooli's pricing.", HOOLI));
        assertEquals(Map.of(), counts("Hooli is not mentioned in the sources.", HOOLI));
        assertEquals(Map.of(), counts("Hooli isn't listed.", HOOLI));
        assertEquals(Map.of(), counts("Hooli does not appear in recent comparisons.", HOOLI));
        assertEquals(Map.of(), counts("Hooli doesn't appear.", HOOLI));
    }

    @Test
    void ignoresEveryBrandInAnAbsenceSentenceButNotInItsNeighbours() {
        String text = "Globex is solid. I couldn't find reliable information about Hooli or Initech. Hooli ships SSO.";

        assertEquals(Map.of("Globex", 1, "Hooli", 1), counts(text, GLOBEX, HOOLI, INITECH));
    }

    @Test
    void keepsMentionsNextToNegationsAboutSomethingElse() {
        assertEquals(Map.of("Globex", 1), counts("Globex is great, though I'm not aware of a free tier.", GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex does not appear to limit seats.", GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("There is no information lost when you move to Globex.", GLOBEX));
    }

    @Test
    void matchesOrdinaryWordBrandsOnlyWhenCapitalised() {
        assertEquals(Map.of(), counts("Teams want to reach the summit of their goals.", SUMMIT));
        assertEquals(Map.of("Summit", 2), counts("Summit is simple; the summit of value is **Summit**.", SUMMIT));
        assertEquals(Map.of(), counts("SUMMIT", SUMMIT));
    }

    @Test
    void treatsWeekdayBrandsInCalendarContextsAsDays() {
        assertEquals(Map.of(), counts("Standups are on Monday, every Monday morning, Monday to Friday, Monday, March 3.", MONDAY));
        assertEquals(Map.of("Monday", 3), counts("Monday is flexible; Monday's boards are colourful. We moved to Monday.", MONDAY));
        assertEquals(Map.of("Monday", 1), counts("Try monday.com for free.", MONDAY));
        // a hyphenated range, either way round
        assertEquals(Map.of(), counts("The rota runs Monday-to-Friday, and a Friday-to-Monday cover exists too.", MONDAY));
    }

    @Test
    void readsAStreetAddressAsAPlace() {
        TrackedBrand close = brand("Close", List.of("Close CRM"), "close.com");
        assertEquals(Map.of(), counts("The client is at 14 Hawthorn Close, behind the school.", close));
        assertEquals(Map.of("Close", 1), counts("We moved 14 deals into Close last week.", close));
    }

    @Test
    void toleratesMarkdownEmphasisLinksAndTables() {
        String text = "**Globex** and _Globex_ and [Globex](https://example.com/globex) and\n| Globex | $10 |\n";

        assertEquals(Map.of("Globex", 4), counts(text, GLOBEX));
    }

    @Test
    void countsPossessivesAndHyphenatedCompounds() {
        assertEquals(Map.of("Globex", 4), counts("Globex's pricing, Globex’s API, Globex-powered flows, non-Globex tools.", GLOBEX));
        TrackedBrand gringotts = brand("Gringotts", List.of(), "gringotts.finance");
        assertEquals(Map.of("Gringotts", 1), counts("Gringotts' pricing is fair.", gringotts));
    }

    @Test
    void countsPluralsOnlyWhereTheyMakeSense() {
        TrackedBrand roomba = brand("Roomba", List.of(), "irobot.com");
        assertEquals(Map.of("Roomba", 2), counts("One Roomba, two Roombas.", roomba));
        assertEquals(Map.of(), counts("Globexes everywhere.", GLOBEX));
        assertEquals(Map.of(), counts("Many Summits were held.", SUMMIT));
    }

    @Test
    void doesNotMatchInsideLongerWords() {
        TrackedBrand cafe = brand("Café", List.of(), "cafe.example");
        assertEquals(Map.of(), counts("Globexian, Hoolihan, MyGlobex, Globex2", GLOBEX, HOOLI));
        assertEquals(Map.of("Café", 2), counts("Café works, two Cafés too, but Caféteria does not.", cafe));
    }

    @Test
    void countsNeitherPlainTextDomainsNorAnythingInsideUrls() {
        // rules-31: a domain written as plain text is a bare URL, neither the name nor an alias (labelling rules 4 and 7)
        String text = "See globex.io or docs.globex.io. Links: https://globex.io/globex, [pricing](https://www.globex.io/p).";

        assertEquals(Map.of(), counts(text, GLOBEX));
        assertEquals(Map.of(), counts("Plans are listed on northwindcrm.com.", NORTHWIND));
        assertEquals(Map.of("Globex", 1), counts("Globex has a free plan; pricing is on globex.io.", GLOBEX));
        assertEquals(Map.of("Monday", 1), counts("Try monday.com for the boards.", MONDAY));
        assertEquals(Map.of(), counts("globex.io.example.com and notglobex.io", brand("Acme", List.of(), "globex.io")));
        assertEquals(Map.of(), counts("The comparison is at hooli.xyz/blog/globex-vs-hooli.", GLOBEX, HOOLI));
    }

    @Test
    void prefersTheLongestNameWhereNamesOverlap() {
        assertEquals(Map.of("Northwind CRM", 2), counts("Northwind CRM is fine, and Northwind's app too.", NORTHWIND));
    }

    @Test
    void matchesMultiWordNamesAcrossLineBreaks() {
        TrackedBrand piedPiper = brand("Pied Piper", List.of(), "piedpiper.net");
        assertEquals(Map.of("Pied Piper", 1), counts("We chose **Pied\nPiper** last year.", piedPiper));
    }

    @Test
    void snippetShowsAboutOneHundredSixtyCharactersAroundTheFirstMention() {
        String filler = "word ".repeat(60);
        ExtractedMention mention = extractor.extract(filler + "Globex\n\n  is  here. " + filler, List.of(GLOBEX)).get(0);

        assertTrue(mention.snippet().contains("Globex is here."), mention.snippet());
        assertTrue(mention.snippet().length() >= 140 && mention.snippet().length() <= 160, mention.snippet());
        assertTrue(mention.snippet().startsWith("word "), mention.snippet());
    }

    @Test
    void snippetOfAShortAnswerIsTheWholeAnswer() {
        assertEquals("I like Globex a lot.", extractor.extract("I like\n Globex a lot.", List.of(GLOBEX)).get(0).snippet());
    }

    @Test
    void returnsNothingWhenNothingIsMentioned() {
        assertEquals(List.of(), extractor.extract("", List.of(GLOBEX)));
        assertEquals(List.of(), extractor.extract("Nothing relevant here.", List.of(GLOBEX)));
        assertEquals(List.of(), extractor.extract("Globex", List.of()));
    }

    @Test
    void givesTheListRankWhereTheAnswerRanksBrandsInAList() {
        String text = "Globex and Hooli are both popular.\n\n1. **Initech** – cheap\n2. Acme – fine\n3. **Globex** – solid\n";
        List<ExtractedMention> mentions = extractor.extract(text, List.of(GLOBEX, HOOLI, INITECH));
        assertEquals(List.of(1, 2, 3), mentions.stream().map(ExtractedMention::position).toList());
        assertEquals(java.util.Arrays.asList(null, null, 1), mentions.stream().map(ExtractedMention::listRank).toList());
        assertEquals(2, extractor.extract("- Acme\n- Hooli: good\n", List.of(HOOLI)).get(0).listRank());
    }

    @Test
    void scoresSentimentPerBrandByItsOwnClauses() {
        List<ExtractedMention> mentions = extractor.extract(
                "Globex is excellent and reliable, but Hooli is clunky and expensive. Initech exists.", List.of(GLOBEX, HOOLI, INITECH));
        assertEquals(List.of("positive", "negative", "neutral"), mentions.stream().map(m -> m.sentiment().label()).toList());
        assertTrue(mentions.get(0).sentiment().score() > 0.5 && mentions.get(1).sentiment().score() < -0.5);
    }

    @Test
    void flipsSentimentUnderNegationAndForTheLoserOfAComparison() {
        assertEquals("negative", extractor.extract("Globex is not reliable.", List.of(GLOBEX)).get(0).sentiment().label());
        List<ExtractedMention> mentions = extractor.extract("Globex is easier than Hooli.", List.of(GLOBEX, HOOLI));
        assertEquals(List.of("positive", "negative"), mentions.stream().map(m -> m.sentiment().label()).toList());
    }

    @Test
    void readsPronounSentencesAndSubBulletsAsAboutTheBrandBefore() {
        assertEquals("negative", extractor.extract("Globex targets agencies. It is slow and buggy.", List.of(GLOBEX))
                .get(0).sentiment().label());
        assertEquals("positive", extractor.extract("1. **Globex**\n   - Excellent reports\n   - Reliable sync\n",
                List.of(GLOBEX)).get(0).sentiment().label());
    }

    @Test
    void countsFunctionWordBrandsOnlyWhereTheyAreNames() {
        TrackedBrand you = brand("You", List.of("You.com"), "you.com");
        assertEquals(Map.of(), counts("You should compare prices. You can also ask for a demo.", you));
        assertEquals(Map.of("You", 2), counts("Engines such as You are growing. **You** – an AI search engine.", you));
        assertEquals(Map.of(), counts("## Tools You Should Try\n\nNothing else.", you));
        assertEquals(Map.of("You", 1), counts("You.com lets you pick a model.", you));
    }

    @Test
    void ignoresAbsenceStatementsInOtherLanguages() {
        assertEquals(Map.of(), counts("Über Globex habe ich keine Informationen.", GLOBEX));
        assertEquals(Map.of(), counts("Je n'ai pas d'informations fiables sur Globex.", GLOBEX));
        assertEquals(Map.of(), counts("No tengo información sobre Globex.", GLOBEX));
        assertEquals(Map.of(), counts("Globex n'est pas mentionné dans ces sources.", GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex n'est pas cher.", GLOBEX));
    }

    @Test
    void anAbsenceStatementCoversItsClauseOnly() {
        assertEquals(Map.of("Globex", 1), counts("Globex is great, but I couldn't find anything reliable on Hooli.", GLOBEX, HOOLI));
        assertEquals(Map.of("Globex", 1), counts("Globex is populair, maar over Hooli kan ik geen actuele informatie vinden.",
                GLOBEX, HOOLI));
    }

    @Test
    void readsAbsenceStatementsWhoseBrandIsTheTopicOrTheHeadOfAListItemOrTableRow() {
        assertEquals(Map.of(), counts("As for Hooli, I can't find reliable information about it.", HOOLI));
        assertEquals(Map.of(), counts("Zu Hooli finde ich in meinen Quellen nichts Belastbares.", HOOLI));
        assertEquals(Map.of(), counts("Su Hooli non ho informazioni affidabili.", HOOLI));
        assertEquals(Map.of(), counts("Sobre o Hooli, não encontrei dados confiáveis.", HOOLI));
        assertEquals(Map.of(), counts("4. **Hooli** – I'm not aware of a tool by that name.", HOOLI));
        assertEquals(Map.of("Globex", 1), counts("| Globex | fast |\n| Hooli | — | no information found |", GLOBEX, HOOLI));
        assertEquals(Map.of(), counts("| Hooli | ? | je ne trouve rien sur ce service |", HOOLI));
        assertEquals(Map.of("Globex", 1), counts("1. **Globex** – captures every event, no manual tracking info needed.", GLOBEX));
    }

    @Test
    void readsAnOrdinaryWordBrandAsTheWordWhereItsContextSaysSo() {
        TrackedBrand tempo = brand("Tempo", List.of(), "tempo.io");
        assertEquals(Map.of("Tempo", 1), counts("Das Tempo ist hoch, deshalb nutzt ihr Tempo für die Zeiterfassung.", tempo));
        assertEquals(Map.of("Tempo", 1), counts("Die Tempo-App erfasst Zeiten direkt am Ticket.", tempo));
        TrackedBrand vale = brand("Vale", List.of(), "vale.app");
        assertEquals(Map.of(), counts("Vale la pena probarlo. Vale, te explico.", vale));
    }

    @Test
    void readsAbsenceStatementsInWordingsNoCueKnowsFromTheirWords() {
        assertEquals(Map.of(), counts("I have nothing on Globex that my checks could verify.", GLOBEX));
        assertEquals(Map.of(), counts("Globex har jag tyvärr ingen aktuell kunskap om.", GLOBEX));
        assertEquals(Map.of(), counts("Sobre Globex não tenho nenhum registo que me permita opinar.", GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex is great, though I'm not aware of a free tier.", GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex doesn't sell my data, and I know that for sure.", GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Lo que sí sé es que Globex captura eventos que no definiste.", GLOBEX));
    }

    @Test
    void readsAbsenceFromWordsOfLackAndOfNotKnowingWithASpeaker() {
        assertEquals(Map.of(), counts("- **Globex**: outside what I can speak to; my data on it is too thin.", GLOBEX));
        assertEquals(Map.of(), counts("Globex – den tjänsten är okänd för mig.", GLOBEX));
        assertEquals(Map.of(), counts("O Globex eu desconheço por completo.", GLOBEX));
        assertEquals(Map.of(), counts("Globex? Never heard of it, sorry.", GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex lacks SSO, which matters for larger teams.", GLOBEX));
    }

    @Test
    void readsABrandInAQuestionTheAnswerCannotSettleAsAbsent() {
        assertEquals(Map.of(), counts("I can't say whether Globex is available there; my information doesn't cover it.", GLOBEX));
        assertEquals(Map.of(), counts("Ob Globex dort Roller anbietet, entzieht sich meiner Kenntnis.", GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex is available there, and I know it works well.", GLOBEX));
    }

    @Test
    void readsAStatementInAnotherClauseThatPointsBackAtTheBrand() {
        assertEquals(Map.of(), counts("Globex I can't vouch for; it isn't something I have details on.", GLOBEX));
        assertEquals(Map.of("Hooli", 1, "Globex", 1),
                counts("Hooli is cheaper; Globex has more reports, but I have no data on them.", HOOLI, GLOBEX));
        assertEquals(Map.of("Globex", 1),
                counts("Globex has the best reports; I found no major complaints about it.", GLOBEX));
    }

    @Test
    void keepsBrandsInStatementsThatOnlyLookLikeNotKnowing() {
        assertEquals(Map.of("Globex", 1), counts("I don't know of a better tool than Globex for this.", GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("No conozco una herramienta mejor que Globex.", GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Não conheço ferramenta melhor do que o Globex.", GLOBEX));
        assertEquals(Map.of(), counts("Puede que Globex sea una empresa pequeña; no dispongo de información sobre ella.", GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Honestly, I don't know why people still pay for Globex's add-ons.", GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("I can't say enough good things about Globex.", GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("As far as I know, Globex isn't sold in shops, and there is no trial.", GLOBEX));
    }

    @Test
    void readsOrdinaryWordBrandsByTheirContext() {
        TrackedBrand loom = brand("Loom", List.of(), "loom.com");
        TrackedBrand close = brand("Close", List.of(), "close.com");
        assertEquals(Map.of("Loom", 1), counts("Record two or three Looms a week instead of meetings.", loom));
        assertEquals(Map.of(), counts("The Looms of Lancashire. Many Looms were sold.", loom));
        assertEquals(Map.of("Close", 1), counts("Close isn't cheap, but its dialer is worth it.", close));
        assertEquals(Map.of(), counts("Close the laptop at six.", close));
        assertEquals(Map.of(), counts("Monday is the worst day to ship. Plan Monday's work on Friday.", MONDAY));
        assertEquals(Map.of(), counts("Set up a recurring \"Monday planning\" task.", MONDAY));
    }

    @Test
    void readsAbsenceInTheSourcesHandedToTheAnswerAndInTerseCells() {
        assertEquals(Map.of("Hooli", 1), counts("""
                | Tool | Notes |
                |---|---|
                | Hooli | EU-hosted |
                | Globex | The provided sources say nothing about this one |""", HOOLI, GLOBEX));
        assertEquals(Map.of("Hooli", 1), counts("- **Hooli**: solid.\n- **Globex**: unknown.", HOOLI, GLOBEX));
        assertEquals(Map.of(), counts("Searching for Globex turned up only unrelated results, so I can't assess it.", GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex is fast, so I use it daily.", GLOBEX));
    }

    @Test
    void readsANameTheAnswerCannotPlaceAsAbsentButNotAFamousName() {
        assertEquals(Map.of(), counts("Globex is a name I can't place.", GLOBEX));
        assertEquals(Map.of(), counts("Globex är ett namn jag inte kan placera.", GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex is the name everyone knows, and I can't recommend anything else.", GLOBEX));
        assertEquals(Map.of(), counts("Globex may be a newer provider; I don't hold reliable information on it.", GLOBEX));
    }

    @Test
    void readsASentenceOpeningOrdinaryWordNameFollowedByAVerbOrAContrast() {
        TrackedBrand front = brand("Front", List.of(), "front.com");
        TrackedBrand freeNow = brand("Free Now", List.of("FreeNow"), "free-now.com");
        assertEquals(Map.of("Front", 1), counts("Front suits a support team sharing one inbox.", front));
        assertEquals(Map.of("Front", 1), counts("Front, en revanche, devient vite indispensable.", front));
        assertEquals(Map.of(), counts("Front-load the hard replies in the morning.", front));
        assertEquals(Map.of("Free Now", 1), counts("| App | Price |\n|---|---|\n| FREE NOW | 13 € |", freeNow));
        assertEquals(Map.of(), counts("Plan the sprint on a Monday so the week starts well.", MONDAY));
    }

    @Test
    void readsGermanNounsThatAreBrandNamesByTheirGrammarNotTheirCapitals() {
        TrackedBrand zoom = brand("Zoom", List.of(), "zoom.us");
        TrackedBrand tempo = brand("Tempo", List.of(), "tempo.io");
        assertEquals(Map.of(), counts("Mit dem optischen Zoom der Kamera bekommst du ein scharfes Bild.", zoom));
        assertEquals(Map.of(), counts("Bei Tempo 200 auf der Autobahn solltest du keine Mails schreiben.", tempo));
        assertEquals(Map.of("Zoom", 1), counts("Für Meetings mit Kunden nehmen die meisten Zoom.", zoom));
        assertEquals(Map.of("Tempo", 1), counts("Tempo bucht die Zeit direkt an den Tickets.", tempo));
    }

    @Test
    void readsAReportedQuestionAndATopicBeforeTheNameAsPartOfTheAbsenceStatement() {
        assertEquals(Map.of("Hooli", 1), counts("""
                Hooli is my pick. You asked about Globex too. Honestly, I'm not familiar with Globex, so I can't compare it.""",
                HOOLI, GLOBEX));
        assertEquals(Map.of("Hooli", 1), counts("""
                Hooli ist solide. Von Globex ist in den mitgeschickten Unterlagen keine Rede.""", HOOLI, GLOBEX));
        assertEquals(Map.of("Hooli", 1), counts("""
                Hooli est solide. Concernant Globex, mes connaissances sont trop limitées pour vous conseiller.""",
                HOOLI, GLOBEX));
        assertEquals(Map.of("Globex", 1, "Hooli", 1), counts("You asked about Globex. It is fast; Hooli is cheaper.", HOOLI, GLOBEX));
        assertEquals(Map.of(), counts("I don't know enough about Globex to recommend it.", GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("I can't say enough good things about Globex.", GLOBEX));
    }

    @Test
    void readsOrdinaryWordsInTitleCaseHeadingsAndCompoundsAsWords() {
        TrackedBrand linear = brand("Linear", List.of(), "linear.app");
        TrackedBrand pitch = brand("Pitch", List.of(), "pitch.com");
        TrackedBrand canva = brand("Canva", List.of(), "canva.com");
        assertEquals(Map.of(), counts("## Planning a Linear Workflow\n\nStart small.", linear));
        assertEquals(Map.of(), counts("### How to Pitch a Redesign\n\nPitch the outcome, not the pixels.", pitch));
        assertEquals(Map.of("Pitch", 1), counts("Pitch has the nicest templates.", pitch));
        assertEquals(Map.of(), counts("Canvas-based tools all export SVG.", canva));
        assertEquals(Map.of("Canva", 1), counts("Two Canvas for one team is too many.", canva));
    }

    @Test
    void readsANoteAfterAListOrTableHeadAsAnAbsenceWithoutASpeaker() {
        assertEquals(Map.of("Globex", 1), counts("| Globex | fast |\n| Hooli | Keine Informationen in den Unterlagen |",
                GLOBEX, HOOLI));
        assertEquals(Map.of(), counts("- **Hooli** – nessuna informazione nelle fonti.", HOOLI));
        assertEquals(Map.of(), counts("| Hooli | Hittade inget om tjänsten | – |", HOOLI));
        assertEquals(Map.of("Hooli", 1), counts("- **Hooli**: no cookies, no personal data collected.", HOOLI));
    }

    @Test
    void readsHavingNothingAboutAFrontedBrandAsNotKnowingIt() {
        assertEquals(Map.of("Globex", 1), counts("Globex är billigast. Hooli har jag inget om, tyvärr.", GLOBEX, HOOLI));
        assertEquals(Map.of("Globex", 1), counts("Globex kan jag varmt rekommendera.", GLOBEX));
    }

    @Test
    void readsAReportedQuestionWhoseStatementPointsBackAtTheBrand() {
        assertEquals(Map.of("Hooli", 1), counts(
                "Hooli is my pick. You also asked about Globex. I can't place it, and nothing I found describes it.",
                HOOLI, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts(
                "You also asked about Globex. It's great for teams, but I don't know its exact pricing.", GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("You asked about Globex's pricing. I don't know it.", GLOBEX));
    }

    @Test
    void readsOrdinaryWordNamesByLayoutStyleAndTheNamesAroundThem() {
        TrackedBrand kayak = brand("Kayak", List.of("KAYAK"), "kayak.com");
        TrackedBrand folk = brand("Folk", List.of("folk CRM"), "folk.app");
        TrackedBrand lime = brand("Lime", List.of(), "li.me");
        TrackedBrand whereby = brand("Whereby", List.of(), "whereby.com");
        assertEquals(Map.of("Kayak", 1), counts("### KAYAK\n\nFlexible dates.", kayak));
        assertEquals(Map.of("Folk", 1), counts("Import your contacts first. folk’s groups do the rest.", folk));
        assertEquals(Map.of("Folk", 1), counts("For a small agency, folk is the easiest CRM to start with.", folk));
        assertEquals(Map.of(), counts("Irish folk is popular in Boston pubs.", folk));
        assertEquals(Map.of(), counts("For a small team, summit is the goal.", SUMMIT));
        assertEquals(Map.of("Lime", 1), counts("From Liverpool Lime Street, grab a Lime scooter to the docks.", lime));
        assertEquals(Map.of(), counts("Set up a rule whereby each person hosts once.", whereby));
        assertEquals(Map.of("Whereby", 1), counts("Whereby is simple.", whereby));
        assertEquals(Map.of("Summit", 1, "Globex", 1),
                counts("| Plan | Summit Pro | Globex Pro |\n|---|---|---|\n| Price | $9 | $8 |", SUMMIT, GLOBEX));
        assertEquals(Map.of(), counts("| Summit rate | Value |\n|---|---|\n| a | b |", SUMMIT));
    }

    @Test
    void readsMoreContextsOfTheOrdinaryWord() {
        TrackedBrand tempo = brand("Tempo", List.of(), "tempo.io");
        TrackedBrand pitch = brand("Pitch", List.of(), "pitch.com");
        TrackedBrand notion = brand("Notion", List.of(), "notion.so");
        TrackedBrand vale = brand("Vale", List.of(), "vale.app");
        assertEquals(Map.of(), counts("Save the hardest task for Monday, when you're rested.", MONDAY));
        assertEquals(Map.of("Monday", 1), counts("monday.com, when combined with Zapier, handles approvals.", MONDAY));
        assertEquals(Map.of(), counts("Arbeite in ruhigem Tempo und mach Pausen.", tempo));
        assertEquals(Map.of("Tempo", 1), counts("Vor allem Tempo hilft beim Erfassen der Stunden.", tempo));
        assertEquals(Map.of(), counts("Wer den Agentur-Pitch gewinnen will, braucht eine Geschichte.", pitch));
        assertEquals(Map.of(), counts("## The Notion of Done\n\nAgree on it first.", notion));
        assertEquals(Map.of(), counts("Vale, la verdad es que conviene empezar despacio.", vale));
        assertEquals(Map.of("Vale", 1), counts("Vale, el linter de prosa, revisa el estilo de la documentación.", vale));
    }

    @Test
    void readsSearchesThatCameBackEmptySkippingSourcesAndBusinessNounsPointingBackAsAbsences() {
        assertEquals(Map.of("Globex", 1), counts("Globex is solid. My search for Hooli came back empty.", GLOBEX, HOOLI));
        assertEquals(Map.of("Globex", 1), counts("Globex è solido per la redazione. La mia ricerca su Hooli è andata a vuoto, quindi non posso dirvi di più.", GLOBEX, HOOLI));
        assertEquals(Map.of("Globex", 1),
                counts("Globex est solide. La documentation dont je dispose fait l'impasse sur Hooli.", GLOBEX, HOOLI));
        assertEquals(Map.of("Globex", 1), counts("Globex är bra. Om Hooli tänker jag inte chansa: jag har inga fakta om bolaget.",
                GLOBEX, HOOLI));
        assertEquals(Map.of("Globex", 1), counts("Globex is solid. On Hooli I'm working from nothing, so it has no row.",
                GLOBEX, HOOLI));
        assertEquals(Map.of("Globex", 1), counts("Globex is solid.\n\nYou also listed Hooli. I have no knowledge of a CRM by that name.",
                GLOBEX, HOOLI));
    }

    @Test
    void keepsRealMentionsThatShareWordsWithTheNewAbsenceFamilies() {
        assertEquals(Map.of("Hooli", 1, "Globex", 1),
                counts("Hooli came back with great results for our team, and Globex is fine too.", GLOBEX, HOOLI));
        assertEquals(Map.of("Hooli", 1, "Globex", 1),
                counts("Ask Hooli's support to enable SSO for your account; Globex does it out of the box.", GLOBEX, HOOLI));
        assertEquals(Map.of("Hooli", 1),
                counts("I wouldn't pick anything but Hooli here: the service is excellent and the company answers fast.", HOOLI));
        assertEquals(Map.of("Hooli", 1),
                counts("You also listed Hooli. It is a solid CRM for small teams, and the tool syncs with Gmail.", HOOLI));
        assertEquals(Map.of("Hooli", 1), counts("Hooli fait l'impasse sur les frais cachés, et le service client répond vite.", HOOLI));
        assertEquals(Map.of("Hooli", 1), counts("Hooli är bra i Stockholm, och bolaget har många sparkcyklar.", HOOLI));
        assertEquals(Map.of("Hooli", 1), counts("Hooli no pasa por alto ningún detalle: la aplicación es excelente.", HOOLI));
    }

    @Test
    void readsABoldLineReportingTheQuestionWithTheLineBelowAndDutchDanAsThanOnlyAfterAComparative() {
        assertEquals(Map.of("Globex", 1), counts("Globex is the most complete.\n\n**Follow-up — \"And Hooli?\"**\n"
                + "I ran a search for it just now and it came back empty.", GLOBEX, HOOLI));
        assertEquals(Map.of("Globex", 1, "Hooli", 2), counts("Globex is the most complete.\n\n**Follow-up — \"And Hooli?\"**\n"
                + "Hooli is a solid choice too: it syncs every inbox.", GLOBEX, HOOLI));
        assertEquals(Map.of("Globex", 1), counts("- **Globex** — facturen koppelen, handig voor je boekhouder.\n\n"
                + "En dan Hooli: over die dienst weet ik niets te vertellen.", GLOBEX, HOOLI));
        assertEquals(Map.of("Hooli", 1), counts("Ik ken geen betere dienst dan Hooli voor je boekhouder.", HOOLI));
    }

    /**
     * rules-25: a clause opening the sentence with a word of contrast ends at its comma, and so does one before a new
     * topic set against the last ("dagegen"): the statement after it is not about the brand before it.
     */
    @Test
    void endsAClauseOfContrastAtItsComma() {
        assertEquals(Map.of("Hooli", 1), counts("While Hooli fits the developers, I know nothing about Globex.", GLOBEX, HOOLI));
        assertEquals(Map.of("Hooli", 1),
                counts("Während Hooli für euer Entwicklerteam wie gemacht ist, kann ich zu Globex nichts sagen.", GLOBEX, HOOLI));
        assertEquals(Map.of("Hooli", 1), counts("Hooli ist ideal, bei Globex dagegen muss ich passen.", GLOBEX, HOOLI));
        assertEquals(Map.of("Hooli", 1), counts("Mientras que Hooli va bien para el equipo, de Globex no sé nada.", GLOBEX, HOOLI));
        assertEquals(Map.of(), counts("While I'm at it, I know nothing about Globex or Hooli.", GLOBEX, HOOLI));
    }

    /** rules-25: a comma right after a name opening its clause opens a fragment about the name ("Fathom, aucune idée."). */
    @Test
    void readsAFragmentAfterANameAndItsComma() {
        assertEquals(Map.of("Globex", 1), counts("Hooli, aucune idée. Pour le site, Globex suffit.", GLOBEX, HOOLI));
        assertEquals(Map.of("Globex", 1), counts("- **Hooli**, aucune idée.\n- **Globex** : pour les sponsors.", GLOBEX, HOOLI));
        assertEquals(Map.of("Hooli", 1), counts("Hooli works, no idea how.", HOOLI));
        assertEquals(Map.of("Hooli", 1), counts("Hooli is cheap, no idea why others charge more.", HOOLI));
    }

    /** rules-25: a pet named after a product ("our rabbit, Hopper") bears the pet's name; the product beside it still counts. */
    @Test
    void readsAPetNamedAfterAProductAsItsName() {
        TrackedBrand hopper = brand("Hopper", List.of(), "hopper.com");
        assertEquals(Map.of(), counts("Mention that our rabbit, Hopper, travels in a closed carrier.", hopper));
        assertEquals(Map.of(), counts("Mein Hund Hopper fährt im Zug mit.", hopper));
        assertEquals(Map.of("Hopper", 1), counts("Hopper predicts fares well; our rabbit, Hopper, stays at home.", hopper));
    }

    @Test
    void rules26ReadsAsidesTurnsFragmentsSearchesAndTheUsersAccount() {
        // an aside between spaced dashes is a clause of its own
        assertEquals(Map.of("Globex", 1), counts(
                "Die Unterkunft würde ich – über Hooli kann ich dir leider nichts sagen – direkt über Globex vergleichen.",
                HOOLI, GLOBEX));
        assertEquals(Map.of(), counts("Hooli – nie gehört – und Globex auch nicht.", HOOLI, GLOBEX));
        // a clause that turns to another brand it knows nothing about (TopicShift); a list does not turn
        assertEquals(Map.of("Globex", 1, "Initech", 1), counts(
                "Para una mudanza, Globex y Initech encajan, de Hooli no sé nada, así que lo dejo fuera.", HOOLI, GLOBEX, INITECH));
        assertEquals(Map.of(), counts("Globex, Initech, and Hooli I have never heard of.", HOOLI, GLOBEX, INITECH));
        // an adverb before the negation of a fragment ([still])
        assertEquals(Map.of(), counts("Hooli? Noch nie gehört, sorry.", HOOLI));
        assertEquals(Map.of(), counts("Hooli? Still never heard of it.", HOOLI));
        // a search for the brand that found nothing in the sources
        assertEquals(Map.of("Globex", 1), counts("Globex visar trattar och har en gratisnivå [1].\n\nHooli gav inga träffar i källorna.", HOOLI, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex has funnels [1].\n\nHooli returned no hits in the sources.", HOOLI, GLOBEX));
        assertEquals(Map.of("Hooli", 1), counts("Hooli returned no results for the bounce-rate query, so check the filters.", HOOLI));
        // the user's own account is no want of knowledge; "any information" is
        assertEquals(Map.of(), counts("I don't have access to any information about Hooli.", HOOLI));
        // a path from a site's root is a URL
        assertEquals(Map.of("Globex", 1), counts("Mehr in `/ratgeber/hooli-vs-initech/`. Fazit: Globex.", HOOLI, GLOBEX, INITECH));
    }

    @Test
    void readsAnOrdinaryWordOpeningAParagraphOrAmongOtherThingsInATableAsTheWord() {
        TrackedBrand kayak = brand("Kayak", List.of(), "kayak.com");
        TrackedBrand hopper = brand("Hopper", List.of(), "hopper.com");
        TrackedBrand folk = brand("Folk", List.of("folk CRM"), "folk.app");
        TrackedBrand pipedrive = brand("Pipedrive", List.of(), "pipedrive.com");
        TrackedBrand height = brand("Height", List.of(), "height.app");
        TrackedBrand asana = brand("Asana", List.of(), "asana.com");
        TrackedBrand copper = brand("Copper", List.of(), "copper.com");
        // rules-27: an English paragraph opening with the word and a noun after it; the brand described stays
        assertEquals(Map.of(), counts("Kayak rental at the lake is about €20 an hour.", kayak));
        assertEquals(Map.of("Hopper", 1), counts("Hopper predicts fares well for long-haul trips.", hopper));
        assertEquals(Map.of("Kayak", 1), counts("Kayak's price alerts cover the route.", kayak));
        // a column of things of another kind, and a header row of column names
        assertEquals(Map.of("Pipedrive", 1), counts("Pipedrive for the school.\n\n| Estilo | Día |\n|---|---|\n"
                + "| Folk | Jueves |\n| Jazz | Martes |\n| Flamenco | Sábado |", folk, pipedrive));
        assertEquals(Map.of("Asana", 1), counts("Paste it into Asana.\n\n| Plant | Height | Spacing | Owner |\n|---|---|---|---|\n"
                + "| Hosta | 40 cm | 50 cm | Priya |", height, asana));
        // products in a column of products, and compared side by side, stay
        assertEquals(Map.of("Folk", 1, "Pipedrive", 1), counts("| Tool | Price |\n|---|---|\n| Folk | €20 |\n"
                + "| Streak | €15 |\n| Pipedrive | €14 |", folk, pipedrive));
        assertEquals(Map.of("Height", 1, "Asana", 1), counts("| Feature | Asana | Height |\n|---|---|---|\n| AI triage | no | yes |",
                height, asana));
        // a title in italics
        assertEquals(Map.of(), counts("*Copper* is a BBC America period drama set in 1864.", copper));
    }

    @Test
    void readsANotKnowingAboutSomethingOfTheBrandAsAMention() {
        TrackedBrand superhuman = brand("Superhuman", List.of(), "superhuman.com");
        TrackedBrand whereby = brand("Whereby", List.of(), "whereby.com");
        TrackedBrand fathom = brand("Fathom", List.of(), "usefathom.com");
        // rules-27: its team, the user's own room: the answer knows the brand
        assertEquals(Map.of("Superhuman", 1), counts("I can't speak for Superhuman's billing team, so ask them directly.",
                superhuman));
        assertEquals(Map.of("Whereby", 1), counts("I can't verify from here whether your Whereby room is locked.", whereby));
        // having nothing on something of it, or on it, is not knowing it
        assertEquals(Map.of(), counts("I can't speak to Hooli's pricing.", HOOLI));
        assertEquals(Map.of(), counts("I have nothing on Fathom's presence in Warsaw.", fathom));
        // the wordings of validation-28 in four languages
        assertEquals(Map.of("Globex", 2), counts("Globex ist gut.\n\n1. **Globex** – stark.\n2. **Fathom** – Was das ist, weiß ich nicht.",
                GLOBEX, fathom));
        assertEquals(Map.of("Globex", 1), counts("Globex est solide. Fathom est peut-être une jeune pousse ; je n'en sais pas davantage.",
                GLOBEX, fathom));
        assertEquals(Map.of("Globex", 1), counts("O Globex serve bem. Nenhuma das páginas consultadas fala do Fathom.", GLOBEX, fathom));
        assertEquals(Map.of("Globex", 1), counts("Globex fungerar bra. Vad Fathom är för något kan jag inte svara på.", GLOBEX, fathom));
    }

    @Test
    void readsAnOrdinaryWordThatIsAllAnAnswerNamesInItsLayoutAsTheWord() {
        TrackedBrand copper = brand("Copper", List.of("Copper CRM"), "copper.com");
        TrackedBrand zoom = brand("Zoom", List.of(), "zoom.us");
        TrackedBrand folk = brand("Folk", List.of("folk CRM"), "folk.app");
        assertEquals(Map.of(), counts("| Material | Lifespan |\n|---|---|\n| Copper | 50+ years |\n| PEX | 40 years |", copper));
        assertEquals(Map.of("Copper", 1), counts("| Tool | Price |\n|---|---|\n| Copper | $29 |", copper));
        assertEquals(Map.of("Copper", 1, "Globex", 1), counts("- **Copper** – simple\n- **Globex** – fast", copper, GLOBEX));
        assertEquals(Map.of(), counts("| Objectif | Note |\n|---|---|\n| Zoom 24-105 mm | Polyvalent |", zoom));
        assertEquals(Map.of(), counts("### Zoom sur la rentrée du club\n\nLes inscriptions ouvrent lundi.", zoom));
        assertEquals(Map.of("Zoom", 1), counts("Zoom sur Mac fonctionne bien.", zoom));
        assertEquals(Map.of(), counts("Beim Pitch um den Werbeetat habt ihr zwei Wochen.", brand("Pitch", List.of(), "pitch.com")));
        assertEquals(Map.of("Folk", 1), counts("Intro.\n\nfolk suits a team your size: import contacts from Gmail.", folk));
        assertEquals(Map.of("Folk", 1), counts("Opciones:\n\n- folk es una buena opción si quieres algo sencillo.", folk));
    }

    @Test
    void rules28ReadsFragmentPhrasesSpokenFormsAndComparisonsOfAPossessor() {
        TrackedBrand omio = brand("Omio", List.of(), "omio.com");
        TrackedBrand bolt = brand("Bolt", List.of(), "bolt.eu");
        // an [unknowing] phrase opens a fragment after the name as a single word does
        assertEquals(Map.of("Globex", 1), counts("Globex för tåg.\n\nOmio? Ingen susning.", GLOBEX, omio));
        assertEquals(Map.of("Globex", 1), counts("Globex ist gut.\n\nOmio – keinen Schimmer, was das sein soll.", GLOBEX, omio));
        // spoken French without "ne", a Spanish name one cannot place
        assertEquals(Map.of("Globex", 1), counts("Globex est bien. Omio ? Connais pas.", GLOBEX, omio));
        assertEquals(Map.of("Globex", 1), counts("Globex va bien. Omio no lo tengo ubicado.", GLOBEX, omio));
        // the brand as the measure of a comparison stays a mention: a verb of matching, "that of"
        assertEquals(Map.of("Omio", 1), counts("Nothing I know of matches Omio's rail search for this trip.", omio));
        assertEquals(Map.of("Bolt", 1), counts("Je n'ai vu aucun tarif plus bas que celui de Bolt pour ce trajet.", bolt));
        assertEquals(Map.of("Bolt", 1), counts("No encontré ninguna tarifa más barata que la de Bolt.", bolt));
        // not seeing a reason to pay for it judges the brand
        assertEquals(Map.of("Globex", 1), counts("I can't think of a reason to pay for Globex if the free tier covers your use.", GLOBEX));
    }

    @Test
    void rules28ReadsLabelsAmongOtherLabelsAndLowerCaseNamesInTheirContexts() {
        TrackedBrand close = brand("Close", List.of(), "close.com");
        TrackedBrand zoom = brand("Zoom", List.of(), "zoom.us");
        TrackedBrand uber = brand("Uber", List.of(), "uber.com");
        TrackedBrand folk = brand("Folk", List.of("folk CRM"), "folk.app");
        TrackedBrand copper = brand("Copper", List.of(), "copper.com");
        TrackedBrand vale = brand("Vale", List.of(), "vale.sh");
        // a heading among headings, a list item's head among items, none naming a tracked brand, another brand in prose
        assertEquals(Map.of("Globex", 1), counts("Paste the outline into Globex:\n\n## Greeting\nSay hello.\n\n## Body\nThe ask."
                + "\n\n## Close\nSign off warmly.", close, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Keep the drills in Globex.\n\n- **Warm-up:** jog\n- **Zoom:** sprint drills\n"
                + "- **Cool-down:** stretch", zoom, GLOBEX));
        // products listed beside tracked products stay, and so does a list naming no other tracked brand in an answer
        // with a product word (without one, OpeningOrdinaryWords reads it as the word, as it has since rules-26)
        assertEquals(Map.of("Close", 1, "Globex", 1), counts("Two picks:\n\n- **Close** — calls\n- **Globex** — email\n"
                + "- **Other** — none", close, GLOBEX));
        assertEquals(Map.of("Close", 1), counts("A shortlist of CRM tools:\n\n1. **Close** — calling built in\n"
                + "2. **Streak** — in Gmail\n3. **Capsule** — simple", close));
        // lower-case names in the contexts of lower-case.cues
        assertEquals(Map.of("Uber", 1), counts("Desde la estación, lo mejor es pedir un uber hasta el hotel.", uber));
        assertEquals(Map.of("Zoom", 1), counts("Si la reunión es por zoom, manda el enlace antes.", zoom));
        assertEquals(Map.of(), counts("Dê um zoom na coluna de custos.", zoom));
        assertEquals(Map.of("Folk", 1), counts("Keep the sponsor list in folk: tag each contact by tier.", folk));
        assertEquals(Map.of(), counts("If the flat is plumbed in copper, use push-fit joints.", copper));
        assertEquals(Map.of(), counts("She is interested in folk and jazz.", folk));
        assertEquals(Map.of("Folk", 1), counts("Opções:\n\n### folk\nLeve e barato.", folk));
        // a lower-case fixed expression does not hold around a name capitalised inside the sentence
        assertEquals(Map.of("Vale", 1), counts("Conviene configurare Vale anche per la documentazione.", vale));
        assertEquals(Map.of(), counts("Questo vale anche per la documentazione.", vale));
    }

    @Test
    void rules28ReadsGermanNounsAndASentenceOpeningOfTheWordAsTheWord() {
        TrackedBrand mist = brand("Mist", List.of(), "mist.com");
        TrackedBrand amplitude = brand("Amplitude", List.of(), "amplitude.com");
        TrackedBrand superhuman = brand("Superhuman", List.of(), "superhuman.com");
        TrackedBrand pitch = brand("Pitch", List.of(), "pitch.com");
        assertEquals(Map.of(), counts("Darauf kommt eine Lage gut abgelagerter Mist.", mist));
        assertEquals(Map.of(), counts("Die **Amplitude** bestimmt die Lautstärke.", amplitude));
        assertEquals(Map.of("Pitch", 1), counts("Für die Folien würde ich trotzdem Pitch nehmen.", pitch));
        assertEquals(Map.of(), counts("Give the hero one superhuman trait. Superhuman strength, for example, but a fear of heights.",
                superhuman));
        assertEquals(Map.of("Superhuman", 1), counts("Superhuman sorts the inbox well.", superhuman));
    }

    @Test
    void rules29ReadsOtherPeoplesFindingSearchesThatFoundOtherThingsAndIdiomsAsTheyAre() {
        TrackedBrand pipedrive = brand("Pipedrive", List.of(), "pipedrive.com");
        TrackedBrand n26 = brand("N26", List.of(), "n26.com");
        // a negated verb of finding whose subject is other people is no statement about the brand
        assertEquals(Map.of("Globex", 1), counts("Globex sends a reminder the day before, so volunteers don't turn up twice.", GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex keeps one folder per client, so customers can't find stale drafts.", GLOBEX));
        assertEquals(Map.of(), counts("I couldn't find Globex in any of the sources.", GLOBEX));
        // a search that turned up only other things, an Italian idiom in the first person, the Swedish sources
        assertEquals(Map.of("Hooli", 1), counts("I looked for Globex, but the search only turned up unrelated apps. Hooli is fine.",
                GLOBEX, HOOLI));
        assertEquals(Map.of("Hooli", 1), counts("Hooli va bene. Su Pipedrive brancolo nel buio, quindi lo lascio fuori.", HOOLI, pipedrive));
        assertEquals(Map.of("Hooli", 1), counts("Hooli är bra. Globex nämns inte i källorna jag läste.", GLOBEX, HOOLI));
        assertEquals(Map.of("Hooli", 1), counts("O Hooli é bom. Quanto ao Globex, passa-me totalmente ao lado.", GLOBEX, HOOLI));
        // data the product lacks is no lack of data about it
        assertEquals(Map.of("N26", 1), counts("- **N26** — conta em euros, mas sem dados bancários locais noutras moedas.", n26));
        assertEquals(Map.of(), counts("- **N26** — sem dados fiáveis.", n26));
        // knowledge out of date is a lack of it; a product that looks dated is not
        assertEquals(Map.of("Hooli", 1), counts("Hooli is fine. My information on Globex is outdated, so I'll leave it out.", GLOBEX, HOOLI));
        assertEquals(Map.of("Hooli", 1), counts("Hooli ist gut. Mein Wissen über Globex ist dünn und veraltet.", GLOBEX, HOOLI));
        assertEquals(Map.of("Globex", 1), counts("Globex's editor looks outdated next to newer tools.", GLOBEX));
        // none of the results names the brand
        assertEquals(Map.of("Hooli", 1), counts("Hooli is fine. None of the sources I was given mention Globex.", GLOBEX, HOOLI));
        assertEquals(Map.of("Hooli", 1), counts("Hooli is prima. Geen van de bronnen noemt Globex.", GLOBEX, HOOLI));
        assertEquals(Map.of("Hooli", 1), counts("Hooli va bien. Aucun des résultats de recherche ne parle de Globex.", GLOBEX, HOOLI));
    }

    @Test
    void rules29ReadsDaysStreetsPetsGenresAndAnotherWordsPluralAsTheWord() {
        TrackedBrand close = brand("Close", List.of(), "close.com");
        TrackedBrand copper = brand("Copper", List.of(), "copper.com");
        TrackedBrand folk = brand("Folk", List.of("folk CRM"), "folk.app");
        TrackedBrand canva = brand("Canva", List.of(), "canva.com");
        TrackedBrand notion = brand("Notion", List.of(), "notion.so");
        TrackedBrand plausible = brand("Plausible", List.of(), "plausible.io");
        TrackedBrand front = brand("Front", List.of(), "front.com");
        assertEquals(Map.of("Globex", 1), counts("Track the move in Globex. Do the cabling on the Thursday, not the Monday.", GLOBEX, MONDAY));
        assertEquals(Map.of("Globex", 1), counts("Use Globex for routes. Two clients live at 4 Willow Close.", GLOBEX, close));
        assertEquals(Map.of("Globex", 1), counts("Globex plans it: one stop on Hazel Close, one on Bridge Road.", GLOBEX, close));
        assertEquals(Map.of("Globex", 1), counts("Globex holds the records.\n\n- **Cat:** Copper, ginger tom\n- **Owner:** Jo", GLOBEX, copper));
        assertEquals(Map.of(), counts("Im Programm: Jazz und Folk, dazu eine offene Bühne.", folk));
        assertEquals(Map.of("Globex", 1), counts("Post the slides to Globex and the quiz to the school's Canvas.", GLOBEX, canva));
        assertEquals(Map.of("Canva", 1), counts("We made two Canvas for the fair: one poster, one flyer.", canva));
        assertEquals(Map.of(), counts("Shopping list:\n\n**Fabric:** wool crepe.\n**Notion:** one metal zip.\n**Thread:** black.", notion));
        // a lower-case name recommended as a good fit is the product; a German product verb after a noun-like name
        assertEquals(Map.of("Plausible", 1), counts("**Analytics:** plausible is a good fit for a small shop.", plausible));
        assertEquals(Map.of("Front", 1), counts("Im Support steht ihr an vorderster Front.\n\nFront bildet das ab: Regeln sortieren die Mails.", front));
    }

    @Test
    void rules29ReadsFootnotesBoldTitlesLabelPhrasesAndOnlyAsTheyAre() {
        TrackedBrand kayak = brand("Kayak", List.of("KAYAK"), "kayak.com");
        TrackedBrand lime = brand("Lime", List.of(), "li.me");
        TrackedBrand amplitude = brand("Amplitude", List.of(), "amplitude.com");
        TrackedBrand zoom = brand("Zoom", List.of(), "zoom.us");
        TrackedBrand notion = brand("Notion", List.of(), "notion.so");
        // idioms and verbs of not knowing
        assertEquals(Map.of("Hooli", 1), counts("Hooli is fine. I'd only be bluffing if I described Globex.", GLOBEX, HOOLI));
        assertEquals(Map.of("Hooli", 1), counts("Hooli ist gut. Von Globex habe ich nie etwas mitbekommen.", GLOBEX, HOOLI));
        assertEquals(Map.of("Hooli", 1), counts("Hooli va bene. Nelle fonti di Globex non c'è traccia.", GLOBEX, HOOLI));
        // "ne … que" is "only"
        assertEquals(Map.of("Globex", 1, "Hooli", 1), counts("Hooli est bien.\n\n**Globex** — je le déconseille : l'interface "
                + "n'existe qu'en anglais.", GLOBEX, HOOLI));
        // a name marked for a footnote that disowns it
        assertEquals(Map.of("Hooli", 1), counts("| Tool | Score |\n|---|---|\n| Hooli | 4 |\n| Globex\u00B9 | – |\n\n"
                + "\u00B9 I have no information on Globex I could stand behind.", GLOBEX, HOOLI));
        // a bold title among bold titles, a list item's label going on in lower case, "plan" as a verb
        assertEquals(Map.of("Globex", 1), counts("**Flights**\nSearch Globex first.\n\n**Hotels**\nBook early.\n\n**Kayak**\n"
                + "Rent one on Friday.", GLOBEX, kayak));
        assertEquals(Map.of(), counts("Voici l'essentiel :\n- **Lime en verre** : grain fin.\n- **Lime en carton** : pas chère.", lime));
        assertEquals(Map.of(), counts("1. **Range:** 3.7 m.\n2. **Amplitude:** half the range.\n\nSo plan to leave by noon.", amplitude));
        assertEquals(Map.of(), counts("Achtet auf einen guten optischen Zoom.", zoom));
        assertEquals(Map.of(), counts("Whenever a proof relies on a Common Notion, write its number in the margin.", notion));
    }

    @Test
    void rules30ReadsAGuessAfterAnElisionItalicTitlesAndPlansThatAreNoProducts() {
        TrackedBrand folk = brand("Folk", List.of("folk CRM"), "folk.app");
        TrackedBrand lime = brand("Lime", List.of(), "li.me");
        // "c'est peut-être": the guess is in reach across the elision, and the clause after the semicolon decides
        assertEquals(Map.of("Hooli", 1), counts("Hooli est bien. Quant à Globex, c'est peut-être une petite société ; "
                + "en tout cas, je n'en sais rien.", GLOBEX, HOOLI));
        // a name anywhere inside a title in italics
        assertEquals(Map.of(), counts("This season the museum shows *City Folk, Country Folk*, about the mill towns.", folk));
        // a plan for a cake is no product's plan
        assertEquals(Map.of(), counts("Here's a plan for the cake.\n\n- Lemon sponge.\n- Lime curd between the layers.", lime));
    }

    @Test
    void rules31ReadsLowerCaseToolsInMoreLanguagesAndBoldTitlesInCapitals() {
        TrackedBrand loom = brand("Loom", List.of(), "loom.com");
        TrackedBrand notion = brand("Notion", List.of(), "notion.so");
        TrackedBrand hey = brand("Hey", List.of("HEY"), "hey.com");
        assertEquals(Map.of("Loom", 1), counts("Rather than a meeting, record a short loom walking through the chart.", loom));
        assertEquals(Map.of(), counts("For the museum video, walk around and show the old loom from a few angles.", loom));
        assertEquals(Map.of("Monday", 1), counts("Para la boda, apúntalo todo en monday.", MONDAY));
        assertEquals(Map.of("Notion", 1), counts("Voor de verbouwing zou ik alles in notion zetten.", notion));
        assertEquals(Map.of("Hey", 1), counts("Two options:\n\n**HEY**\nA different take on email.", hey));
    }

    /**
     * rules-32: a quoted name the answer also writes in lower case is the word discussed; a domain written as the domain
     * rather than as the alias; a semicolon or a colon after which the answer speaks of other people's finding; lower-case
     * tools after a French, Spanish or Portuguese preposition.
     */
    @Test
    void rules32ReadsQuotedWordsDomainsAsWrittenAndOtherPeoplesFindingApart() {
        TrackedBrand whereby = brand("Whereby", List.of(), "whereby.com");
        assertEquals(Map.of(), counts("\"Whereby\" belongs in contracts. In an email, whereby sounds stiff.", whereby));
        assertEquals(Map.of("Whereby", 1), counts("For the call, use \"Whereby\": no install for the guests.", whereby));
        TrackedBrand pitch = brand("Pitch", List.of("Pitch.com"), "pitch.com");
        assertEquals(Map.of(), counts("Slides can be built anywhere, pitch.com included, but a live demo works better.", pitch));
        assertEquals(Map.of("Pitch", 1), counts("Build the investor deck in Pitch.com and share the link.", pitch));
        assertEquals(Map.of("Monday", 1), counts("Track the launch on monday.com with one board per market.", MONDAY));
        TrackedBrand mixpanel = brand("Mixpanel", List.of(), "mixpanel.com");
        assertEquals(Map.of("Mixpanel", 1), counts("- **Mixpanel**: I would not choose it; the interns never found the saved reports.", mixpanel));
        assertEquals(Map.of("Mixpanel", 1), counts("- **Mixpanel** – je ne le prendrais pas ; le stagiaire n'a jamais trouvé les rapports.", mixpanel));
        assertEquals(Map.of("Mixpanel", 1), counts("- **Mixpanel** – ich würde es nicht nehmen: Die Praktikantin konnte die Berichte nicht finden.", mixpanel));
        assertEquals(Map.of(), counts("- **Mixpanel**: no idea; I have never come across it.", mixpanel));
        TrackedBrand linear = brand("Linear", List.of(), "linear.app");
        assertEquals(Map.of("Linear", 1), counts("Pour le chantier, je rangerais tout dans linear : un projet par étage.", linear));
    }

    /**
     * rules-33: "one I can't speak to"; nothing reliable to offer; a name alone as a heading whose section disowns it;
     * finding how or where to do something in a product; technical terms and a list of words in lower case.
     */
    @Test
    void rules33ReadsMoreStatementsOfNotKnowingAndWorkingOutHowApart() {
        TrackedBrand mixpanel = brand("Mixpanel", List.of(), "mixpanel.com");
        assertEquals(Map.of("Globex", 1), counts("Mixpanel is one I can't speak to.\n\nGlobex is fine.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex is fine.\n\nYou also asked about Mixpanel. I can't offer anything reliable about it.",
                mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("### Globex\nFast.\n\n### Mixpanel\nI must pass here. I'm not familiar with Mixpanel.",
                mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1, "Mixpanel", 2), counts("### Globex\nFast.\n\n### Mixpanel\nSolid funnels. Mixpanel suits you.",
                mixpanel, GLOBEX));
        assertEquals(Map.of("Mixpanel", 1), counts("Mixpanel works, though the interns couldn't find where to export a chart.", mixpanel));
        assertEquals(Map.of("Mixpanel", 1), counts("Mixpanel marche, même si les stagiaires n'ont pas trouvé comment exporter.", mixpanel));
        assertEquals(Map.of(), counts("I couldn't find Mixpanel anywhere.", mixpanel));
        TrackedBrand linear = brand("Linear", List.of(), "linear.app");
        assertEquals(Map.of(), counts("Linear perspective makes the road shrink to a point.", linear));
        TrackedBrand kayak = brand("Kayak", List.of("KAYAK"), "kayak.com");
        assertEquals(Map.of(), counts("Palindromes for the class:\n\n- kayak\n- level\n- radar", kayak));
    }

    /**
     * rules-34: a heading answered first by a phrase of giving up and then the statement; a reported question as talk,
     * then a did-you-mean question, then the statement; a guess and a clause pointing back after a semicolon; missing
     * information; the greeting quoted as a word of address; a numbered step's bold phrasal verb.
     */
    @Test
    void rules34ReadsHeadingsAnsweredLateAndReportedTalkAndGreetingsQuoted() {
        TrackedBrand mixpanel = brand("Mixpanel", List.of(), "mixpanel.com");
        assertEquals(Map.of("Globex", 1), counts("### Globex\nFast.\n\n### Mixpanel\nHere I must bow out. I hold no reliable details on that tool.",
                mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex is fine.\n\nVi parlate anche di uno strumento chiamato Mixpanel. Forse intendete Matomo? "
                + "Uno strumento con quel nome non lo conosco.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex ist gut. Mixpanel ist womöglich jünger als mein Wissensstand; "
                + "belastbare Informationen dazu habe ich keine.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex is fine.\n\nYou also asked about Mixpanel. I'm missing solid information on it.",
                mixpanel, GLOBEX));
        TrackedBrand hey = brand("Hey", List.of("HEY"), "hey.com");
        assertEquals(Map.of(), counts("Im Anschreiben würde ich nicht mit „Hey“ beginnen.", hey));
        TrackedBrand zoom = brand("Zoom", List.of(), "zoom.us");
        assertEquals(Map.of(), counts("1. **Download the map.**\n2. **Zoom in** on the summit until the paths are clear.", zoom));
    }

    /**
     * rules-35: a name as the first label of a host name is that domain; a guess before the statement pointing back;
     * "enough" with a word of purpose; the brand first with none of the sources saying anything of it; the name beside
     * the kind of product it is; a short fragment of not knowing, not a sentence about unknown things.
     */
    @Test
    void rules35ReadsHostNamesGuessesAndLongFragmentsApart() {
        TrackedBrand kit = brand("Kit", List.of("Kit.com", "ConvertKit"), "kit.com");
        assertEquals(Map.of(), counts("For the newsletter, someone suggested convertkit.com; a simple form is enough.", kit));
        assertEquals(Map.of("Kit", 1), counts("For the newsletter, ConvertKit is enough.", kit));
        TrackedBrand mixpanel = brand("Mixpanel", List.of(), "mixpanel.com");
        assertEquals(Map.of("Globex", 1), counts("Globex is fine.\n\nYou mentioned Mixpanel too. Perhaps it's a very new product; either way "
                + "I have no details on it.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex va bene. (Mixpanel lo lascio fuori: non ne so abbastanza per darvi un parere.)",
                mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex ist gut. Zu Mixpanel, nach dem Sie gefragt haben, enthält keine der Quellen etwas.",
                mixpanel, GLOBEX));
        TrackedBrand amplitude = brand("Amplitude", List.of(), "amplitude.com");
        assertEquals(Map.of("Amplitude", 1), counts("Amplitude the analytics platform has good cohort charts.", amplitude));
        TrackedBrand hey = brand("Hey", List.of("HEY"), "hey.com");
        assertEquals(Map.of("Hey", 1), counts("HEY wäre eher etwas für Sie: Unbekannte Absender landen zuerst im Screener, bevor sie "
                + "Ihren Posteingang erreichen.", hey));
    }

    /**
     * rules-36: French "comment" after a verb of finding is "how", not a word of knowing; a Romance negation and object
     * pronoun after a function-word name make it the product; knowledge that postdates or stops; the question reported in
     * other tenses; left without an answer; a person named in an apposition.
     */
    @Test
    void rules36ReadsHowInFrenchAndFrontedNamesAndCutOffKnowledge() {
        TrackedBrand mixpanel = brand("Mixpanel", List.of(), "mixpanel.com");
        assertEquals(Map.of("Globex", 1, "Mixpanel", 1), counts("- **Globex** : rapide.\n- **Mixpanel** : je ne te le conseille pas ici, "
                + "le stagiaire l'a essayé et n'a pas trouvé comment exporter un graphique.", mixpanel, GLOBEX));
        TrackedBrand around = brand("Around", List.of(), "around.co");
        assertEquals(Map.of("Around", 1), counts("### Riunioni\nAround non glielo consiglierei come strumento principale.", around));
        assertEquals(Map.of("Globex", 1), counts("Globex is fine.\n\nYou asked how Mixpanel fits in. Whatever it offers now may postdate "
                + "the data I was trained on.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex est bien. Tu demandais aussi mon avis sur Mixpanel. Aucune des sources que j'ai "
                + "consultées n'en parle.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex är bra. När det gäller Mixpanel står jag helt utan svar.", mixpanel, GLOBEX));
        TrackedBrand kit = brand("Kit", List.of(), "kit.com");
        assertEquals(Map.of(), counts("For the leaving card, ask Kit, my colleague in accounts, to collect the money.", kit));
    }

    @Test
    void rules37ReadsRelativeAsidesIdiomsAndBoldLabelsAmongBoldLabels() {
        TrackedBrand mixpanel = brand("Mixpanel", List.of(), "mixpanel.com");
        // a relative clause after the name: its verb is not the brand's
        assertEquals(Map.of("Globex", 1), counts("Globex va benissimo. Su Mixpanel, che ha proposto il tuo socio, brancolo "
                + "nel buio: non saprei dirti nulla.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1, "Mixpanel", 1), counts("Globex va benissimo. Mixpanel, che ha proposto il tuo socio, "
                + "ha un piano gratuito, anche se non so dirti quanto duri.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex is fine. (Mixpanel, which a friend suggested, I'm not including. I have "
                + "nothing on it I could stand behind.)", mixpanel, GLOBEX));
        // idioms of not knowing; sources that say nothing of it
        assertEquals(Map.of("Globex", 1), counts("Globex passt. Bei Mixpanel habe ich ehrlich gesagt keinen Plan.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex convient. Sur Mixpanel, je suis dans le brouillard.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex convient. J'ai cherché Mixpanel, mais les articles que j'ai consultés "
                + "n'en disent rien.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex is prima. Mixpanel heb ik ook gezocht, maar geen van de bronnen noemt "
                + "het.", mixpanel, GLOBEX));
        // a section that goes on about the product is no phrase of giving up
        assertEquals(Map.of("Globex", 1, "Mixpanel", 1), counts("### Mixpanel\nDie beste Wahl für Ihre Produktanalysen mit "
                + "Funnels, Kohorten und Dashboards für das ganze Team. Ihr Praktikant hat den Export nicht gefunden.\n\n"
                + "### Globex\nEbenfalls gut.", mixpanel, GLOBEX));
        // a lower-case name as the whole bold label among bold labels; a deck made in a tool
        TrackedBrand folk = brand("Folk", List.of("folk CRM"), "folk.app");
        assertEquals(Map.of("Globex", 1, "Folk", 1), counts("- **Globex** for the pipeline.\n- **folk** for your list of "
                + "regular clients.", folk, GLOBEX));
        assertEquals(Map.of(), counts("- **folk** music on Fridays\n- jazz on Saturdays", folk));
        TrackedBrand pitch = brand("Pitch", List.of("Pitch.com"), "pitch.com");
        assertEquals(Map.of("Pitch", 1), counts("Put the agenda in a short deck made in Pitch and share the link.", pitch));
        assertEquals(Map.of(), counts("The old boat's hull was coated in pitch to keep it watertight.", pitch));
    }

    @Test
    void rules38ReadsTheQuestionEvokedTheSlightestIdeaAndASwedishPronounPointingBack() {
        TrackedBrand mixpanel = brand("Mixpanel", List.of(), "mixpanel.com");
        assertEquals(Map.of("Globex", 1), counts("Globex convient. Vous évoquiez aussi Mixpanel. Sur cet outil, je ne peux rien "
                + "vous dire de sûr.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("O Globex serve. Quanto ao Mixpanel, não faço a menor ideia do preço.", mixpanel,
                GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex räcker. **Och Mixpanel?** Där är jag ute och cyklar.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex räcker. Du frågade också om Mixpanel. Den har jag aldrig hört talas om.",
                mixpanel, GLOBEX));
        // "den" as an article in a clause about the product is no statement pointing back
        assertEquals(Map.of("Globex", 1, "Mixpanel", 1), counts("Globex räcker. Mixpanel visar trattar, men den nya "
                + "rapportvyn hittar praktikanten inte.", mixpanel, GLOBEX));
    }

    @Test
    void rules39ReadsMoreReportedQuestionsThinKnowledgeAndWordsAmongWords() {
        TrackedBrand mixpanel = brand("Mixpanel", List.of(), "mixpanel.com");
        assertEquals(Map.of("Globex", 1), counts("Globex convient.\n\n¹ Vous citiez aussi Mixpanel, qu'aime votre associé. Je n'ai "
                + "rien de fiable sur cet outil.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex va bene. Avevi indicato anche Mixpanel. Non lo conosco, purtroppo.",
                mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("O Globex serve. Perguntaram-me também pelo Mixpanel. Sobre essa ferramenta "
                + "não sei nada.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex is prima. Mixpanel noemde je ook. Wat ik erover weet is te mager om "
                + "iets te zeggen.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex convient. Sur Mixpanel, je n'ai guère de lumières.", mixpanel, GLOBEX));
        // abroad is not foreign to me; skipping it is advice
        TrackedBrand revolut = brand("Revolut", List.of(), "revolut.com");
        assertEquals(Map.of("Revolut", 1), counts("- **Revolut** : pratique si vous payez à l'étranger ; son support, en "
                + "revanche, m'inspire des doutes.", revolut));
        assertEquals(Map.of("Globex", 1, "Mixpanel", 1), counts("- **Globex**: prima.\n- **Mixpanel**: zou ik overslaan; te "
                + "duur voor jullie.", mixpanel, GLOBEX));
        // a word among lower-case words, a band in an apposition, a pack of tissues
        TrackedBrand kayak = brand("Kayak", List.of("KAYAK"), "kayak.com");
        assertEquals(Map.of(), counts("Kayak, level, radar and noon read the same both ways.", kayak));
        assertEquals(Map.of(), counts("Ze gaan naar Kayak, de Nederlandse rockband, in Utrecht.", kayak));
        TrackedBrand tempo = brand("Tempo", List.of("Tempo Timesheets"), "tempo.io");
        assertEquals(Map.of(), counts("Leg eine Packung Tempo neben die Tastatur.", tempo));
    }

    @Test
    void rules40ReadsASearchThatFoundNothingHavingNoSayAndToolsKeptInAName() {
        TrackedBrand mixpanel = brand("Mixpanel", List.of(), "mixpanel.com");
        assertEquals(Map.of("Globex", 1), counts("Globex passt. Meine Suche nach Mixpanel hat nichts ergeben.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("1. **Globex**: gut.\n2. **Mixpanel**: Da kann ich nicht mitreden.", mixpanel,
                GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex passt. Mixpanel hattet ihr ins Gespräch gebracht. Das Tool ist mir "
                + "fremd.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex is prima. Over Mixpanel ben ik onvoldoende ingelicht.", mixpanel, GLOBEX));
        TrackedBrand folk = brand("Folk", List.of("folk CRM"), "folk.app");
        assertEquals(Map.of("Folk", 1), counts("Rangez les contacts dans folk, avec la date du dernier appel.", folk));
        TrackedBrand kit = brand("Kit", List.of("ConvertKit"), "kit.com");
        assertEquals(Map.of(), counts("Die Arbeitsgruppe am KIT pflegt die Bibliothek.", kit));
    }

    @Test
    void rules41ReadsTheNameComingUpSourcesWithoutHitsAndOthersNotFindingThings() {
        TrackedBrand mixpanel = brand("Mixpanel", List.of(), "mixpanel.com");
        assertEquals(Map.of("Globex", 1), counts("Globex fits. Mixpanel came up in your question as well. It's a name I can't "
                + "attach any facts to.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex passt. Für Berichte fragten Sie nach Mixpanel. Dazu weiß ich nichts "
                + "Verlässliches.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex passt. Zu Mixpanel liefern die Quellen keinen einzigen Treffer.",
                mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex convient. Mixpanel reste une zone d'ombre pour moi.", mixpanel, GLOBEX));
        // other people not finding something in the product, and a negation that ends at a semicolon, are mentions
        assertEquals(Map.of("Globex", 1, "Mixpanel", 1), counts("Globex suits. A colleague says she can't find the export in "
                + "Mixpanel.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1, "Mixpanel", 1), counts("Globex passt. Ein Kollege hat in Mixpanel den Export nicht "
                + "gefunden.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1, "Mixpanel", 1), counts("Globex convient. **Mixpanel** : je ne vous le conseillerais "
                + "pas ; selon les avis consultés, le prix grimpe vite.", mixpanel, GLOBEX));
        // a gazetteer phrase does not run over a line's end
        TrackedBrand tier = brand("Tier", List.of("TIER"), "tier.app");
        assertEquals(Map.of("Tier", 1), counts("### TIER\nI monopattini si noleggiano dall'app.", tier));
    }

    @Test
    void rules41ReadsOrdinaryWordsInDialogueWeatherAndOtherThingsOfTheName() {
        TrackedBrand vale = brand("Vale", List.of(), "vale.app");
        assertEquals(Map.of(), counts("«¡Vale!» es lo que más oirás. Practica «vale» con tres tonos.", vale));
        assertEquals(Map.of(), counts("—¿Vienes al cine? —Vale.", vale));
        TrackedBrand mist = brand("Mist", List.of(), "mist.com");
        assertEquals(Map.of(), counts("Wenn du keinen Mist bekommst, nimm Kompost.", mist));
        assertEquals(Map.of(), counts("Mist trekt meestal rond de middag op.", mist));
        TrackedBrand loom = brand("Loom", List.of(), "loom.com");
        assertEquals(Map.of(), counts("The episode is about Loom, the 1990 LucasArts adventure.", loom));
        TrackedBrand zoom = brand("Zoom", List.of(), "zoom.us");
        assertEquals(Map.of(), counts("De school in Bergen op Zoom houdt de gesprekken online.", zoom));
        TrackedBrand spark = brand("Spark", List.of("Spark Mail"), "sparkmailapp.com");
        assertEquals(Map.of(), counts("Your broadband comes from Spark, the telecom company.", spark));
    }

    @Test
    void rules42ReadsTheNameInTheUsersMessageAndSourcesAndSearchesThatYieldedNothing() {
        TrackedBrand mixpanel = brand("Mixpanel", List.of(), "mixpanel.com");
        assertEquals(Map.of("Globex", 1), counts("Globex fits. Mixpanel was in your message as well, but I can't offer anything "
                + "on it.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex fits. Mixpanel, you wrote. Did you perhaps mean Matomo? The name "
                + "Mixpanel doesn't match anything I know.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex passt. Zu Mixpanel geben die gefundenen Berichte nichts her.",
                mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex past goed. Over Mixpanel leverde de zoektocht niets bruikbaars op.",
                mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex convient. Mixpanel ? Vous pensiez peut-être à Matomo ? Mixpanel, je le "
                + "connais trop mal pour le juger.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex serve. Você citou também o Mixpanel. Do Mixpanel eu não tenho "
                + "informação confiável.", mixpanel, GLOBEX));
    }

    @Test
    void rules42KeepsAdviceOthersNegationsQuotedSpeechAndTheNightAsMentions() {
        TrackedBrand mixpanel = brand("Mixpanel", List.of(), "mixpanel.com");
        // advice after a negation, with a word of knowing later in the sentence
        assertEquals(Map.of("Mixpanel", 1), counts("- **Mixpanel** tracks events, but I wouldn't use it here: your policy "
                + "requires reports in the firm's name.", mixpanel));
        assertEquals(Map.of("Mixpanel", 1), counts("- **Mixpanel**: für Berichte würde ich es nicht verwenden, die Belege kommen "
                + "in zehn Formaten.", mixpanel));
        // a question word before the word of knowing; the negation of someone addressed
        assertEquals(Map.of("Mixpanel", 1), counts("**Mixpanel** I wouldn't pick: it's made for product teams, which isn't how "
                + "shops find customers.", mixpanel));
        assertEquals(Map.of("Mixpanel", 1), counts("**Mixpanel** eu deixaria para depois: exige montar a estrutura de dados, e "
                + "isso exige horas que vocês não têm.", mixpanel));
        // someone's words quoted as an example, a hedge of what the user said, the night
        assertEquals(Map.of("Mixpanel", 1), counts("With four of you, Mixpanel keeps it tidy: leave notes (\"they want a chart "
                + "we don't know, can we build it?\") on each board.", mixpanel));
        assertEquals(Map.of("Mixpanel", 1), counts("- **Mixpanel** solo tendría sentido con una app, y por lo que me dice no es "
                + "el caso.", mixpanel));
        TrackedBrand tier = brand("Tier", List.of("TIER"), "tier.app");
        assertEquals(Map.of("Tier", 1), counts("### TIER\nDavon rate ich ab: im Dunkeln ist ein E-Scooter keine gute Idee.", tier));
    }

    @Test
    void rules42ReadsOtherThingsOfTheName() {
        TrackedBrand close = brand("Close", List.of("Close CRM"), "close.com");
        assertEquals(Map.of(), counts("**Next steps.** Close contacts with two doses are protected.", close));
        TrackedBrand pitch = brand("Pitch", List.of(), "pitch.com");
        assertEquals(Map.of(), counts("The beeps change in pitch, from low rumbles to high whistles.", pitch));
        TrackedBrand tier = brand("Tier", List.of("TIER"), "tier.app");
        assertEquals(Map.of(), counts("Fragen Sie, welche Unterlagen für Ihr Tier gelten.", tier));
        TrackedBrand lime = brand("Lime", List.of(), "li.me");
        assertEquals(Map.of(), counts("Viele Abschnitte des Limes sind als Bodendenkmal geschützt.", lime));
        TrackedBrand hopper = brand("Hopper", List.of(), "hopper.com");
        assertEquals(Map.of(), counts("With the Hopper fare, a second bus within the hour is free.", hopper));
        TrackedBrand vale = brand("Vale", List.of(), "vale.sh");
        assertEquals(Map.of(), counts("Name Vale, the Brazilian mining company, in full on first use.", vale));
    }

    @Test
    void rules43ReadsCalloutsGuessesOtherNamesAndIdiomsOfNotKnowing() {
        TrackedBrand mixpanel = brand("Mixpanel", List.of("Mixpanel Analytics"), "mixpanel.com");
        assertEquals(Map.of("Globex", 1), counts("Globex fits.\n\n> ⚠️ **Not covered:** Mixpanel. I don't have information on it "
                + "that I'd trust.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex fits. You asked whether Mixpanel would do. It may be a newer tool than "
                + "the ones I know well; I have nothing reliable on it.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex past. Mixpanel Analytics noemden jullie ook. Bedoelen jullie misschien "
                + "Matomo? Mixpanel zelf ken ik niet.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex passt. Sie schrieben außerdem Mixpanel. Meinen Sie womöglich Matomo? "
                + "Dazu liegen mir keine Angaben vor.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex convient. (Quant à Mixpanel, c'est le brouillard complet pour moi.)",
                mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex passar. Mixpanel lyser med sin frånvaro i källorna, så där har jag "
                + "inget att gå på.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex sirve. Mixpanel no lo tengo controlado, así que hablo de los otros.",
                mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("| Globex | goed |\n| Mixpanel | Daar heb ik het raden naar |", mixpanel, GLOBEX));
    }

    @Test
    void rules43ReadsGermanNounsAfterAdjectivesAndOtherThingsOfTheName() {
        TrackedBrand mist = brand("Mist", List.of(), "mist.com");
        assertEquals(Map.of(), counts("Für die Beete gilt: Frischen Mist nie direkt an die Pflanzen geben.", mist));
        assertEquals(Map.of(), counts("Die Kette reißt beim ersten schweren Mist.", mist));
        TrackedBrand spark = brand("Spark", List.of("Spark Mail"), "sparkmailapp.com");
        assertEquals(Map.of(), counts("The job runs on Apache Spark; open the Spark UI to find the slow stage.", spark));
        TrackedBrand zoom = brand("Zoom", List.of(), "zoom.us");
        assertEquals(Map.of(), counts("En tu tienda las Nike Zoom se venden mejor si el cliente las prueba.", zoom));
        TrackedBrand loom = brand("Loom", List.of(), "loom.com");
        assertEquals(Map.of(), counts("De Lloyd Loom-stoelen zijn het paradepaardje van de werkplaats.", loom));
        TrackedBrand pitch = brand("Pitch", List.of(), "pitch.com");
        assertEquals(Map.of(), counts("Le concurrent en rayon est Pitch, la brioche fourrée de Pasquier.", pitch));
    }

    @Test
    void rules44ReadsLightShedHoldingBackAndTheSecondHalfOfAFrenchNegation() {
        TrackedBrand mixpanel = brand("Mixpanel", List.of(), "mixpanel.com");
        assertEquals(Map.of("Globex", 1), counts("Globex fits.\n\n> 📋 **Left out:** Mixpanel. I can't shed any light on it.",
                mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex passt. Zu Mixpanel muss ich mich zurückhalten.", mixpanel, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex convient. Je n'ai aucune info sérieuse sur Mixpanel.", mixpanel, GLOBEX));
        // advice: the verb of using between "ne" and "pas"
        assertEquals(Map.of("Mixpanel", 1), counts("| Mixpanel | Connu de tous ; je ne l'utiliserais pas pour vos rapports |",
                mixpanel));
        TrackedBrand mist = brand("Mist", List.of(), "mist.com");
        assertEquals(Map.of(), counts("Wer das einmal gezeigt bekommt, erspart sich viel Mist bei der Abnahme.", mist));
        assertEquals(Map.of(), counts("- Mist lies thickest in the first hour after sunrise.", mist));
        TrackedBrand pitch = brand("Pitch", List.of(), "pitch.com");
        assertEquals(Map.of(), counts("Promote the Pitch & Putt Sundays with a poster series.", pitch));
        TrackedBrand monday = brand("Monday", List.of("monday.com"), "monday.com");
        assertEquals(Map.of(), counts("In your shop, Cheap Monday jeans still sell well.", monday));
    }

    @Test
    void rules45ReadsALabelWithAShortPhraseThenAStatementAndTheOrdinaryWordsItMissed() {
        TrackedBrand vimeo = brand("Vimeo", List.of(), "vimeo.com");
        // a list item's or a callout's note: a short phrase of the answer about itself, then the statement
        assertEquals(Map.of("Globex", 1), counts("1. **Globex**: solid.\n2. **Vimeo**: I must bow out here. I have no reliable "
                + "details on it, so it is not ranked.", vimeo, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex passt.\n\n> 💡 **Zu Vimeo:** Da muss ich leider passen. Belastbare "
                + "Angaben zu diesem Dienst habe ich nicht.", vimeo, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex passar.\n\n> **Om Vimeo:** det är rena grekiskan för mig.", vimeo, GLOBEX));
        // not a note about the product, nor a statement that does not open the next sentence
        assertEquals(Map.of("Vimeo", 1), counts("- **Vimeo**: I'd pass. It is neat, but your editor couldn't find the "
                + "embed code.", vimeo));
        assertEquals(Map.of("Vimeo", 1), counts("- **Vimeo**: I use it daily. I don't know a better host.", vimeo));
        // too new or too small to know
        assertEquals(Map.of("Globex", 1), counts("Globex convient. Vimeo est peut-être un service trop récent pour que j'en "
                + "aie une trace fiable ; je ne le note donc pas.", vimeo, GLOBEX));
        // "turns into" is becoming, not a search turning up nothing; "beantwoordt" is a team's verb, not the answer's
        assertEquals(Map.of("Vimeo", 1), counts("- **Vimeo**: strong, but I'd hold off: nobody keeps the library tidy, and it "
                + "turns into a mess.", vimeo));
        assertEquals(Map.of("Vimeo", 1), counts("**Vimeo** zou ik niet nemen: het is voor makers, niet voor een team dat samen "
                + "mail beantwoordt.", vimeo));
        TrackedBrand copper = brand("Copper", List.of("Copper CRM"), "copper.com");
        assertEquals(Map.of(), counts("Copper theft from rail lines keeps rising.", copper));
        assertEquals(Map.of(), counts("Copper prices drive the break-ins at the depot.", copper));
        TrackedBrand mist = brand("Mist", List.of(), "mist.com");
        assertEquals(Map.of(), counts("- Mist mit reichlich Stroh gut abdecken.", mist));
        assertEquals(Map.of(), counts("Mist komt hier in de winter vaak 's avonds op.", mist));
        // without cookies is the product's privacy, not a note that nothing was read about it (a trigger word, "nooit",
        // opens the gate, so the note is judged)
        assertEquals(Map.of("Vimeo", 1), counts("- **Vimeo**: rustig en zonder cookies, genoeg voor de gelezen artikelen; nooit "
                + "traag.", vimeo));
    }

    @Test
    void rules46ReadsGivingUpAbstainingAndTheQuestionNamedThenTheWordsGlossedAndFronted() {
        TrackedBrand vimeo = brand("Vimeo", List.of(), "vimeo.com");
        assertEquals(Map.of("Globex", 1), counts("1. **Globex**: solido.\n2. **Vimeo**: qui sventolo bandiera bianca. Non ho dati "
                + "affidabili su questo servizio.", vimeo, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex works. I'll hold back on Vimeo. I lack reliable details on it, so it "
                + "is not ranked.", vimeo, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex works.\n\n### Vimeo\nAnything I said would be a shot in the dark with "
                + "Vimeo. I have no reliable information on it.", vimeo, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex passt. Sie nennen noch Vimeo. Meinen Sie vielleicht Wistia? Vimeo ist "
                + "mir jedenfalls fremd, verlässliche Angaben dazu fehlen mir.", vimeo, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex serve. Referem também o Vimeo. Não estariam a pensar no Wistia? Do Vimeo "
                + "não sei nada e não tenho dados fiáveis.", vimeo, GLOBEX));
        TrackedBrand folk = brand("Folk", List.of("folk CRM"), "folk.app");
        assertEquals(Map.of("Folk", 1), counts("Per i contatti con i fornitori la cantina usa folk:\n- un gruppo per fiera.", folk));
        TrackedBrand framer = brand("Framer", List.of(), "framer.com");
        assertEquals(Map.of("Framer", 1), counts("The gallery's microsite is built in Framer: one page per painting.", framer));
        TrackedBrand copper = brand("Copper", List.of("Copper CRM"), "copper.com");
        assertEquals(Map.of(), counts("Copper sprays go on before the rain.", copper));
        TrackedBrand zoom = brand("Zoom", List.of(), "zoom.us");
        assertEquals(Map.of(), counts("Nimm ein Objektiv mit Zoom von 24 bis 105 Millimetern.", zoom));
        TrackedBrand mist = brand("Mist", List.of(), "mist.com");
        assertEquals(Map.of(), counts("Mist ist es erst, wenn der Fehler zweimal passiert.", mist));
        TrackedBrand vale = brand("Vale", List.of(), "vale.sh");
        assertEquals(Map.of(), counts("Roman letters end with «Vale», that is «farewell». Close yours with «Vale» too.", vale));
        // a look-alike's bare name owning something later on its line is the look-alike; the product's own words keep it
        TrackedBrand hopper = brand("Hopper", List.of(), "hopper.com");
        assertEquals(Map.of("Globex", 1, "Hopper", 1), counts("The talk is on Edward Hopper; Hopper's diners fill the slides.\n"
                + "- **Globex** for the train.\n- **Hopper** for the hotel.", hopper, GLOBEX));
        assertEquals(1, extractor.extract("The talk is on Edward Hopper; Hopper's diners fill the slides.\n- **Globex** for the "
                + "train.\n- **Hopper** for the hotel.", List.of(hopper, GLOBEX)).stream()
                .filter(m -> m.brandId().equals(GLOBEX.id())).findFirst().orElseThrow().position());
        TrackedBrand mistBrand = brand("Mist", List.of(), "mist.com");
        assertEquals(Map.of("Mist", 1), counts("The film night shows *The Mist*; Mist's dashboard shows the booth's access point.",
                mistBrand));
    }

    @Test
    void rules47ReadsQuestionLabelsKnowledgeGapsLaymenAndContrastsOfPurpose() {
        TrackedBrand vimeo = brand("Vimeo", List.of(), "vimeo.com");
        assertEquals(Map.of("Globex", 1), counts("Globex works.\n\n> **Hosting the films on Vimeo?** That one is beyond me, honestly. I "
                + "have no reliable information on it.", vimeo, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex convient.\n\n> **Et Vimeo ?** Là, je cale. Je n'ai aucune information "
                + "fiable sur ce service.", vimeo, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex passt.\n\n> **Vimeo:** Da habe ich eine Wissenslücke. Belastbare "
                + "Angaben dazu habe ich nicht.", vimeo, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("| Globex | Ja |\n| Vimeo | Sou leiga nesse serviço: nada confiável a dizer |",
                vimeo, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("1. **Globex** – bra.\n2. **Vimeo** – om det har jag inte hum: inga tillförlitliga "
                + "uppgifter.", vimeo, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex works. Vimeo I'll leave to one side; I know nothing reliable about it.",
                vimeo, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex works. (Vimeo isn't here: I haven't a clear picture of it.)", vimeo, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex passt. Sie schreiben noch Vimeo. Meinen Sie Wistia? Vimeo kenne ich "
                + "nicht, verlässliche Angaben fehlen mir.", vimeo, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex convient. Tu cites aussi Vimeo. Tu penses peut-être à Wistia ? Vimeo, en "
                + "tout cas, m'est inconnu.", vimeo, GLOBEX));
        // a purpose set against another is no statement of not knowing
        assertEquals(Map.of("Vimeo", 1), counts("**Vimeo** : je le garderais pour les rushes, pas pour les clients, qui veulent "
                + "un outil que tout le monde connaît.", vimeo));
        TrackedBrand folk = brand("Folk", List.of("folk CRM"), "folk.app");
        assertEquals(Map.of("Folk", 1), counts("För kunderna använder ni folk, CRM-verktyget, för kontaktuppgifter.", folk));
        // a heading over a section that says what the product does, then what someone cannot find in it
        assertEquals(Map.of("Vimeo", 1), counts("## Vimeo\nWorks well for the festival trailers. Your editor can't find the "
                + "embed code; it sits under Share.", vimeo));
    }

    @Test
    void rules48ReadsLeavingAloneGuessingLabelsListsAndNotesOfPurposeThenVehiclesMinersAndInfinitives() {
        TrackedBrand vimeo = brand("Vimeo", List.of(), "vimeo.com");
        assertEquals(Map.of("Globex", 1), counts("Globex works. Vimeo I'll leave alone. I'd only be guessing about it, as I have "
                + "nothing reliable on the service.", vimeo, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex works.\n\n> **Vimeo:** It might be a regional or very young service that "
                + "my training barely covers. Either way I have no reliable details on it.", vimeo, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("| Globex | Sí | Sí |\n| Vimeo | — | Me pillas en fuera de juego; nada fiable |",
                vimeo, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex va bene. Nel tuo elenco compare anche Vimeo. Forse pensavi a Wistia? Vimeo "
                + "non lo conosco e non ho dati affidabili.", vimeo, GLOBEX));
        // a note of what the product is fit for is no note of not knowing; one of the answer's is
        assertEquals(Map.of("Globex", 1, "Vimeo", 1), counts("| Globex | Ja |\n| Vimeo | Gut für Vorträge | Unklar für Schulen |",
                vimeo, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("| Globex | Ja |\n| Vimeo | Unbekannt für mich |", vimeo, GLOBEX));
        TrackedBrand lime = brand("Lime", List.of(), "li.me");
        assertEquals(Map.of("Lime", 1), counts("The garden wall needs lime render. Lime scooters wait by the gate.", lime));
        TrackedBrand vale = brand("Vale", List.of(), "vale.sh");
        assertEquals(Map.of(), counts("O relatório fala da mineradora Vale e das barragens.", vale));
        assertEquals(Map.of(), counts("Muitos pais ainda têm dúvidas. Vale lembrar que a inscrição é gratuita.", vale));
        TrackedBrand arc = brand("Arc", List.of("Arc Browser"), "arc.net");
        assertEquals(Map.of(), counts("La boutique vend des verres Arc et de la faïence.", arc));
    }

    @Test
    void rules49ReadsWritingsPitchDarkFineAndCoarseAddingHeadingsAndFolkAsACrmThenPrintsNicknamesAndShops() {
        TrackedBrand vimeo = brand("Vimeo", List.of(), "vimeo.com");
        assertEquals(Map.of("Globex", 1), counts("Globex works. You also typed Vimeo. Could you mean Wistia? Vimeo itself I can't "
                + "vouch for; I have nothing reliable on it.", vimeo, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("1. **Globex** – bene.\n2. **Vimeo** – buio pesto: nessuna informazione affidabile.",
                vimeo, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex werkt. Over Vimeo weet ik het fijne noch het grove, dus die sla ik over.",
                vimeo, GLOBEX));
        // a heading answered by what the product is, then advice against adding it: the product, not a statement
        assertEquals(Map.of("Globex", 1, "Vimeo", 1), counts("### Globex\nGut.\n\n### Vimeo\nEine Plattform für Videos mit "
                + "Kapiteln. Für zwei Clips im Jahr lohnt sie kaum; ich würde sie nicht einführen.", vimeo, GLOBEX));
        assertEquals(Map.of("Globex", 1, "Vimeo", 1), counts("- **Globex** som bas.\n- **Vimeo** skulle jag inte lägga till: "
                + "det finns redan ett, och ett konto till blir bara mer att hålla reda på.", vimeo, GLOBEX));
        assertEquals(Map.of("Globex", 1, "Vimeo", 1), counts("- **Globex**: goed.\n- **Vimeo**: snel, maar voor leden te "
                + "onbekend; ik zou het niet kiezen.", vimeo, GLOBEX));
        assertEquals(Map.of("Globex", 1, "Vimeo", 1), counts("| Globex | Ja | Ja |\n| Vimeo | Ja | Så vitt jag vet inte för "
                + "föreningar |", vimeo, GLOBEX));
        TrackedBrand folk = brand("Folk", List.of("folk CRM"), "folk.app");
        assertEquals(Map.of("Folk", 1), counts("Für die Stammkunden reicht folk: eine Gruppe je Laden.", folk));
        assertEquals(Map.of("Folk", 1), counts("För föreningen fungerar folk som ett enkelt CRM.", folk));
        assertEquals(Map.of("Folk", 1), counts("Beim Konzert spielt Irish Folk. Für die Adressen reicht folk: eine Liste.", folk));
        TrackedBrand front = brand("Front", List.of("Front App"), "front.com");
        assertEquals(Map.of("Front", 1), counts("Il front office è pieno.\n\nFront risolve proprio questo.", front));
        TrackedBrand hopper = brand("Hopper", List.of(), "hopper.com");
        assertEquals(Map.of(), counts("The lobby has a Hopper print above the desk.", hopper));
        TrackedBrand vale = brand("Vale", List.of(), "vale.sh");
        assertEquals(Map.of(), counts("I tifosi cercano la casa del \"Vale\", Valentino Rossi, in paese.", vale));
        TrackedBrand tempo = brand("Tempo", List.of("Tempo Timesheets"), "tempo.io");
        assertEquals(Map.of(), counts("Närmaste butik är Tempo vid torget.", tempo));
        TrackedBrand mist = brand("Mist", List.of(), "mist.com");
        assertEquals(Map.of(), counts("Für die Rosen nimmt man gut verrotteten Mist im Herbst.", mist));
        TrackedBrand framer = brand("Framer", List.of(), "framer.com");
        assertEquals(Map.of("Framer", 1), counts("The event page for members can be built in Framer: one section per race.", framer));
    }

    @Test
    void rules50ReadsMapsBeansNeedsAndColonsThenTipTitlesAndLookAlikes() {
        TrackedBrand vimeo = brand("Vimeo", List.of(), "vimeo.com");
        assertEquals(Map.of("Globex", 1), counts("Globex works (Vimeo I'll set aside, it's simply not on my map).", vimeo, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex passt (Vimeo lasse ich weg, davon verstehe ich nicht die Bohne).", vimeo,
                GLOBEX));
        // not needed is a judgement of use; a list item's note ends at a colon after which the answer no longer speaks of
        // itself
        assertEquals(Map.of("Globex", 1, "Vimeo", 1), counts("### Globex\nGoed.\n\n### Clips: Vimeo\nNiet nodig, vind ik: voor "
                + "drie filmpjes per jaar is een gedeelde map genoeg.", vimeo, GLOBEX));
        assertEquals(Map.of("Globex", 1, "Vimeo", 1), counts("- **Globex** for the clips.\n- **Vimeo** I wouldn't use here at "
                + "all: it hosts films, and a club with three clips a year gains nothing from it.", vimeo, GLOBEX));
        TrackedBrand tempo = brand("Tempo", List.of("Tempo Timesheets"), "tempo.io");
        assertEquals(Map.of(), counts("Three tips:\n\n1. **Tempo.** Let the leader set the tempo before the first bar.\n2. "
                + "**Breathing.** Mark the breaths.\n\nWant a rehearsal template?", tempo));
        assertEquals(Map.of(), counts("1. **Tempo halten.** Die Tenöre verschleppen gern das Tempo.\n2. **Atmen.** Gemeinsam.",
                tempo));
        TrackedBrand sketch = brand("Sketch", List.of(), "sketch.com");
        assertEquals(Map.of("Sketch", 1), counts("The dinner is at Sketch in Mayfair. For the menu card, Sketch works.", sketch));
        TrackedBrand zoom = brand("Zoom", List.of("Zoom Workplace"), "zoom.us");
        assertEquals(Map.of(), counts("The practice offers Philips Zoom whitening on Fridays.", zoom));
        TrackedBrand lime = brand("Lime", List.of(), "li.me");
        assertEquals(Map.of(), counts("Het museum toont vondsten langs de Limes bij Utrecht.", lime));
        TrackedBrand vale = brand("Vale", List.of(), "vale.sh");
        assertEquals(Map.of(), counts("O relatório é para a Vale, a mineradora, e sai em março.", vale));
    }

    @Test
    void rules51ReadsPassingLeavingOutAndNotesOfUseThenGlossesBandsAndLookAlikes() {
        TrackedBrand vimeo = brand("Vimeo", List.of(), "vimeo.com");
        assertEquals(Map.of("Globex", 1), counts("1. **Globex** – prima.\n2. **Vimeo** – hier moet ik passen: geen flauw idee "
                + "wat het doet.", vimeo, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex works.¹\n\n¹ Vimeo is not part of this comparison. I lack reliable "
                + "details about it.", vimeo, GLOBEX));
        assertEquals(Map.of("Globex", 1), counts("Globex passt.¹\n\n¹ Vimeo habe ich nicht aufgenommen. Darüber liegen mir keine "
                + "gesicherten Kenntnisse vor.", vimeo, GLOBEX));
        // not buying is a judgement of use; a negation of choosing starts no statement the rest of the sentence finishes
        assertEquals(Map.of("Globex", 1, "Vimeo", 1), counts("**Globex** passar.\n\n**Vimeo** skulle jag inte köpa för detta: "
                + "det är byggt för apputveckling, och du gör tryckt material.", vimeo, GLOBEX));
        assertEquals(1, counts("**Globex** va bene.\n\n**Attio** non lo sceglierei (e Vimeo lo escludo del tutto, perché non "
                + "lo conosco e non ho dati affidabili): costa troppo.", vimeo, GLOBEX, brand("Attio", List.of(), "attio.com"))
                .get("Attio"));
        TrackedBrand vale = brand("Vale", List.of(), "vale.sh");
        assertEquals(Map.of(), counts("In paese ricordano quando Vale, cioè Valentino Rossi, passò di qui.", vale));
        TrackedBrand kayak = brand("Kayak", List.of("KAYAK"), "kayak.com");
        assertEquals(Map.of(), counts("O diretor gosta da banda holandesa Kayak e quer ir ao concerto.", kayak));
        TrackedBrand zoom = brand("Zoom", List.of("Zoom Workplace"), "zoom.us");
        assertEquals(Map.of(), counts("The kiosk still sells the Zoom ice lolly.", zoom));
        TrackedBrand heap = brand("Heap", List.of(), "heap.io");
        assertEquals(Map.of(), counts("The puzzle is Heap's algorithm done by hand.", heap));
        TrackedBrand framer = brand("Framer", List.of(), "framer.com");
        assertEquals(Map.of(), counts("Players must find the page before the Framers sign.", framer));
    }

    @Test
    void readsALowerCaseBrandHeadingABoldParagraphAsTheName() {
        TrackedBrand folk = brand("Folk", List.of("folk CRM"), "folk.app");
        assertEquals(Map.of("Folk", 1), counts("**folk** — le plus simple pour garder le contact avec vos anciens clients.", folk));
        assertEquals(Map.of(), counts("**folk music** is what the festival books most.", folk));
        assertEquals(Map.of(), counts("The fair sells **folk** art and ceramics.", folk));
    }

    /**
     * rules-23: the families of not knowing widened from the languages themselves (knowing and having come across in
     * every tense, a search that found nothing, sources and training data, idioms of ignorance, lack of expertise,
     * cannot for lack of data, knowing only the name), own sentences in each of the eight languages.
     */
    @Test
    void readsTheWidenedFamiliesOfNotKnowingInEveryLanguage() {
        for (String absence : List.of(
                "Hooli rings no bell for me, so I can't compare it.",
                "The name Hooli means nothing to me.",
                "Hooli is outside my expertise, I'm afraid.",
                "Honestly, Hooli is beyond me.",
                "I searched for Hooli in vain.",
                "My search for Hooli turned up nothing.",
                "I looked for Hooli, to no avail.",
                "My training data doesn't extend to Hooli.",
                "I've never come across Hooli.",
                "I haven't come across Hooli before.",
                "I have no expertise on Hooli.",
                "I'm stumped by Hooli; I can't place it.",
                "Hooli is not my field, so I'll skip it.",
                "I'm out of my depth with Hooli.",
                "I haven't the foggiest what Hooli does.",
                "Hooli is a riddle to me.",
                "I can't vouch for Hooli either way.",
                "My look-up of Hooli was fruitless.",
                "I can't speak to Hooli's pricing.",
                "I don't recognise Hooli as a CRM.",
                "My knowledge base doesn't cover Hooli.",
                "I only know the name Hooli from your question.",
                "The name Hooli doesn't tell me anything.",
                "I can't rank Hooli because I have no data on it.",
                "I have no background on Hooli, so I can't help with it.",
                "Hooli isn't in my knowledge base.",
                "I'm not familiar with Hooli at all.",
                "My sources are silent on Hooli.",
                "The pages you linked don't mention Hooli.",
                "I'm not up to speed on Hooli.",
                "Hooli goes over my head, I'm afraid.",
                "I had no luck finding Hooli.",
                "My search for Hooli hit a dead end.",
                "Hooli probably postdates my knowledge cutoff.",
                "I'm no expert on Hooli.",
                "My sources don't include Hooli.",
                "The documents you provided don't cover Hooli.",
                "The links you gave say nothing about Hooli.",
                "Hooli isn't in my training data.",
                "I can't include Hooli in the ranking because I know nothing about it.",
                "I'd rather not score Hooli without any data.",
                "Nothing came up when I looked up Hooli.",
                "My search returned no results for Hooli.",
                "I checked for Hooli but found no trace of it.",
                "Hooli doesn't mean anything to me.",
                "I'm at a loss regarding Hooli.",
                "I can't place Hooli.",
                "I never knew of Hooli before your question.",
                "I hadn't heard of Hooli until now.",
                "I wouldn't be able to identify Hooli.",
                "I was unable to dig up anything on Hooli.",
                "I couldn't dig up anything about Hooli.",
                "I can't recommend Hooli one way or the other, since I know nothing about it.",
                "Hooli is a complete unknown to me.",
                "I'm in no position to judge Hooli.",
                "Hooli falls outside what I've been trained on.",
                "There's nothing about Hooli in what I was given.",
                "I'm not across Hooli, unfortunately.",
                "Hooli doesn't feature anywhere in my knowledge.",
                "My lookup for Hooli drew zero results.",
                "Hooli sagt mir nichts.",
                "Bei Hooli muss ich passen.",
                "Hooli ist für mich ein böhmisches Dorf.",
                "Meine Suche nach Hooli blieb vergeblich.",
                "Auf Hooli bin ich noch nie gestoßen.",
                "Hooli ist mir noch nie untergekommen.",
                "Meine Trainingsdaten decken Hooli nicht ab.",
                "Zu Hooli fehlt mir die Fachkenntnis.",
                "Hooli liegt außerhalb meines Fachgebiets.",
                "Für Hooli kann ich mich nicht verbürgen, dazu weiß ich zu wenig.",
                "Bei Hooli bin ich überfragt.",
                "Hooli ist nicht mein Fachgebiet.",
                "Meine Recherche zu Hooli verlief im Sande.",
                "Ich habe nach Hooli gesucht: Fehlanzeige.",
                "Den Namen Hooli kenne ich nur aus Ihrer Frage.",
                "Zu Hooli kann ich mangels Daten nichts sagen.",
                "Meine Quellen schweigen zu Hooli.",
                "Hooli ist mir völlig fremd.",
                "Bei Hooli stehe ich auf dem Schlauch.",
                "Zu Hooli habe ich keine Peilung.",
                "Bei Hooli bin ich nicht im Bilde.",
                "Meine Quellen erwähnen Hooli nicht.",
                "Die mitgeschickten Dokumente gehen auf Hooli nicht ein.",
                "Hooli ist in meinen Trainingsdaten nicht enthalten.",
                "Hooli kann ich mangels Wissen nicht in die Rangliste aufnehmen.",
                "Zu Hooli ergab meine Suche keine Treffer.",
                "Von Hooli habe ich noch nie etwas gehört.",
                "Hooli kann ich nicht einordnen.",
                "Hooli kannte ich bisher nicht.",
                "Von Hooli wusste ich bisher nichts.",
                "Hooli hätte ich nicht einordnen können.",
                "Über Hooli konnte ich nichts in Erfahrung bringen.",
                "Hooli ist mir kein Begriff, daher kann ich es nicht empfehlen.",
                "Ich bin nicht in der Lage, Hooli zu beurteilen.",
                "Zu Hooli liegen mir keinerlei Informationen vor.",
                "Über Hooli schweigen sich meine Quellen aus.",
                "Mit Hooli habe ich mich nie befasst.",
                "Hooli ist für mich ein unbeschriebenes Blatt.",
                "Hooli ne me dit rien.",
                "Sur Hooli, je cale.",
                "Hooli, ça me dépasse.",
                "Hooli, ce n'est pas mon rayon.",
                "Ma recherche sur Hooli est restée infructueuse.",
                "J'ai cherché Hooli en vain.",
                "Je ne suis jamais tombé sur Hooli.",
                "Mes données d'entraînement ne couvrent pas Hooli.",
                "Je n'ai aucune compétence sur Hooli.",
                "Hooli, c'est de l'hébreu pour moi.",
                "Je suis revenu bredouille de ma recherche sur Hooli.",
                "Je n'ai jamais entendu parler de Hooli.",
                "Je ne connais le nom Hooli que par votre question.",
                "Faute de données, je ne peux pas classer Hooli.",
                "Mes sources sont muettes sur Hooli.",
                "Je ne suis pas familier de Hooli.",
                "Sur Hooli, je ne suis pas au parfum.",
                "Je ne suis pas calé sur Hooli.",
                "Mes sources ne mentionnent pas Hooli.",
                "Les documents fournis n'abordent pas Hooli.",
                "Hooli ne figure pas dans mes données d'entraînement.",
                "Je ne peux pas classer Hooli faute d'informations.",
                "Ma recherche sur Hooli n'a rien donné.",
                "Hooli ne m'évoque rien.",
                "Je suis incapable de situer Hooli.",
                "Je ne connaissais pas Hooli avant votre question.",
                "Je ne savais rien de Hooli.",
                "Je n'aurais pas su situer Hooli.",
                "Je n'ai rien pu dénicher sur Hooli.",
                "Je ne suis pas en mesure d'évaluer Hooli.",
                "Je ne dispose d'aucune donnée sur Hooli.",
                "Hooli m'est totalement inconnu.",
                "Mes sources restent muettes au sujet de Hooli.",
                "Hooli n'évoque rien pour moi.",
                "Hooli no me suena de nada.",
                "Hooli me suena a chino.",
                "Busqué Hooli en vano.",
                "Mi búsqueda de Hooli fue infructuosa.",
                "Nunca me he topado con Hooli.",
                "No he oído hablar de Hooli.",
                "Mis datos de entrenamiento no cubren Hooli.",
                "Hooli no es mi campo.",
                "Sobre Hooli no tengo ni pajolera idea.",
                "Hooli está fuera de mi alcance.",
                "No me consta nada de Hooli.",
                "No sabría ubicar Hooli.",
                "Carezco de datos sobre Hooli.",
                "Solo conozco el nombre Hooli por tu pregunta.",
                "No puedo valorar Hooli por falta de datos.",
                "Mis fuentes callan sobre Hooli.",
                "No estoy familiarizado con Hooli.",
                "De Hooli no sé ni papa.",
                "No estoy puesto en Hooli.",
                "Mis fuentes no mencionan Hooli.",
                "Los documentos proporcionados no tratan Hooli.",
                "Hooli no figura en mis datos de entrenamiento.",
                "No puedo incluir Hooli en el ranking porque no lo conozco.",
                "Mi búsqueda de Hooli no arrojó resultados.",
                "Hooli no me dice absolutamente nada.",
                "No logro ubicar Hooli.",
                "No conocía Hooli hasta ahora.",
                "No sabía nada de Hooli.",
                "No habría sabido ubicar Hooli.",
                "No he podido averiguar nada sobre Hooli.",
                "No estoy en condiciones de valorar Hooli.",
                "No dispongo de información sobre Hooli.",
                "Hooli me resulta totalmente desconocido.",
                "Hooli no figura en ninguna de mis fuentes.",
                "Hooli es un completo desconocido para mí.",
                "Hooli non mi dice nulla.",
                "Su Hooli non ho la più pallida idea.",
                "Per me Hooli è arabo.",
                "Ho cercato Hooli invano.",
                "Cercando Hooli ho fatto un buco nell'acqua.",
                "Non mi sono mai imbattuto in Hooli.",
                "Non ho competenze su Hooli.",
                "Hooli esula dalle mie competenze.",
                "Non saprei inquadrare Hooli.",
                "Su Hooli io brancolo nel buio.",
                "I miei dati di addestramento non coprono Hooli.",
                "Hooli non mi risulta.",
                "Boh, Hooli non lo conosco.",
                "Conosco il nome Hooli solo dalla tua domanda.",
                "Non posso valutare Hooli per mancanza di dati.",
                "Le mie fonti tacciono su Hooli.",
                "Non ho dimestichezza con Hooli.",
                "Su Hooli sono all'oscuro di tutto, non ne so niente.",
                "Non sono ferrato su Hooli.",
                "Le mie fonti non menzionano Hooli.",
                "I documenti forniti non trattano Hooli.",
                "Hooli non compare nei miei dati di addestramento.",
                "Non posso inserire Hooli in classifica perché non lo conosco.",
                "La mia ricerca su Hooli non ha dato risultati.",
                "Non riesco a inquadrare Hooli.",
                "La mia ricerca su Hooli è stata vana.",
                "Nelle nostre fonti Hooli non compare.",
                "Non conoscevo Hooli finora.",
                "Di Hooli non sapevo nulla.",
                "Non avrei saputo inquadrare Hooli.",
                "Non sono riuscito a reperire nulla su Hooli.",
                "Non sono in grado di valutare Hooli.",
                "Non dispongo di informazioni su Hooli.",
                "Hooli mi è del tutto sconosciuto.",
                "Hooli per me è un'incognita.",
                "Le fonti che mi hai dato non parlano di Hooli.",
                "Non sono in grado di dire nulla su Hooli.",
                "Hooli não me diz nada.",
                "Nunca ouvi falar de Hooli.",
                "Não tenho elementos sobre Hooli.",
                "Procurei Hooli em vão.",
                "A minha pesquisa sobre Hooli foi infrutífera.",
                "Hooli não é a minha área.",
                "Hooli é grego para mim.",
                "Nunca me deparei com Hooli.",
                "Os meus dados de treino não cobrem Hooli.",
                "Não estou a par do Hooli.",
                "Hooli? Nem ideia.",
                "Só conheço o nome Hooli pela sua pergunta.",
                "Não consigo avaliar Hooli por falta de dados.",
                "As minhas fontes silenciam sobre Hooli.",
                "Desconheço Hooli por completo.",
                "Sobre Hooli não sei patavina.",
                "Não estou ao corrente do Hooli.",
                "As minhas fontes não mencionam Hooli.",
                "Os documentos fornecidos não abordam Hooli.",
                "Hooli não consta dos meus dados de treino.",
                "Não posso incluir Hooli no ranking porque não o conheço.",
                "A minha pesquisa sobre Hooli não deu resultados.",
                "Não consigo situar Hooli.",
                "Não conhecia Hooli até agora.",
                "Não sabia nada sobre Hooli.",
                "Não saberia situar Hooli.",
                "Não consegui apurar nada sobre Hooli.",
                "Não estou em condições de avaliar Hooli.",
                "Não disponho de informações sobre Hooli.",
                "Hooli é-me totalmente desconhecido.",
                "Hooli é um completo desconhecido para mim.",
                "As fontes que me deu não falam de Hooli.",
                "Hooli zegt me niets.",
                "Over Hooli heb ik geen flauw idee.",
                "Van Hooli heb ik geen kaas gegeten.",
                "Ik heb tevergeefs naar Hooli gezocht.",
                "Mijn zoektocht naar Hooli leverde niets op.",
                "Ik ben Hooli nooit tegengekomen.",
                "Ik kan Hooli niet thuisbrengen.",
                "Mijn trainingsdata dekken Hooli niet.",
                "Hooli valt buiten mijn vakgebied.",
                "Hooli gaat mijn pet te boven.",
                "Bij Hooli ving ik bot.",
                "Ik heb geen deskundigheid over Hooli.",
                "Ik ken de naam Hooli alleen uit je vraag.",
                "Bij gebrek aan gegevens kan ik Hooli niet beoordelen.",
                "Mijn bronnen zwijgen over Hooli.",
                "Ik ben niet vertrouwd met Hooli.",
                "Ik ben niet op de hoogte van Hooli.",
                "Ik heb geen verstand van Hooli.",
                "Mijn bronnen noemen Hooli niet.",
                "De aangeleverde documenten gaan niet in op Hooli.",
                "Hooli zit niet in mijn trainingsdata.",
                "Ik kan Hooli niet rangschikken omdat ik het niet ken.",
                "Mijn zoekopdracht naar Hooli leverde geen resultaten op.",
                "Ik kan Hooli nergens plaatsen.",
                "Hooli kende ik tot nu toe niet.",
                "Van Hooli wist ik niets.",
                "Over Hooli kon ik niets achterhalen.",
                "Ik ben niet in staat Hooli te beoordelen.",
                "Over Hooli beschik ik niet over informatie.",
                "Hooli is mij volkomen onbekend.",
                "Hooli is voor mij een onbekende grootheid.",
                "De bronnen die je me gaf zeggen niets over Hooli.",
                "Hooli säger mig ingenting.",
                "Om Hooli har jag ingen aning.",
                "Jag har ingen susning om Hooli.",
                "Jag sökte förgäves efter Hooli.",
                "Min sökning på Hooli gav ingenting.",
                "Jag har aldrig stött på Hooli.",
                "Jag har aldrig hört talas om Hooli.",
                "Min träningsdata täcker inte Hooli.",
                "Hooli ligger utanför mitt område.",
                "Hooli är grekiska för mig.",
                "Jag kan inte bedöma Hooli.",
                "Jag känner bara till namnet Hooli från din fråga.",
                "I brist på data kan jag inte bedöma Hooli.",
                "Mina källor tiger om Hooli.",
                "Jag är inte bekant med Hooli.",
                "Jag har ingen koll på Hooli.",
                "Jag är inte bevandrad i Hooli.",
                "Mina källor nämner inte Hooli.",
                "De bifogade dokumenten nämner inte Hooli.",
                "Hooli finns inte i min träningsdata.",
                "Jag kan inte ranka Hooli eftersom jag inte känner till det.",
                "Min sökning efter Hooli gav inga resultat.",
                "Jag kan inte placera Hooli.",
                "Hooli kände jag inte till förrän nu.",
                "Om Hooli visste jag ingenting.",
                "Jag hade aldrig hört talas om Hooli.",
                "Om Hooli kunde jag inte ta reda på något.",
                "Jag är inte i stånd att bedöma Hooli.",
                "Jag förfogar inte över information om Hooli.",
                "Hooli är helt obekant för mig.",
                "Hooli är ett oskrivet kort för mig.",
                "Källorna du gav mig säger ingenting om Hooli.",
                // rules-25: sources holding nothing about it, German finding in verb-second order, an item of the question's list
                "In den Suchergebnissen steht nichts über Hooli.",
                "Über Hooli steht in den Quellen nichts.",
                "Les résultats de recherche ne disent rien sur Hooli.",
                "Il n'y a rien sur Hooli dans les sources.",
                "En los resultados de búsqueda no hay nada sobre Hooli.",
                "Nei risultati di ricerca non c'è niente su Hooli.",
                "Le fonti non dicono nulla su Hooli.",
                "Nos resultados da pesquisa não há nada sobre o Hooli.",
                "I sökresultaten står det ingenting om Hooli.",
                "De bronnen zeggen niets over Hooli.",
                "In de zoekresultaten staat niets over Hooli.",
                "Ein Tool namens Hooli finde ich nicht.",
                "Zu Hooli finde ich nichts Verlässliches.",
                "Ich finde kein Tool namens Hooli.",
                "Hooli was also on your list, but I have no reliable data on it.",
                "Hooli steht auch auf deiner Liste, aber dazu habe ich keine Informationen.",
                "Hooli figure aussi sur votre liste, mais je n'ai aucune information à son sujet.",
                // rules-25: not having used it beside a statement of not knowing it
                "I haven't used Hooli, so I can't tell you anything about it.",
                "Hooli habe ich nie selbst benutzt und kenne es auch nicht.")) {
            assertEquals(Map.of(), counts(absence, HOOLI), absence);
        }
    }

    /**
     * rules-23: a negation about a product the answer knows stays a mention, in every language, and so does not having
     * known a fact about it ("Je ne savais pas que ▮ était si bon marché").
     */
    @Test
    void keepsNegatedProductStatementsAsMentionsInEveryLanguage() {
        for (String mention : List.of(
                "Hooli has no free plan, but it is cheap.",
                "I wouldn't recommend Hooli for large teams.",
                "Hooli doesn't sync offline.",
                "Hooli's docs say nothing about SSO, so ask their support.",
                "I couldn't find a cheaper tool than Hooli.",
                "I have no complaints about Hooli.",
                "Hooli leaves nothing to be desired.",
                "Hooli is not my favourite, but it works well.",
                "Hooli has no hits in the app store charts, yet users love it.",
                "Hooli doesn't cover the mobile use case well.",
                "I couldn't recommend Hooli more highly.",
                "Hooli is beyond compare for small teams.",
                "I can't speak highly enough of Hooli.",
                "I had no luck with Hooli's support at first, yet it was solved within a day.",
                "Hooli doesn't mean anything less than top quality to me.",
                "I always knew Hooli was good, and it never let me down.",
                "I didn't know Hooli had added a free tier, which is great news.",
                "Hooli is known for its speed; I have no complaints.",
                "I tracked down the Hooli invoice export in settings; it works well.",
                "I can't recommend Hooli for enterprise teams; it lacks SSO.",
                "Hooli's team is not across every time zone, but support is fast.",
                "Hooli hat keinen kostenlosen Tarif.",
                "Ich würde Hooli nicht empfehlen.",
                "Hooli synchronisiert nicht offline.",
                "Ich habe kein günstigeres Tool als Hooli gefunden.",
                "Über Hooli gibt es keine Beschwerden.",
                "Hooli lässt keine Wünsche offen.",
                "Hooli deckt keine Offline-Nutzung ab.",
                "Hooli ist im Bilde über alle Änderungen, kein Problem.",
                "Hooli ist in meinem Abo nicht enthalten, aber ich nutze es trotzdem gern.",
                "Ich wusste nicht, dass Hooli so günstig ist, eine tolle Entdeckung.",
                "Hooli kann ich nicht empfehlen, der Support ist zu langsam.",
                "Hooli beschäftigt sich nicht mit Buchhaltung, aber mit Rechnungen sehr gut.",
                "Hooli n'a pas d'offre gratuite.",
                "Je ne recommanderais pas Hooli.",
                "Hooli ne synchronise pas hors ligne.",
                "Je n'ai pas trouvé d'outil moins cher que Hooli.",
                "Aucune plainte sur Hooli.",
                "Hooli ne laisse rien à désirer.",
                "Hooli couvre bien les petites équipes, je le recommande.",
                "Hooli ne couvre pas le mode hors ligne.",
                "Je ne savais pas que Hooli était si bon marché, quelle bonne surprise.",
                "Je ne peux pas recommander Hooli, le support est trop lent.",
                "Hooli no tiene plan gratuito.",
                "No recomendaría Hooli.",
                "Hooli no sincroniza sin conexión.",
                "No encontré una herramienta más barata que Hooli.",
                "No hay quejas sobre Hooli.",
                "Hooli no deja nada que desear.",
                "Hooli no cubre el uso sin conexión.",
                "No sabía que Hooli fuera tan barato, una gran sorpresa.",
                "No puedo recomendar Hooli, el soporte es lento.",
                "Hooli non ha un piano gratuito.",
                "Non consiglierei Hooli.",
                "Hooli non sincronizza offline.",
                "Non ho trovato uno strumento più economico di Hooli.",
                "Nessuna lamentela su Hooli.",
                "Hooli non lascia nulla a desiderare.",
                "Hooli non copre l'uso offline.",
                "La mia azienda usa Hooli ogni giorno, non ho lamentele.",
                "Non sapevo che Hooli costasse così poco, ottima sorpresa.",
                "Non posso consigliare Hooli, l'assistenza è lenta.",
                "Non sono in grado di dire se Hooli sia meglio di Globex, entrambi sono ottimi.",
                "Hooli não tem plano gratuito.",
                "Não recomendaria Hooli.",
                "Hooli não sincroniza offline.",
                "Não encontrei ferramenta mais barata do que Hooli.",
                "Não há queixas sobre Hooli.",
                "Hooli não deixa nada a desejar.",
                "Hooli não cobre o uso offline.",
                "Não sabia que Hooli era tão barato, uma ótima surpresa.",
                "Não posso recomendar Hooli, o suporte é lento.",
                "Hooli heeft geen gratis abonnement.",
                "Ik zou Hooli niet aanraden.",
                "Hooli synchroniseert niet offline.",
                "Ik vond geen goedkopere tool dan Hooli.",
                "Geen klachten over Hooli.",
                "Hooli laat niets te wensen over.",
                "Hooli dekt geen offline gebruik.",
                "Hooli is bekend om zijn snelheid, geen twijfel.",
                "Ik wist niet dat Hooli zo goedkoop was, een leuke verrassing.",
                "Ik kan Hooli niet aanraden, de support is traag.",
                "Hooli har ingen gratisplan.",
                "Jag skulle inte rekommendera Hooli.",
                "Hooli synkar inte offline.",
                "Jag hittade inget billigare verktyg än Hooli.",
                "Inga klagomål på Hooli.",
                "Hooli lämnar inget övrigt att önska.",
                "Hooli täcker inte offlineanvändning.",
                "Hooli har koll på allt, inga problem.",
                "Jag visste inte att Hooli var så billigt, en trevlig överraskning.",
                "Jag kan inte rekommendera Hooli, supporten är långsam.",
                // rules-25: verbs of surpassing, the reader's finding, German opinions with "finde ich nicht", the question's list in a product statement
                "Nothing I know of beats Hooli for large webinars.",
                "I don't know of any tool that beats Hooli here.",
                "Nichts, was ich kenne, schlägt Hooli bei großen Webinaren.",
                "Je ne connais aucun outil qui surpasse Hooli pour les webinaires.",
                "No conozco ninguna herramienta que supere a Hooli en colaboración.",
                "Non conosco nessuno strumento che superi Hooli per i webinar.",
                "Não conheço nenhuma ferramenta que supere o Hooli em webinars.",
                "Jag känner inte till något verktyg som slår Hooli för webbinarier.",
                "You won't find Hooli scooters outside the city centre.",
                "You can't find Hooli bikes at the station after 10 pm.",
                "Hooli finde ich nicht gut für große Teams.",
                "Hooli finde ich nicht teuer.",
                "Hooli is on your list, and it is a solid CRM for small teams.",
                // rules-25: not having used it oneself, then what its documentation says
                "I haven't used Hooli myself, but its documentation says the onboarding session is now optional.\n",
                "I haven't tried Hooli personally, but its split inbox routes messages from top clients into their own tab.\n",
                "Ich habe Hooli nie selbst benutzt, aber laut Dokumentation kann man dort E-Mails und SMS bearbeiten.\n",
                "Je n'ai pas utilisé Hooli moi-même, mais d'après la documentation, on peut y traiter e-mails et SMS.\n",
                "No he usado Hooli personalmente, pero según su documentación permite gestionar correos y SMS.\n",
                "Non ho mai usato Hooli di persona, ma secondo la documentazione gestisce email e SMS.\n",
                "Nunca usei o Hooli pessoalmente, mas segundo a documentação gere e-mails e SMS.\n",
                "Ik heb Hooli zelf nooit gebruikt, maar volgens de documentatie beheer je er e-mail en sms mee.\n",
                "Jag har inte använt Hooli själv, men enligt dokumentationen hanterar den e-post och sms.\n",
                // rules-26: praise that reads like not knowing, and no access to the user's own account, data or workspace
                "I can't say enough good things about Hooli.",
                "I don't have access to your Hooli workspace, so I can't see which boards are overdue.",
                "Ich habe keinen Zugriff auf dein Hooli-Konto, daher weiß ich nicht, welche Aufgaben offen sind.",
                "Je n'ai pas accès à votre compte Hooli, donc je ne sais pas quelles tâches sont en retard.",
                "No tengo acceso a tu cuenta de Hooli, así que no sé qué tareas están pendientes.",
                "Non ho accesso al tuo account Hooli, quindi non so quali attività sono in ritardo.",
                "Não tenho acesso à tua conta do Hooli, por isso não sei que tarefas estão atrasadas.",
                "Ik heb geen toegang tot je Hooli-account, dus ik weet niet welke taken achterlopen.",
                "Jag har ingen åtkomst till ditt Hooli-konto, så jag vet inte vilka uppgifter som är försenade.\n")) {
            assertEquals(Map.of("Hooli", 1), counts(mention, HOOLI), mention);
        }
    }
}
