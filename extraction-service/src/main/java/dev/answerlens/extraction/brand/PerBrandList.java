package dev.answerlens.extraction.brand;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a pass derives from a workspace's whole brand list (matchers, an index of their literals, a set of their
 * names), kept for as long as that list is in use: the list of a batch is one instance shared by the batch's answers,
 * so it is found by identity, without hashing or comparing hundreds of brands per answer. A list changed since (a
 * caller's mutable list) is told apart by its elements, compared by identity (brands are immutable records), and
 * derived again. A list not seen before but equal to a recent one (the same brands read again for the next batch)
 * takes what was derived from that one. A few recent lists are kept.
 */
public final class PerBrandList<T> {
    private static final int KEPT = 16;

    private final Function<List<TrackedBrand>, T> derive;
    private final Map<Identity, Derived<T>> derived = new ConcurrentHashMap<>();
    private final Map<List<TrackedBrand>, T> byContent = new ConcurrentHashMap<>();

    private record Derived<T>(List<TrackedBrand> elements, T value) {
        boolean from(List<TrackedBrand> brands) {
            if (brands.size() != elements.size()) {
                return false;
            }
            for (int i = 0; i < elements.size(); i++) {
                if (brands.get(i) != elements.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    public PerBrandList(Function<List<TrackedBrand>, T> derive) {
        this.derive = derive;
    }

    public T of(List<TrackedBrand> brands) {
        Identity key = new Identity(brands);
        Derived<T> known = derived.get(key);
        if (known != null && known.from(brands)) {
            return known.value();
        }
        if (derived.size() >= KEPT) {
            derived.clear();
        }
        if (byContent.size() >= KEPT) {
            byContent.clear();
        }
        List<TrackedBrand> elements = List.copyOf(brands);
        T value = byContent.computeIfAbsent(elements, derive);
        derived.put(key, new Derived<>(elements, value));
        return value;
    }

    /** The list itself, compared by identity. */
    private static final class Identity {
        private final List<TrackedBrand> list;

        Identity(List<TrackedBrand> list) {
            this.list = list;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.list == list;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(list);
        }
    }
}
