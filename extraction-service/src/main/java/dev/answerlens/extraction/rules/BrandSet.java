package dev.answerlens.extraction.rules;

import dev.answerlens.extraction.brand.PerBrandList;
import dev.answerlens.extraction.brand.TrackedBrand;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A workspace's brand list made ready for matching, once per list: each brand's matcher, and with many brands the
 * one-pass index of their literals ({@link LiteralIndex}) with which brands each literal belongs to, so an answer
 * only asks the brands whose literals it holds.
 */
final class BrandSet {
    /** Below this many brands, their few {@code indexOf} scans cost less than running an automaton over the answer. */
    private static final int INDEXED_FROM = 24;
    private static final PerBrandList<BrandSet> SETS = new PerBrandList<>(BrandSet::new);

    private final List<BrandMatcher> matchers;
    private final LiteralIndex index;
    private final Map<String, BitSet> brandsOfLiteral = new HashMap<>();
    /** Brands with a name or domain that has no literal to look for (they are asked for every answer). */
    private final BitSet unfiltered = new BitSet();

    private BrandSet(List<TrackedBrand> brands) {
        this.matchers = brands.stream().map(BrandMatcher::of).toList();
        if (brands.size() < INDEXED_FROM) {
            this.index = null;
            return;
        }
        List<String> literals = new ArrayList<>();
        for (int i = 0; i < matchers.size(); i++) {
            BrandMatcher matcher = matchers.get(i);
            if (!matcher.alwaysFiltered()) {
                unfiltered.set(i);
            }
            for (String literal : matcher.literals()) {
                literals.add(literal);
                brandsOfLiteral.computeIfAbsent(literal, l -> new BitSet()).set(i);
            }
        }
        this.index = new LiteralIndex(literals);
    }

    static BrandSet of(List<TrackedBrand> brands) {
        return SETS.of(brands);
    }

    LiteralIndex index() {
        return index;
    }

    BrandMatcher matcher(int brand) {
        return matchers.get(brand);
    }

    /** The brands that may occur in the answer, in list order: every one without an index. */
    BitSet candidatesIn(CaseFolded folded) {
        BitSet brands = new BitSet(matchers.size());
        Set<String> present = folded.presentLiterals();
        if (index == null || present == null) {
            brands.set(0, matchers.size());
            return brands;
        }
        brands.or(unfiltered);
        present.forEach(literal -> {
            BitSet of = brandsOfLiteral.get(literal);
            if (of != null) {
                brands.or(of);
            }
        });
        return brands;
    }
}
