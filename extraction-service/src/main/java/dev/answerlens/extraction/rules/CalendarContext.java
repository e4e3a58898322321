package dev.answerlens.extraction.rules;

import java.util.regex.Pattern;

/**
 * Tells a day of the week from a brand named after one: "on Monday", "on a Monday", "Monday morning",
 * "Monday's work", "Monday planning", "Monday is the worst day", "Monday to Friday", "a Monday-to-Friday rota" and "for Monday, when you're rested" are the calendar, "Monday's boards" is the brand.
 */
final class CalendarContext {
    private static final String WEEKDAY = "(?:Mon|Tues|Tue|Wednes|Wed|Thurs|Thu|Fri|Satur|Sat|Sun)(?:day)?";
    private static final String MONTH =
            "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*";

    private static final Pattern BEFORE = Pattern.compile(
            "\\b(?:on|every|next|last|this|until|till|by|since|each|before|after|following|previous|early|late)"
                    + "\\s+(?:(?:a|an|the|one|any|that)\\s+)?$|" + WEEKDAY + "\\s*(?:-|\u2013|\u2014|-?(?:to|through|or|and)-?)\\s*$"
                    // rules-16: a day set against another ("on a Tuesday rather than a Monday"; rules-29: "on the Friday, not the
                    // Monday")
                    + "|" + WEEKDAY + ",?\\s+(?:rather\\s+than|instead\\s+of|not|but\\s+not)\\s+(?:a|the)?\\s*$"
                    // rules-11: a named day ("a bank-holiday Monday", "Easter Monday", "Cyber Monday", "Blue Monday")
                    + "|\\b(?:holiday|easter|whit|cyber|blue|black|manic|holy|ash|shrove|plough)\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER = Pattern.compile(
            "\\s*(?:-|\u2013|\u2014|-?(?:to|through|thru|until|till|or|and)-?)\\s*" + WEEKDAY + "\\b"
                    + "|,?\\s+(?:the\\s+)?\\d|,?\\s+" + MONTH + "\\b"
                    // rules-15: also as a compound ("Monday-morning quarterbacking")
                    + "|(?:['\u2019]s)?(?:\\s+|[-\u2010\u2011])(?:morning|afternoon|evening|night|noon|midnight|meeting|stand-?up|planning"
                    + "|sync|check-in|kick-?off|deadline|work|tasks|motivation|blues|routine|recap)s?\\b"
                    + "|\\s+(?:is|was)\\s+(?:the|a|my|our)\\s+(?:\\p{L}+\\s+)?day\\b"
                    + "|\\s+at\\s+\\d"
                    // a relative clause of time: "save the hardest session for Monday, when you're rested"
                    + "|\\s*,\\s+when\\s+(?:you|you're|we|we're|they|I|I'm|everyone|people|the\\s+team|most)\\b",
            Pattern.CASE_INSENSITIVE);

    private CalendarContext() {
    }

    static boolean isCalendar(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 30), start);
        return BEFORE.matcher(before).find() || AFTER.matcher(text).region(end, text.length()).lookingAt();
    }
}
