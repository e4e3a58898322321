package dev.answerlens.extraction.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words an {@link AbsenceModel} weighs for one occurrence of a brand: the words of its sentence ({@code w:}), each
 * word with the next ({@code p:}), the words of its clause ({@code c:}) and the words up to four to the left and right
 * of the brand ({@code l:}, {@code r:}), and the same for the words' {@link #CLASSES} ({@code k:}, {@code kc:},
 * {@code kl:}, {@code kr:}), lower-cased, the brand (wherever the sentence names it) as {@code <b>} and
 * every other tracked brand as {@code <o>}; and where the sentence sits ({@code heads}: the brand heads its list item or
 * table row; {@code question}). A feature found twice counts twice. One scan, no regular expression, and for scoring
 * no strings: each feature is a 64-bit hash ({@link #hashes}), the same one {@link AbsenceModel} gives the names it
 * reads ({@link #hashOf}); {@link #names} spells them out for training.
 */
final class AbsenceFeatures {
    /** How many words either side of the brand count as next to it. */
    private static final int NEAR = 4;
    static final String BRAND = "<b>";
    static final String OTHER = "<o>";
    static final String HEADS = "heads";
    static final String QUESTION = "question";
    private static final long BRAND_HASH = hash(BRAND);
    private static final long OTHER_HASH = hash(OTHER);
    /**
     * The word sections of the cue files a word may belong to ({@code k:negation}, {@code k:knowing}, {@code k:product}
     * …, also per clause and next to the brand): what the words do, the same in every language, so what the model learns
     * from one language's statements carries to another's.
     */
    static final List<String> CLASSES = List.of("negation", "lack", "knowing", "unknowing", "speaker", "guessing",
            "product", "whether", "anaphor", "hedge", "fault", "aside", "than", "comparing", "comparative", "naming",
            "pronoun", "asking", "topic", "nothing", "leaving");
    private static final long[][] CLASS_HASHES = new long[CLASSES.size()][];

    static {
        for (int c = 0; c < CLASSES.size(); c++) {
            String name = CLASSES.get(c);
            CLASS_HASHES[c] = new long[] {hashOf("k:" + name), hashOf("kc:" + name), hashOf("kl:" + name), hashOf("kr:" + name)};
        }
    }

    private final long[] words;
    /** Per word, a bit per {@link #CLASSES} entry it belongs to. */
    private final int[] classes;
    private final String[] spelled;
    private final boolean[] inClause;
    private final int count;
    private final int brandAt;
    private final boolean heads;
    private final boolean question;

    private AbsenceFeatures(long[] words, int[] classes, String[] spelled, boolean[] inClause, int count, int brandAt,
                            boolean heads, boolean question) {
        this.words = words;
        this.classes = classes;
        this.spelled = spelled;
        this.inClause = inClause;
        this.count = count;
        this.brandAt = brandAt;
        this.heads = heads;
        this.question = question;
    }

    /**
     * @param cues  the cues of the sentence's language, whose word sections give the words' {@link #CLASSES}
     * @param lower the text lower-cased, of the same length (null: no classes)
     * @param heads the brand heads its list item or table row, so the whole sentence is about it
     * @param spell keep each word's spelling too (for {@link #names}); scoring needs only the hashes
     */
    static AbsenceFeatures of(String text, String lower, AbsenceCues cues, Occurrence occurrence, List<Occurrence> occurrences,
                              int sentenceStart, int sentenceEnd, int clauseStart, int clauseEnd, boolean heads, boolean spell) {
        int capacity = 16;
        long[] words = new long[capacity];
        int[] classes = new int[capacity];
        boolean[] inClause = new boolean[capacity];
        String[] spelled = spell ? new String[capacity] : null;
        int count = 0;
        int brandAt = -1;
        int k = sentenceStart;
        int next = 0;
        StringBuilder word = spell ? new StringBuilder() : null;
        while (k < sentenceEnd) {
            if (count == capacity) {
                capacity *= 2;
                words = java.util.Arrays.copyOf(words, capacity);
                classes = java.util.Arrays.copyOf(classes, capacity);
                inClause = java.util.Arrays.copyOf(inClause, capacity);
                spelled = spell ? java.util.Arrays.copyOf(spelled, capacity) : null;
            }
            while (next < occurrences.size() && occurrences.get(next).end() <= k) {
                next++;
            }
            Occurrence at = next < occurrences.size() && occurrences.get(next).start() == k ? occurrences.get(next) : null;
            if (at != null) {
                boolean same = at.brand() == occurrence.brand();
                if (at == occurrence) {
                    brandAt = count;
                }
                words[count] = same ? BRAND_HASH : OTHER_HASH;
                if (spell) {
                    spelled[count] = same ? BRAND : OTHER;
                }
                inClause[count++] = k >= clauseStart && k < clauseEnd;
                k = Math.max(k + 1, at.end());
                continue;
            }
            if (!Character.isLetterOrDigit(text.charAt(k))) {
                k++;
                continue;
            }
            int start = k;
            long h = FNV_OFFSET;
            long written = FNV_OFFSET; // the word as written, apostrophes unchanged: what the sections are asked about
            if (spell) {
                word.setLength(0);
            }
            while (k < sentenceEnd && (Character.isLetterOrDigit(text.charAt(k)) || apostropheInWord(text, k, sentenceEnd))
                    && !(k > start && next < occurrences.size() && occurrences.get(next).start() == k)) {
                char raw = Character.toLowerCase(text.charAt(k));
                char c = raw == '\u2019' ? '\'' : raw;
                h = (h ^ c) * FNV_PRIME;
                written = (written ^ raw) * FNV_PRIME;
                if (spell) {
                    word.append(c);
                }
                k++;
            }
            words[count] = h;
            classes[count] = lower == null ? 0 : classesOf(cues, lower, start, k, written);
            if (spell) {
                spelled[count] = word.toString();
            }
            inClause[count++] = start >= clauseStart && start < clauseEnd;
        }
        return new AbsenceFeatures(words, classes, spelled, inClause, count, brandAt, heads, isQuestion(text, sentenceStart,
                sentenceEnd));
    }

    /**
     * The classes of the words seen so far, per language's cues, by the hash of the word as written (lower-cased):
     * answers repeat their words, and the look-ups in every section cost more than the rest of the features together.
     */
    private static final Map<AbsenceCues, Map<Long, Integer>> CLASSES_SEEN = new ConcurrentHashMap<>();
    /** Words remembered per language at most; beyond, each further word is looked up every time. */
    private static final int CLASSES_REMEMBERED = 200_000;

    private static int classesOf(AbsenceCues cues, String lower, int from, int to, long written) {
        Map<Long, Integer> seen = CLASSES_SEEN.computeIfAbsent(cues, c -> new ConcurrentHashMap<>());
        Integer known = seen.get(written);
        if (known != null) {
            return known;
        }
        int bits = lookUpClasses(cues, lower, from, to);
        if (seen.size() < CLASSES_REMEMBERED) {
            seen.put(written, bits);
        }
        return bits;
    }

    private static int lookUpClasses(AbsenceCues cues, String lower, int from, int to) {
        int bits = 0;
        for (int c = 0; c < CLASSES.size(); c++) {
            AbsenceWords section = cues.words.get(CLASSES.get(c));
            if (section != null && section.isWord(lower, from, to)) {
                bits |= 1 << c;
            }
        }
        return bits;
    }

    /** The sentence ends with a question mark. */
    static boolean isQuestion(String text, int sentenceStart, int sentenceEnd) {
        return text.charAt(Math.max(sentenceStart, sentenceEnd - 1)) == '?';
    }

    /** Every feature's hash, in the order of {@link #names}. */
    long[] hashes() {
        long[] out = new long[size()];
        int n = 0;
        for (int i = 0; i < count; i++) {
            out[n++] = mix('w', words[i]);
            if (i + 1 < count) {
                out[n++] = mix(mix('p', words[i]), words[i + 1]);
            }
            if (inClause[i]) {
                out[n++] = mix('c', words[i]);
            }
            if (near(i)) {
                out[n++] = mix(i < brandAt ? 'l' : 'r', words[i]);
            }
            for (int bits = classes[i]; bits != 0; bits &= bits - 1) {
                long[] hashes = CLASS_HASHES[Integer.numberOfTrailingZeros(bits)];
                out[n++] = hashes[0];
                if (inClause[i]) {
                    out[n++] = hashes[1];
                }
                if (near(i)) {
                    out[n++] = hashes[i < brandAt ? 2 : 3];
                }
            }
        }
        if (heads) {
            out[n++] = hashOf(HEADS);
        }
        if (question) {
            out[n++] = hashOf(QUESTION);
        }
        return out;
    }

    /** Every feature spelled out ("w:find", "p:couldn't find", "heads"), for training; needs {@code spell}. */
    List<String> names() {
        List<String> out = new ArrayList<>(size());
        for (int i = 0; i < count; i++) {
            out.add("w:" + spelled[i]);
            if (i + 1 < count) {
                out.add("p:" + spelled[i] + " " + spelled[i + 1]);
            }
            if (inClause[i]) {
                out.add("c:" + spelled[i]);
            }
            if (near(i)) {
                out.add((i < brandAt ? "l:" : "r:") + spelled[i]);
            }
            for (int bits = classes[i]; bits != 0; bits &= bits - 1) {
                String name = CLASSES.get(Integer.numberOfTrailingZeros(bits));
                out.add("k:" + name);
                if (inClause[i]) {
                    out.add("kc:" + name);
                }
                if (near(i)) {
                    out.add((i < brandAt ? "kl:" : "kr:") + name);
                }
            }
        }
        if (heads) {
            out.add(HEADS);
        }
        if (question) {
            out.add(QUESTION);
        }
        return out;
    }

    /** The hash of a feature's name as {@link #names} spells it: the same as {@link #hashes} gives it. */
    static long hashOf(String name) {
        if (name.length() > 2 && name.charAt(1) == ':') {
            String rest = name.substring(2);
            if (name.charAt(0) == 'p') {
                int space = rest.indexOf(' ');
                return mix(mix('p', hash(rest.substring(0, space))), hash(rest.substring(space + 1)));
            }
            return mix(name.charAt(0), hash(rest));
        }
        return mix('#', hash(name));
    }

    private int size() {
        int n = (heads ? 1 : 0) + (question ? 1 : 0);
        for (int i = 0; i < count; i++) {
            n += (1 + (inClause[i] ? 1 : 0) + (near(i) ? 1 : 0)) * (1 + Integer.bitCount(classes[i])) + (i + 1 < count ? 1 : 0);
        }
        return n;
    }

    private boolean near(int i) {
        return brandAt >= 0 && i != brandAt && Math.abs(i - brandAt) <= NEAR;
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private static long hash(String word) {
        long h = FNV_OFFSET;
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    /** Combines two hashes (SplitMix64's finaliser over their sum): order matters, so "p:a b" is not "p:b a". */
    private static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static boolean apostropheInWord(String text, int k, int end) {
        char c = text.charAt(k);
        return (c == '\'' || c == '\u2019') && k + 1 < end && Character.isLetter(text.charAt(k + 1)) && k > 0
                && Character.isLetter(text.charAt(k - 1));
    }
}
