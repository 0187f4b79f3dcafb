package com.stride.log;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Signs that pain may need the clinic rather than the programme, asked when pain is high (the
 * session_log.warning_signs vocabulary, V14). The app guides ("contact your clinic"); it never
 * diagnoses.
 */
public enum WarningSign {
    BONE_SPOT("Sharp pain at one spot on a bone"),
    SWELLING("Swelling"),
    NIGHT_OR_REST("Pain at night or when resting"),
    NUMBNESS("Numbness or tingling");

    private final String label;

    WarningSign(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The signs stored as "BONE_SPOT,SWELLING"; unknown names are left out. */
    static Set<WarningSign> parse(String names) {
        Set<WarningSign> signs = EnumSet.noneOf(WarningSign.class);
        Arrays.stream(names.split(",")).map(String::strip)
                .forEach(name -> Arrays.stream(values()).filter(s -> s.name().equals(name)).forEach(signs::add));
        return signs;
    }

    /** "swelling, numbness or tingling", for a sentence. */
    static String inWords(Set<WarningSign> signs) {
        List<String> words = signs.stream().map(sign -> sign.label().toLowerCase(java.util.Locale.ROOT)).toList();
        return words.stream().collect(Collectors.joining(", "));
    }
}
