package dev.autogen.diff;

import dev.autogen.runtime.dialect.PostgresIdentifiers;
import dev.autogen.runtime.ops.ViewDef;
import dev.autogen.schema.ViewDependencies;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Orders views so that a view comes after the views it reads: by what the catalog records, and for a
 * view the database does not have yet by the names its query mentions (outside string literals). A
 * name the query mentions for another reason only moves a view later; views in a cycle, which
 * PostgreSQL cannot have, keep name order. Ties keep name order too, so the order is deterministic.
 */
final class ViewOrder {
    private ViewOrder() {
    }

    /** The views' names, each after the views it reads. */
    static List<String> readFirst(Map<String, ViewDef> views, ViewDependencies dependencies) {
        Map<String, Set<String>> reads = new TreeMap<>();
        views.forEach((name, view) -> {
            Set<String> read = new TreeSet<>();
            dependencies.of(name).stream().map(ViewDependencies.Edge::relation).filter(views::containsKey).forEach(read::add);
            Set<String> words = words(view.query());
            views.keySet().stream().filter(other -> !other.equals(name))
                    .filter(other -> words.contains(PostgresIdentifiers.nameOf(other).toLowerCase(Locale.ROOT)))
                    .forEach(read::add);
            read.remove(name);
            reads.put(name, read);
        });
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new TreeSet<>();
        boolean progress = true;
        while (placed.size() < reads.size() && progress) {
            progress = false;
            for (Map.Entry<String, Set<String>> entry : reads.entrySet()) {
                if (!placed.contains(entry.getKey()) && placed.containsAll(entry.getValue())) {
                    ordered.add(entry.getKey());
                    placed.add(entry.getKey());
                    progress = true;
                    break;
                }
            }
        }
        reads.keySet().stream().filter(name -> !placed.contains(name)).forEach(ordered::add);
        return ordered;
    }

    /** The views' names, each before the views it reads: the order to drop them in. */
    static List<String> readersFirst(Map<String, ViewDef> views, ViewDependencies dependencies) {
        List<String> ordered = new ArrayList<>(readFirst(views, dependencies));
        Collections.reverse(ordered);
        return ordered;
    }

    /** The identifiers a query mentions, unquoted ones folded to lower case, outside string literals. */
    static Set<String> words(String query) {
        Set<String> words = new TreeSet<>();
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (c == '\'') {
                int end = query.indexOf('\'', i + 1);
                while (end >= 0 && end + 1 < query.length() && query.charAt(end + 1) == '\'') {
                    end = query.indexOf('\'', end + 2);
                }
                i = end < 0 ? query.length() : end + 1;
            } else if (c == '"') {
                int end = query.indexOf('"', i + 1);
                words.add(query.substring(i + 1, end < 0 ? query.length() : end));
                i = end < 0 ? query.length() : end + 1;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
                word.setLength(0);
                while (i < query.length() && (Character.isLetterOrDigit(query.charAt(i)) || query.charAt(i) == '_'
                        || query.charAt(i) == '$')) {
                    word.append(query.charAt(i++));
                }
                words.add(word.toString().toLowerCase(Locale.ROOT));
            } else {
                i++;
            }
        }
        return words;
    }
}
