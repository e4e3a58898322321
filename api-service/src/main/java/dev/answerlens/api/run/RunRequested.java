package dev.answerlens.api.run;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Acknowledges a "run now": the request is recorded; the scheduler creates the jobs. */
@Schema(name = "RunRequested")
public record RunRequested(UUID runRequestId) {
}
