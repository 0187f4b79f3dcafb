package com.stride.test;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * axe-core (Deque's npm package, as bundled in its Java integration) injected into the page as it
 * is, Vaadin's open shadow roots included. The whole result is saved as JSON under target/axe/.
 */
public final class Axe {

    public static final Path RESULTS = Paths.get("target", "axe");

    /**
     * Findings we judge false positives, by rule id and a CSS selector fragment of the node, each
     * with the reason. Empty: nothing is suppressed today. Keep it that way unless a finding is
     * provably wrong for a Vaadin component, and then say why here.
     */
    private static final Map<String, String> FALSE_POSITIVES = Map.of();

    private Axe() {
    }

    /**
     * Runs axe on the page as it is now, saves the full result as target/axe/{@code name}.json and
     * returns the serious and critical violations, one line each: rule, help text, nodes.
     */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(Page page, String name) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            page.evaluate(AxeBuilder.getAxeScript());
        }
        Map<String, Object> outcome = (Map<String, Object>) page.evaluate("""
                async (falsePositives) => {
                  const results = await axe.run(document, { resultTypes: ['violations', 'incomplete'] });
                  const serious = [];
                  for (const violation of results.violations) {
                    if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
                    const nodes = violation.nodes
                      .map(node => node.target.flat().join(' >>> '))
                      .filter(target => !(falsePositives[violation.id] || []).some(part => target.includes(part)));
                    if (nodes.length) serious.push(violation.id + ' (' + violation.impact + '): ' + violation.help
                        + ' at ' + nodes.join(' | '));
                  }
                  return { json: JSON.stringify(results, null, 1), serious };
                }""", falsePositiveSelectors());
        save(name, (String) outcome.get("json"));
        return ((List<String>) outcome.get("serious")).stream().map(line -> name + ": " + line).toList();
    }

    private static Map<String, List<String>> falsePositiveSelectors() {
        return FALSE_POSITIVES.keySet().stream().collect(java.util.stream.Collectors.groupingBy(
                key -> key.substring(0, key.indexOf(' ')),
                java.util.stream.Collectors.mapping(key -> key.substring(key.indexOf(' ') + 1),
                        java.util.stream.Collectors.toList())));
    }

    private static void save(String name, String json) {
        try {
            Files.createDirectories(RESULTS);
            Files.writeString(RESULTS.resolve(name + ".json"), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
