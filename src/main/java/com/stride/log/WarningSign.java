package com.stride.log;

import com.stride.i18n.Text;
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
    BONE_SPOT,
    SWELLING,
    NIGHT_OR_REST,
    NUMBNESS;

    public String label() {
        return Text.get("log.warningSign." + name());
    }

    /** The sign as it reads inside a sentence ("swelling"; German keeps its capital nouns). */
    String inSentence() {
        return Text.get("log.warningSign.inSentence." + name());
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
        List<String> words = signs.stream().map(WarningSign::inSentence).toList();
        return words.stream().collect(Collectors.joining(", "));
    }
}
