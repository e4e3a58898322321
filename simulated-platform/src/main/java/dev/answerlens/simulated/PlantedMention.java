package dev.answerlens.simulated;

/** A brand the simulated engine really mentioned, and how many counted occurrences it wrote. */
public record PlantedMention(String brand, int occurrences) {
}
