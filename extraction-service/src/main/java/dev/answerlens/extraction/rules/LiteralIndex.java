package dev.answerlens.extraction.rules;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

/**
 * Which of many literals occur in a text, in one pass over it (an Aho–Corasick automaton): with hundreds of tracked
 * brands, looking for each brand's literals with its own {@code indexOf} costs a scan of the answer per literal, while
 * the automaton reads the answer once, whatever the number of brands. Exact: a literal is reported iff
 * {@code text.indexOf(literal) >= 0}.
 */
final class LiteralIndex {
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        Node fail;
        /** The literal ending here, if any. */
        String word;
        /** The nearest node on the fail chain that ends a literal. */
        Node output;
    }

    private final Node root = new Node();
    private final Set<String> literals;

    LiteralIndex(Collection<String> literals) {
        this.literals = new HashSet<>(literals);
        for (String literal : this.literals) {
            Node node = root;
            for (int i = 0; i < literal.length(); i++) {
                node = node.next.computeIfAbsent(literal.charAt(i), c -> new Node());
            }
            node.word = literal;
        }
        linkFailures();
    }

    private void linkFailures() {
        Queue<Node> queue = new ArrayDeque<>();
        for (Node child : root.next.values()) {
            child.fail = root;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            Node node = queue.poll();
            for (Map.Entry<Character, Node> edge : node.next.entrySet()) {
                Node child = edge.getValue();
                Node fail = node.fail;
                while (fail != null && !fail.next.containsKey(edge.getKey())) {
                    fail = fail.fail;
                }
                child.fail = fail == null ? root : fail.next.get(edge.getKey());
                child.output = child.fail.word != null ? child.fail : child.fail.output;
                queue.add(child);
            }
        }
    }

    /** Whether {@link #presentIn} answers for this literal (an index knows only the literals it was built from). */
    boolean covers(String literal) {
        return literals.contains(literal);
    }

    /** The indexed literals that occur in {@code text}. */
    Set<String> presentIn(String text) {
        Set<String> present = new HashSet<>();
        Node node = root;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            while (node != root && !node.next.containsKey(c)) {
                node = node.fail;
            }
            node = node.next.getOrDefault(c, root);
            for (Node out = node.word != null ? node : node.output; out != null; out = out.output) {
                present.add(out.word);
            }
        }
        return present;
    }
}
