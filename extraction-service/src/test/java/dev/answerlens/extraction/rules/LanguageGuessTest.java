package dev.answerlens.extraction.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LanguageGuessTest {
    private final LanguageGuess guess = AbsenceCues.all().guess;

    private String of(String text) {
        return guess.of(text, 0, text.length());
    }

    @Test
    void tellsTheLanguageOfASentenceFromItsFunctionWords() {
        assertEquals("en", of("I have no reliable information about this one."));
        assertEquals("de", of("Dazu habe ich keine Daten, und das ist auch nicht schlimm."));
        assertEquals("fr", of("Pitch, en tant qu'outil de présentation, m'est inconnu."));
        assertEquals("es", of("Si tu equipo trabaja en Linux, Penpot o Figma en el navegador son las opciones."));
        assertEquals("it", of("Heap per me è un nome nuovo e non ho dati per valutarlo."));
        assertEquals("pt", of("Não encontrei dados fiáveis sobre essa empresa."));
        assertEquals("nl", of("Over die tool heb ik geen betrouwbare gegevens."));
        assertEquals("sv", of("Around – här har jag inget att gå på, tyvärr."));
    }

    @Test
    void leavesTheLanguageOpenWhenTheWordsDoNotDecide() {
        assertNull(of("Hooli?"));
        assertNull(of("| Folk | – |"));
    }

    @Test
    void fallsBackToTheAnswersLanguageForAShortSentence() {
        String answer = "Für Meetings nehmen die meisten Zoom. | Mist | ? |\nDas ist alles, was ich dazu sagen kann.";
        int cell = answer.indexOf("| Mist");
        assertEquals("de", guess.ofSentence(answer, cell, cell + 12));
    }
}
