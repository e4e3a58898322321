package dev.answerlens.model.message;

import java.util.UUID;

/** What every message on the bus carries: the schema version it was written with and a unique id. */
public interface BusMessage {
    int schemaVersion();

    UUID messageId();
}
