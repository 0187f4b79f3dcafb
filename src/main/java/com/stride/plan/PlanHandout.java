package com.stride.plan;

import com.stride.i18n.Text;
import com.stride.catalogue.CatalogueService;
import com.stride.catalogue.Range;
import com.stride.catalogue.illustration.Illustration;
import com.stride.catalogue.illustration.StockIllustrations;
import com.stride.log.LogLimits;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.ListItem;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The printable handout of a plan: clinic, runner, each exercise's dosage, note, steps and picture,
 * and the pain guide. Built with OpenPDF; typed text goes through {@link HandoutText}, so any script
 * or emoji the fonts have prints as typed. Written in the runner's language (they read it, whoever
 * prints it): every word and date here takes the handout's locale, never the current person's.
 */
final class PlanHandout {

    private static final int FILE_NAME_MAX = 80;
    private static final Color BRAND = new Color(15, 118, 110);
    private static final Color MUTED = new Color(90, 96, 105);
    // Embedded Unicode fonts (Liberation Sans) for Latin, Greek and Cyrillic; the standard PDF fonts
    // only cover Western European letters. HandoutText falls back to others for the rest.
    private static final BaseFont REGULAR = HandoutText.font("/liberation/LiberationSans-Regular.ttf");
    private static final BaseFont BOLD = HandoutText.font("/liberation/LiberationSans-Bold.ttf");
    private static final BaseFont ITALIC = HandoutText.font("/liberation/LiberationSans-Italic.ttf");
    private static final Font CLINIC = new Font(BOLD, 11, Font.NORMAL, BRAND);
    private static final Font TITLE = new Font(BOLD, 20, Font.NORMAL, Color.BLACK);
    private static final Font SUBTITLE = new Font(REGULAR, 12, Font.NORMAL, Color.BLACK);
    private static final Font META = new Font(REGULAR, 9, Font.NORMAL, MUTED);
    private static final Font BODY = new Font(REGULAR, 10.5f, Font.NORMAL, Color.BLACK);
    private static final Font EXERCISE = new Font(BOLD, 13, Font.NORMAL, Color.BLACK);
    private static final Font DOSE = new Font(BOLD, 11, Font.NORMAL, BRAND);
    private static final Font NOTE = new Font(ITALIC, 10.5f, Font.NORMAL, Color.BLACK);
    private static final Font FOOTER = new Font(REGULAR, 8, Font.NORMAL, MUTED);

    private PlanHandout() {
    }

    /** "jordan-lee-hip-strength.pdf": the runner and the title, in plain letters. */
    static String fileName(PlanDetails plan) {
        String name = Normalizer.normalize(plan.runnerName() + " " + plan.title(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (name.isEmpty() ? "plan" : name.substring(0, Math.min(name.length(), FILE_NAME_MAX))) + ".pdf";
    }

    /** The handout prints an exercise's first pictures only, so a long plan stays a small file. */
    static final int PICTURES_PER_EXERCISE = 4;
    static final float DRAWING_MAX_WIDTH = 330;
    static final float DRAWING_MAX_HEIGHT = 80;

    /** A private-use character that marks where the pain zones go in the guide's sentence. */
    private static final String ZONES_MARK = "\uE000";

    /**
     * @param zone   the clinic's zone, for the day the plan was saved
     * @param locale the runner's language
     */
    static byte[] render(PlanDetails plan, Map<Long, List<CatalogueService.ImageData>> images, ZoneId zone,
                         Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(plan.clinicName(), locale));
            document.addTitle(Text.get(locale, "plan.handout.documentTitle", "title", plan.title(),
                    "runner", plan.runnerName()));
            document.addAuthor(plan.revisedBy());
            document.addCreator("Stride"); // literal: the brand
            document.open();
            header(document, plan, zone, locale);
            int number = 1;
            List<PlanItemView> items = plan.items();
            for (int i = 0; i < items.size(); i++) {
                PlanItemView item = items.get(i);
                if (item.circuit() != null && (i == 0 || !item.circuit().equals(items.get(i - 1).circuit()))) {
                    circuit(document, items.subList(i, items.size()).stream()
                            .takeWhile(next -> item.circuit().equals(next.circuit())).count(), item, locale);
                }
                exercise(document, writer, number++, item, images.getOrDefault(item.exerciseId(), List.of()), locale);
            }
            if (plan.items().isEmpty()) {
                document.add(HandoutText.paragraph(Text.get(locale, "plan.handout.empty"), NOTE));
            }
            painGuide(document, locale);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not build the handout", e);
        }
        return out.toByteArray();
    }

    private static void header(Document document, PlanDetails plan, ZoneId zone, Locale locale)
            throws DocumentException {
        document.add(HandoutText.paragraph(plan.clinicName(), CLINIC));
        Paragraph title = HandoutText.paragraph(Text.get(locale, "plan.handout.title", "runner", plan.runnerName()),
                TITLE);
        title.setSpacingBefore(4);
        document.add(title);
        document.add(HandoutText.paragraph(plan.title(), SUBTITLE));
        DateTimeFormatter dates = dates(locale);
        Paragraph meta = HandoutText.paragraph(Text.get(locale,
                plan.endDate() == null ? "plan.handout.meta" : "plan.handout.metaWithEnd",
                "start", dates.format(plan.startDate()), "end", plan.endDate() == null ? "" : dates.format(plan.endDate()),
                "author", plan.revisedBy(), "saved", dates.format(plan.revisedAt().atZone(zone)),
                "version", plan.revision()), META);
        meta.setSpacingAfter(10);
        document.add(meta);
        if (plan.goal() != null) {
            PdfPTable box = new PdfPTable(1);
            box.setWidthPercentage(100);
            PdfPCell cell = new PdfPCell(HandoutText.phrase(plan.goal(), BODY));
            cell.setBackgroundColor(new Color(232, 246, 244));
            cell.setBorderColor(new Color(204, 232, 228));
            cell.setPadding(10);
            box.addCell(cell);
            box.setSpacingAfter(8);
            document.add(box);
        }
    }

    /** Said once before a circuit's moves: how many rounds, of how many moves, in turn. */
    private static void circuit(Document document, long moves, PlanItemView first, Locale locale)
            throws DocumentException {
        Range rounds = first.dosage().sets();
        String text = rounds == null ? Text.get(locale, "plan.handout.circuitNoRounds", "moves", moves)
                : Text.get(locale, "plan.handout.circuit", "rounds", rounds.toString(), "upper", rounds.upper(),
                        "moves", moves);
        Paragraph heading = HandoutText.paragraph(text, EXERCISE);
        heading.setSpacingBefore(14);
        document.add(heading);
        boolean moreRounds = rounds != null && rounds.upper() > 1;
        document.add(HandoutText.paragraph(Text.get(locale,
                moreRounds ? "plan.handout.circuitInTurnRounds" : "plan.handout.circuitInTurn"), NOTE));
    }

    private static void exercise(Document document, PdfWriter writer, int number, PlanItemView item,
                                 List<CatalogueService.ImageData> pictures, Locale locale) throws DocumentException {
        Illustration drawing = item.picture() == null || item.picture().drawing() == null ? null
                : StockIllustrations.of(item.picture().drawing()).orElse(null);
        List<Image> photos = pictures.stream().map(PlanHandout::loadImage).filter(Objects::nonNull).toList();
        PdfPTable block = new PdfPTable(photos.isEmpty() ? new float[] {1} : new float[] {3.2f, 1.3f});
        block.setWidthPercentage(100);
        block.setKeepTogether(true);
        block.setSpacingBefore(10);

        PdfPCell text = new PdfPCell();
        text.setBorder(PdfPCell.TOP);
        text.setBorderColor(new Color(220, 224, 228));
        text.setPaddingTop(8);
        text.addElement(HandoutText.paragraph(number + ". " + item.exerciseName(), EXERCISE));
        Paragraph dose = HandoutText.paragraph(item.circuit() == null ? item.dosage().summary()
                : item.dosage().summaryInCircuit(), DOSE);
        dose.setSpacingBefore(2);
        text.addElement(dose);
        if (item.dosage().note() != null) {
            Paragraph note = HandoutText.paragraph(Text.get(locale, "plan.handout.note", "note",
                    item.dosage().note()), NOTE);
            note.setSpacingBefore(4);
            text.addElement(note);
        }
        if (drawing != null) {
            // the poses in a row across the page, between the dose and the steps
            Image strip = HandoutDrawing.strip(writer, drawing);
            strip.scaleToFit(DRAWING_MAX_WIDTH, DRAWING_MAX_HEIGHT);
            strip.setSpacingBefore(6);
            text.addElement(strip);
        }
        org.openpdf.text.List steps = new org.openpdf.text.List(true, 16);
        steps.setListSymbol(new Chunk("", BODY));
        for (String step : item.steps()) {
            ListItem line = new ListItem(HandoutText.phrase(step, BODY));
            line.setSpacingBefore(3);
            steps.add(line);
        }
        text.addElement(steps);
        block.addCell(text);

        if (!photos.isEmpty()) {
            PdfPCell picture = new PdfPCell();
            picture.setBorder(PdfPCell.TOP);
            picture.setBorderColor(new Color(220, 224, 228));
            picture.setPaddingTop(10);
            picture.setPaddingLeft(8);
            picture.addElement(photos(photos));
            block.addCell(picture);
        }
        document.add(block);
    }

    /** One picture at the size of the column; several in order, two to a row, each with its number. */
    private static Element photos(List<Image> images) {
        if (images.size() == 1) {
            images.getFirst().scaleToFit(140, 140);
            return images.getFirst();
        }
        PdfPTable grid = new PdfPTable(2);
        grid.setWidthPercentage(100);
        for (int i = 0; i < images.size(); i++) {
            Image image = images.get(i);
            image.scaleToFit(64, 64);
            PdfPCell cell = new PdfPCell();
            cell.setBorder(PdfPCell.NO_BORDER);
            cell.setPadding(2);
            cell.addElement(HandoutText.paragraph(String.valueOf(i + 1), NOTE));
            cell.addElement(image);
            grid.addCell(cell);
        }
        grid.completeRow();
        return grid;
    }

    /** One sentence, with the zones in italics where the language puts them. */
    private static void painGuide(Document document, Locale locale) throws DocumentException {
        Paragraph heading = HandoutText.paragraph(Text.get(locale, "plan.handout.pain.heading"), EXERCISE);
        heading.setSpacingBefore(18);
        document.add(heading);
        String zones = Text.get(locale, "plan.handout.pain.zones", "min", LogLimits.PAIN_MIN,
                "safe", LogLimits.PAIN_SAFE_MAX, "acceptable", LogLimits.PAIN_SAFE_MAX + 1,
                "limit", LogLimits.PAIN_TOO_MUCH_ABOVE);
        String sentence = Text.get(locale, "plan.handout.pain.guide", "min", LogLimits.PAIN_MIN,
                "max", LogLimits.PAIN_MAX, "zones", ZONES_MARK);
        int at = sentence.indexOf(ZONES_MARK);
        Paragraph guide = new Paragraph();
        if (at < 0) {
            guide.add(new Chunk(sentence, BODY));
        } else {
            guide.add(new Chunk(sentence.substring(0, at), BODY));
            guide.add(new Chunk(zones, NOTE));
            guide.add(new Chunk(sentence.substring(at + ZONES_MARK.length()), BODY));
        }
        document.add(guide);
    }

    /** The date pattern of the handout's language (as {@code Formats.date}, in a given locale). */
    private static DateTimeFormatter dates(Locale locale) {
        return DateTimeFormatter.ofPattern(Text.get(locale, "base.format.date"), locale);
    }

    /** PNG and JPEG pictures are embedded; other formats (WebP) are left out of the print. */
    private static Image loadImage(CatalogueService.ImageData image) {
        if (!image.contentType().equals("image/png") && !image.contentType().equals("image/jpeg")) {
            return null;
        }
        try {
            return Image.getInstance(image.bytes());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Clinic name and page number at the bottom of every page. */
    private static final class Footer extends PdfPageEventHelper {

        private final String clinic;
        private final Locale locale;

        Footer(String clinic, Locale locale) {
            this.clinic = clinic;
            this.locale = locale;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                    HandoutText.phrase(Text.get(locale, "plan.handout.footer", "clinic", clinic), FOOTER), document.left(), 30, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                    new Phrase(Text.get(locale, "plan.handout.page", "page", writer.getPageNumber()), FOOTER), document.right(), 30, 0);
        }
    }
}
