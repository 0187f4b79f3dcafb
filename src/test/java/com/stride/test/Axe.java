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
import java.util.stream.Collectors;

/**
 * axe-core (Deque's npm package, as bundled in its Java integration) injected into the page as it
 * is, Vaadin's open shadow roots included. The whole result is saved as JSON under target/axe/.
 */
public final class Axe {

    public static final Path RESULTS = Paths.get("target", "axe");

    /** A finding judged a false positive: the rule, a fragment of the node's selector, and why. */
    record FalsePositive(String rule, String selectorPart, String reason) {
    }

    /**
     * Empty: nothing is suppressed today. Keep it that way unless a finding is provably wrong for a
     * Vaadin component, and then say why in the entry.
     */
    private static final List<FalsePositive> FALSE_POSITIVES = List.of();

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
        return FALSE_POSITIVES.stream().collect(Collectors.groupingBy(FalsePositive::rule,
                Collectors.mapping(FalsePositive::selectorPart, Collectors.toList())));
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
