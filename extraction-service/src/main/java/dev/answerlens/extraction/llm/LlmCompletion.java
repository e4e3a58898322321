package dev.answerlens.extraction.llm;

/** One completed model call: what it said and the tokens it took. */
record LlmCompletion(String model, String content, int promptTokens, int completionTokens) {
}
