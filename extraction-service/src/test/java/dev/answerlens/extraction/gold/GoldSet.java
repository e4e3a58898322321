package dev.answerlens.extraction.gold;

import dev.answerlens.extraction.brand.TrackedBrand;
import dev.answerlens.model.message.CitedSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads the gold set from test resources: {@code gold/brands.txt} defines the competitive sets
 * ("set | name | aliases | domains | own|competitor"), and each {@code gold/*.gold} file holds cases:
 * <pre>
 * === case-id set [lang]
 * expect: Asana +, Monday = x2        (position order; + positive, = neutral, - negative; xN = count)
 * absent: Trello                      (named only in absence statements)
 * source: https://... | title         (listed sources, in order)
 * cite: asana.com Asana; g2.com other (expected citations in order)
 * ---
 * the answer, markdown, to the next "===" line
 * </pre>
 */
final class GoldSet {
    static final List<String> FILES = List.of("lists.gold", "prose.gold", "tables.gold", "absence.gold",
            "generic-words.gold", "markup.gold", "multilingual.gold", "citations.gold");

    private GoldSet() {
    }

    static List<GoldCase> load() {
        Map<String, List<TrackedBrand>> sets = brandSets(read("/gold/brands.txt"));
        List<GoldCase> cases = new ArrayList<>();
        for (String file : FILES) {
            cases.addAll(cases(file, read("/gold/" + file), sets));
        }
        return cases;
    }

    /** The competitive sets of a brands file ("set | name | aliases | domains | own|competitor"). */
    static Map<String, List<TrackedBrand>> brandSets(String text) {
        Map<String, List<TrackedBrand>> sets = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            String set = f[0].strip();
            String name = f[1].strip();
            UUID id = UUID.nameUUIDFromBytes((set + "/" + name).getBytes(StandardCharsets.UTF_8));
            sets.computeIfAbsent(set, s -> new ArrayList<>()).add(new TrackedBrand(id, name, list(f[2], ","),
                    list(f[3], ","), f[4].strip().equals("own")));
        }
        return sets;
    }

    private static List<GoldCase> cases(String file, String text, Map<String, List<TrackedBrand>> sets) {
        List<GoldCase> cases = new ArrayList<>();
        String[] blocks = text.split("(?m)^=== ");
        for (String block : blocks) {
            if (block.isBlank() || !block.contains("\n---\n")) {
                continue;
            }
            int separator = block.indexOf("\n---\n");
            String[] header = block.substring(0, separator).split("\n");
            String body = block.substring(separator + 5).stripTrailing();
            String[] title = header[0].strip().split("\\s+");
            List<TrackedBrand> brands = sets.get(title[1]);
            if (brands == null) {
                throw new IllegalStateException(file + ": unknown brand set " + title[1] + " in " + title[0]);
            }
            List<GoldCase.Expected> expected = new ArrayList<>();
            Set<String> absent = new LinkedHashSet<>();
            List<CitedSource> sources = new ArrayList<>();
            List<String> citations = null;
            for (int i = 1; i < header.length; i++) {
                String line = header[i].strip();
                if (line.equals("expect: none")) {
                    continue;
                } else if (line.startsWith("expect:")) {
                    for (String item : list(line.substring(7), ",")) {
                        expected.add(expectation(item, expected.size() + 1, brands, title[0]));
                    }
                } else if (line.startsWith("absent:")) {
                    for (String name : list(line.substring(7), ",")) {
                        absent.add(brandNamed(name, brands, title[0]).name());
                    }
                } else if (line.startsWith("source:")) {
                    String[] s = line.substring(7).split("\\|", 2);
                    sources.add(new CitedSource(s[0].strip(), s.length > 1 ? s[1].strip() : null, sources.size() + 1));
                } else if (line.startsWith("cite:")) {
                    citations = list(line.substring(5), ";");
                } else if (!line.isEmpty()) {
                    throw new IllegalStateException(file + ": unreadable header line in " + title[0] + ": " + line);
                }
            }
            cases.add(new GoldCase(title[0], file, title.length > 2 ? title[2] : "en", brands, expected, absent, sources,
                    citations, body));
        }
        return cases;
    }

    private static GoldCase.Expected expectation(String item, int position, List<TrackedBrand> brands, String id) {
        String[] words = item.split("\\s+");
        Integer count = null;
        int end = words.length;
        if (words[end - 1].matches("x\\d+")) {
            count = Integer.parseInt(words[end - 1].substring(1));
            end--;
        }
        String sentiment = switch (words[end - 1]) {
            case "+" -> "positive";
            case "=" -> "neutral";
            case "-" -> "negative";
            default -> throw new IllegalStateException(id + ": no sentiment in '" + item + "'");
        };
        String name = String.join(" ", Arrays.copyOfRange(words, 0, end - 1));
        return new GoldCase.Expected(brandNamed(name, brands, id).name(), position, sentiment, count);
    }

    private static TrackedBrand brandNamed(String name, List<TrackedBrand> brands, String id) {
        return brands.stream().filter(b -> b.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new IllegalStateException(id + ": no tracked brand '" + name + "'"));
    }

    static List<String> list(String field, String separator) {
        return Arrays.stream(field.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A test resource as text, by its absolute resource path. */
    static String read(String path) {
        try (InputStream in = GoldSet.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing gold file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
