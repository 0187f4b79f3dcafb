package com.stride.i18n;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the string literals of a Java source (not in comments, not in text blocks, which hold SQL
 * and markup) and decides which look like words a person would read.
 */
final class LiteralScanner {

    record Literal(String text, int line, String statement) {
    }

    /** Sources that hold no user-facing text by design: SQL, drawings, demo content, wiring. */
    private static final List<Pattern> NOT_SCANNED = List.of(
            Pattern.compile(".*Queries\\.java"), Pattern.compile(".*Search\\.java"),
            Pattern.compile(".*Repository\\.java"), Pattern.compile(".*/demo/.*"),
            Pattern.compile(".*/catalogue/illustration/.*"), Pattern.compile(".*/base/db/.*"),
            Pattern.compile(".*/package-info\\.java"));

    /** The calls whose text nobody but a developer or an admin's log reads. */
    private static final Pattern EXEMPT_CALL = Pattern.compile(
            "(LOG|log)\\.(trace|debug|info|warn|error)\\(|new (Illegal(Argument|State)Exception|AssertionError"
                    + "|UnsupportedOperationException|NullPointerException|UncheckedIOException|IOException"
                    + "|AccessDeniedException|BadCredentialsException|UsernameNotFoundException"
                    + "|RecordNotFoundException|DataIntegrityViolationException)\\("
                    + "|Objects\\.requireNonNull\\(|@[A-Z][A-Za-z]*\\(|\\.(getStyle\\(\\)\\.set|setProperty|addClassName"
                    + "|addClassNames|removeClassName|setClassName|setId|setAttribute\\(\"(class|id|role|slot|theme"
                    + "|part|autocomplete|inputmode|type|name|href|target|rel|src|loading|data-[a-z-]+)\"|addThemeName"
                    + "|setThemeName|getElement\\(\\)\\.executeJs|executeJs|param|sql|header)\\("
                    + "|audit\\.(change|changeFor|event|denied)\\(");

    /** An annotation's message: people read it, so it is a bundle key in braces. */
    private static final Pattern VALIDATION_MESSAGE = Pattern.compile("message\\s*=\\s*$");

    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9_-]+)+");
    private static final Pattern WORDS = Pattern.compile("[A-Za-z]{2,}[.,!?:;]?\\s+[A-Za-z]{2,}|^[A-Z][a-z]+|\\s[A-Z][a-z]+");
    private static final String ALLOWED = "// literal:";

    private LiteralScanner() {
    }

    static boolean scanned(Path file) {
        String name = file.toString().replace('\\', '/');
        return NOT_SCANNED.stream().noneMatch(p -> p.matcher(name).matches());
    }

    /** A bundle key, or one in braces as Bean Validation messages name them. */
    static boolean looksLikeKey(String text) {
        if (text.startsWith("{") && text.endsWith("}")) {
            return looksLikeKey(text.substring(1, text.length() - 1));
        }
        return KEY.matcher(text).matches() && Bundles.NAMES.stream().anyMatch(n -> text.startsWith(n + "."));
    }

    static boolean looksLikeWords(String text) {
        return !looksLikeKey(text) && WORDS.matcher(text).find();
    }

    /** "File.java:12 \"Save plan\"" for each literal that looks like words and is not allowed. */
    static List<String> literalTexts(Path file, String source) {
        List<String> found = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (Literal literal : literals(source)) {
            String line = lines[literal.line() - 1];
            boolean validationMessage = VALIDATION_MESSAGE.matcher(literal.statement()).find();
            if (looksLikeWords(literal.text()) && !line.contains(ALLOWED)
                    && (validationMessage || !EXEMPT_CALL.matcher(literal.statement()).find())) {
                found.add(file + ":" + literal.line() + " \"" + literal.text() + "\"");
            }
        }
        return found;
    }

    /** Every ordinary string literal with its line and the statement text before it. */
    static List<Literal> literals(String source) {
        List<Literal> literals = new ArrayList<>();
        int line = 1;
        int statementStart = 0;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                line += count(source, i, end);
                i = end;
            } else if (c == '\'') {
                i++;
                while (i < n && source.charAt(i) != '\'') {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else if (c == '"') {
                StringBuilder text = new StringBuilder();
                int start = i;
                i++;
                while (i < n && source.charAt(i) != '"') {
                    if (source.charAt(i) == '\\' && i + 1 < n) {
                        text.append(source.charAt(i + 1));
                        i += 2;
                    } else {
                        text.append(source.charAt(i));
                        i++;
                    }
                }
                i++;
                literals.add(new Literal(text.toString(), line, source.substring(statementStart, start)));
            } else {
                if (c == ';' || c == '{' || c == '}') {
                    statementStart = i + 1;
                }
                i++;
            }
        }
        return literals;
    }

    private static int count(String source, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (source.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
