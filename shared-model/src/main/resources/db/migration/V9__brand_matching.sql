-- How a brand's name is matched in answers (the brand's own setting, see docs/metrics.md "Brand matching"):
-- 'auto' (made-up names in any case, ordinary words by context), 'case-sensitive' (exactly as written) or
-- 'requires-context' (only where the answer shows it is a product).
ALTER TABLE brands ADD COLUMN matching text NOT NULL DEFAULT 'auto'
    CONSTRAINT brands_matching CHECK (matching IN ('auto', 'case-sensitive', 'requires-context'));
