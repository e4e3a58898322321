package dev.answerlens.worker.engine.simulated;

import dev.answerlens.model.Engine;
import dev.answerlens.model.message.CollectionInfo;
import dev.answerlens.model.message.PromptJob;
import dev.answerlens.simulated.SimulatedAnswer;
import dev.answerlens.simulated.SimulatedAnswerGenerator;
import dev.answerlens.worker.WorkerConfig;
import dev.answerlens.worker.engine.CollectionEngine;
import dev.answerlens.worker.engine.CollectionResult;
import dev.answerlens.worker.engine.FailureClass;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * The offline engine: deterministic answers from {@link SimulatedAnswerGenerator}, whose planted truth
 * tests and benchmarks know. Answers are labelled engine "simulated", never as a real platform's.
 * It can also simulate platform failures (HTTP 429) at a configured rate, deterministically per job
 * and attempt, so retries, parking and coverage can be exercised offline.
 */
@ApplicationScoped
public class SimulatedEngine implements CollectionEngine {
    private final WorkerConfig.Simulated config;
    private final SimulatedAnswerGenerator generator = new SimulatedAnswerGenerator();

    public SimulatedEngine(WorkerConfig config) {
        this.config = config.simulated();
    }

    @Override
    public String id() {
        return Engine.SIMULATED.id();
    }

    @Override
    public Uni<CollectionResult> collect(PromptJob job, int attempt) {
        Duration latency = config.latency();
        if (latency.isZero() || latency.isNegative()) {
            return Uni.createFrom().item(() -> collectNow(job, attempt, Instant.now()));
        }
        return Uni.createFrom().item(Instant::now).onItem().delayIt().by(latency)
                .map(started -> collectNow(job, attempt, started));
    }

    private CollectionResult collectNow(PromptJob job, int attempt, Instant started) {
        if (failsThisAttempt(job, attempt)) {
            // A simulated 429 backs nobody off: the demo's failure rate must not stall its platforms.
            return new CollectionResult.Failed(FailureClass.RATE_LIMITED.failure(
                    "simulated platform " + job.platform() + " answered HTTP 429 (attempt " + attempt + ")"), Duration.ZERO);
        }
        SimulatedAnswer answer = generator.generate(job.promptText(), job.platform(), job.sample());
        Instant finished = Instant.now();
        CollectionInfo info = new CollectionInfo(id(), "simulated-" + job.platform(), SimulatedAnswerGenerator.VERSION,
                false, false, job.country(), job.language(), null, started, finished,
                Duration.between(started, finished).toMillis(), BigDecimal.ZERO);
        return new CollectionResult.Collected(answer.markdown(), answer.sources(), info);
    }

    /**
     * A stable draw per (job, attempt) below the configured failure rate, unless the attempts before it already failed
     * as many times in a row as the failure-run limit allows.
     */
    private boolean failsThisAttempt(PromptJob job, int attempt) {
        double rate = config.failureRate();
        if (rate <= 0 || !drawFails(job, attempt, rate)) {
            return false;
        }
        int limit = config.failureRunLimit();
        if (limit <= 0 || attempt <= limit) {
            return true;
        }
        for (int earlier = attempt - limit; earlier < attempt; earlier++) {
            if (!drawFails(job, earlier, rate)) {
                return true;
            }
        }
        return false;
    }

    /** A stable draw in [0, 1) per (job, attempt), compared with the failure rate. */
    private static boolean drawFails(PromptJob job, int attempt, double rate) {
        long bits = job.jobId().getLeastSignificantBits() * 31 + job.jobId().getMostSignificantBits() + attempt * 0x9E3779B97F4A7C15L;
        bits ^= bits >>> 33;
        bits *= 0xff51afd7ed558ccdL;
        bits ^= bits >>> 33;
        double draw = (bits >>> 11) / (double) (1L << 53);
        return draw < rate;
    }
}
