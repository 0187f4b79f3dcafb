package com.stride.test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English words on a screen or page that should be in German or Spanish. The words are ones our
 * screens use that are not also German or Spanish words ("in", "so", "was", "me", "once", "Plan",
 * "Status" are left out on purpose); names and brands are removed first.
 */
public final class EnglishLeaks {

    static final Set<String> ENGLISH = Set.copyOf(List.of(
            "the", "and", "your", "you", "with", "for", "this", "that", "are", "is", "have", "of", "to", "on",
            "at", "by", "or", "save", "cancel", "edit", "delete", "remove", "add", "new", "search", "today",
            "yesterday", "tomorrow", "history", "exercise", "exercises", "runner", "runners", "sign", "out",
            "settings", "language", "units", "never", "day", "days", "ago", "week", "weeks", "sets", "reps",
            "side", "sides", "each", "times", "twice", "every", "only", "pain", "notes", "done", "next", "back",
            "close", "menu", "morning", "evening", "how", "what", "when", "where", "why", "which", "more", "less",
            "show", "hide", "help", "password", "change", "account", "clinic", "ended", "active",
            "draft", "due", "skipped", "left", "right", "easy", "hard", "ready", "between", "than", "into",
            "about", "after", "before", "again", "could", "should", "would", "there", "here", "their", "they",
            "them", "she", "his", "her", "its", "our", "we", "my", "none", "hold", "stretch", "template",
            "templates", "assign", "assigned", "plans", "open", "print", "handout", "flag", "flags", "seen",
            "note", "logged", "log", "nothing", "yet", "since", "last", "first", "saved", "session", "sessions"));

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:'\\p{L}+)?");

    private EnglishLeaks() {
    }

    /** Each English word found, with a little of the text around it. */
    public static List<String> in(String text, Collection<String> namesAndBrands) {
        String checked = text;
        for (String allowed : namesAndBrands) {
            checked = checked.replace(allowed, " ");
        }
        List<String> found = new ArrayList<>();
        Matcher matcher = WORD.matcher(checked);
        while (matcher.find()) {
            if (ENGLISH.contains(matcher.group().toLowerCase(Locale.ROOT))) {
                int from = Math.max(0, matcher.start() - 30);
                int to = Math.min(checked.length(), matcher.end() + 30);
                found.add(matcher.group() + " in \"" + checked.substring(from, to).replace('\n', ' ') + "\"");
            }
        }
        return found;
    }
}
