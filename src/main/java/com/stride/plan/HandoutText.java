package com.stride.plan;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;

/**
 * Text for the handout as people typed it: each character in the handout's font, or in the first
 * fallback font that has it (DejaVu Sans for more scripts and symbols, Symbola for emoji; see
 * resources/fonts/README.md). A character no font has prints as a small box rather than vanishing,
 * so the runner can see something was there.
 */
final class HandoutText {

    static final String MISSING = "\u25A1";
    private static final List<BaseFont> FALLBACKS = List.of(font("/fonts/DejaVuSans.ttf"), font("/fonts/Symbola.ttf"));

    private HandoutText() {
    }

    static Paragraph paragraph(String text, Font font) {
        Paragraph paragraph = new Paragraph(font.getCalculatedLeading(1.5f));
        paragraph.setFont(font);
        addTo(paragraph, text, font);
        return paragraph;
    }

    static Phrase phrase(String text, Font font) {
        Phrase phrase = new Phrase(font.getCalculatedLeading(1.5f));
        phrase.setFont(font);
        addTo(phrase, text, font);
        return phrase;
    }

    static void addTo(Phrase phrase, String text, Font font) {
        StringBuilder run = new StringBuilder();
        Font runFont = font;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (joinsOrVaries(codePoint)) {
                continue; // invisible in print: parts of emoji sequences, direction marks
            }
            Font chosen = runFont;
            String shown = Character.toString(codePoint);
            if (!Character.isWhitespace(codePoint) && !Character.isISOControl(codePoint)) {
                chosen = fontFor(codePoint, font);
                if (chosen == null) {
                    chosen = fallback(FALLBACKS.getFirst(), font);
                    shown = MISSING;
                }
            }
            if (chosen != runFont && !run.isEmpty()) {
                phrase.add(new Chunk(run.toString(), runFont));
                run.setLength(0);
            }
            runFont = chosen;
            run.append(shown);
        }
        if (!run.isEmpty()) {
            phrase.add(new Chunk(run.toString(), runFont));
        }
    }

    private static Font fontFor(int codePoint, Font font) {
        if (font.getBaseFont().charExists(codePoint)) {
            return font;
        }
        for (BaseFont fallback : FALLBACKS) {
            if (fallback.charExists(codePoint)) {
                return fallback(fallback, font);
            }
        }
        return null;
    }

    private static Font fallback(BaseFont base, Font like) {
        return new Font(base, like.getSize(), like.getStyle(), like.getColor());
    }

    /** Zero-width joiners, variation selectors, skin-tone modifiers, tag characters, direction marks. */
    static boolean joinsOrVaries(int codePoint) {
        return codePoint == 0x200C || codePoint == 0x200D || codePoint == 0x200E || codePoint == 0x200F
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF)
                || (codePoint >= 0xE0000 && codePoint <= 0xE01EF)
                || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    /** An embedded Unicode font from the class path, e.g. "/fonts/Symbola.ttf". */
    static BaseFont font(String file) {
        try (InputStream in = HandoutText.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " is missing from the classpath");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("Could not load font " + file, e);
        }
    }
}
