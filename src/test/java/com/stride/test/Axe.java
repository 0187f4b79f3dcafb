package com.stride.test;

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
 * axe-core (Deque's npm package, kept as a test resource: see resources/axe/README.md) injected
 * into the page as it is, Vaadin's open shadow roots included. The whole result is saved as JSON
 * under target/axe/.
 */
public final class Axe {

    static final String VERSION = "4.14.1";
    private static final String SCRIPT = script();

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

    private static String script() {
        try (var in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from the test resources");
            }
            String script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!script.startsWith("/*! axe v" + VERSION)) {
                throw new IllegalStateException("axe.min.js is not axe-core " + VERSION);
            }
            return script;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe on the page as it is now, saves the full result as target/axe/{@code name}.json and
     * returns the serious and critical violations, one line each: rule, help text, nodes.
     */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(Page page, String name) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            page.evaluate(SCRIPT);
        }
        Map<String, Object> outcome = (Map<String, Object>) page.evaluate("""
                async (falsePositives) => {
                  // experimental rules are off by default; this one checks WCAG 2.5.3 (label in name)
                  const results = await axe.run(document, { resultTypes: ['violations', 'incomplete'],
                      rules: { 'label-content-name-mismatch': { enabled: true } } });
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
