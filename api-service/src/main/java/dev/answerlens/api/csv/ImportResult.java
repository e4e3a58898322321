package dev.answerlens.api.csv;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an all-or-nothing CSV import did. */
@Schema(name = "ImportResult")
public record ImportResult(@Schema(description = "Rows that created a new item.") int created,
                           @Schema(description = "Rows that updated an existing item.") int updated) {
}
