-- A reply of a model with no configured price has an unknown cost (null), never a cost of 0.
ALTER TABLE llm_extraction_cache ALTER COLUMN cost_usd DROP NOT NULL;
