// Writes N simulated answers as extract-batch input lines (JSON Lines on stdout), the same answers and tracked brands
// bench/extraction-throughput.sh puts through the service, so the rules can be measured and compared offline on the
// benchmark's own kind of text. Run as a single-file program:
//   java -cp 'extraction-service/target/quarkus-app/lib/main/*:simulated-platform/target/classes' \
//       bench/extraction/SimulatedAnswerLines.java <n> > simulated.jsonl
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.answerlens.model.Platform;
import dev.answerlens.model.message.CitedSource;
import dev.answerlens.simulated.SimulatedAnswer;
import dev.answerlens.simulated.SimulatedAnswerGenerator;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class SimulatedAnswerLines {
    // The prompts of RawAnswerLoad and the brands extraction-throughput.sh tracks, in its order.
    private static final List<String> PROMPTS = List.of("What is the best CRM for a small agency?",
            "Which project management tool should a remote team use?", "Top product analytics tools for B2B SaaS",
            "Best help desk software for a growing support team");
    private static final List<Map<String, Object>> BRANDS = List.of(
            brand("Globex", List.of(), List.of("globex.io")),
            brand("Northwind CRM", List.of("Northwind"), List.of("northwindcrm.com")),
            brand("Initech", List.of(), List.of("initech.com")),
            brand("Hooli", List.of(), List.of("hooli.xyz")),
            brand("Summit", List.of(), List.of("summit.so")),
            brand("Acme-Flow", List.of("AcmeFlow"), List.of("acmeflow.io")),
            brand("Pied Piper", List.of(), List.of("piedpiper.com")));

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        ObjectMapper json = new ObjectMapper();
        SimulatedAnswerGenerator generator = new SimulatedAnswerGenerator();
        Platform[] platforms = Platform.values();
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            for (int i = 0; i < n; i++) {
                Platform platform = platforms[i % platforms.length];
                SimulatedAnswer simulated = generator.generate(PROMPTS.get(i % PROMPTS.size()), platform.id(), i);
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", "sim-" + i);
                line.put("answer", simulated.markdown());
                line.put("brands", BRANDS);
                line.put("sources", simulated.sources().stream().map(SimulatedAnswerLines::source).toList());
                out.write(json.writeValueAsString(line));
                out.newLine();
            }
        }
    }

    private static Map<String, Object> brand(String name, List<String> aliases, List<String> domains) {
        Map<String, Object> brand = new LinkedHashMap<>();
        brand.put("name", name);
        brand.put("aliases", aliases);
        brand.put("domains", domains);
        return brand;
    }

    private static Map<String, Object> source(CitedSource source) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("url", source.url());
        line.put("title", source.title());
        return line;
    }
}
