package com.stride.plan;

import com.stride.base.text.Formats;
import com.stride.catalogue.CatalogueService;
import com.stride.catalogue.illustration.Illustration;
import com.stride.catalogue.illustration.StockIllustrations;
import com.stride.log.LogLimits;
import com.stride.log.Pain;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.ZoneId;
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
 * or emoji the fonts have prints as typed.
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

    static byte[] render(PlanDetails plan, Map<Long, List<CatalogueService.ImageData>> images, ZoneId zone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(plan.clinicName()));
            document.addTitle(plan.title() + " for " + plan.runnerName());
            document.addAuthor(plan.revisedBy());
            document.addCreator("Stride");
            document.open();
            header(document, plan, zone);
            int number = 1;
            List<PlanItemView> items = plan.items();
            for (int i = 0; i < items.size(); i++) {
                PlanItemView item = items.get(i);
                if (item.circuit() != null && (i == 0 || !item.circuit().equals(items.get(i - 1).circuit()))) {
                    circuit(document, items.subList(i, items.size()).stream()
                            .takeWhile(next -> item.circuit().equals(next.circuit())).count(), item);
                }
                exercise(document, writer, number++, item, images.getOrDefault(item.exerciseId(), List.of()));
            }
            if (plan.items().isEmpty()) {
                document.add(HandoutText.paragraph("No exercises yet.", NOTE));
            }
            painGuide(document);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not build the handout", e);
        }
        return out.toByteArray();
    }

    private static void header(Document document, PlanDetails plan, ZoneId zone) throws DocumentException {
        document.add(HandoutText.paragraph(plan.clinicName(), CLINIC));
        Paragraph title = HandoutText.paragraph("Home exercise plan for " + plan.runnerName(), TITLE);
        title.setSpacingBefore(4);
        document.add(title);
        document.add(HandoutText.paragraph(plan.title(), SUBTITLE));
        String dates = "From " + Formats.date(plan.startDate())
                + (plan.endDate() == null ? "" : " until " + Formats.date(plan.endDate()));
        Paragraph meta = HandoutText.paragraph(dates + "  ·  prepared by " + plan.revisedBy() + " on " + Formats.date(plan.revisedAt(), zone)
                + "  ·  version " + plan.revision(), META);
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
    private static void circuit(Document document, long moves, PlanItemView first) throws DocumentException {
        Paragraph heading = HandoutText.paragraph("Circuit: " + first.dosage().rounds() + " of the next " + moves
                + " moves", EXERCISE);
        heading.setSpacingBefore(14);
        document.add(heading);
        boolean moreRounds = first.dosage().sets() != null && first.dosage().sets().upper() > 1;
        document.add(HandoutText.paragraph("Do the moves one after the other" + (moreRounds
                ? ", then start the next round." : "."), NOTE));
    }

    private static void exercise(Document document, PdfWriter writer, int number, PlanItemView item,
                                 List<CatalogueService.ImageData> pictures) throws DocumentException {
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
            Paragraph note = HandoutText.paragraph("Note from your physical therapist: " + item.dosage().note(), NOTE);
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

    private static void painGuide(Document document) throws DocumentException {
        Paragraph heading = HandoutText.paragraph("How much may it hurt?", EXERCISE);
        heading.setSpacingBefore(18);
        document.add(heading);
        Paragraph guide = new Paragraph();
        guide.add(new Chunk("Pain during an exercise, on a scale from " + LogLimits.PAIN_MIN + " (none) to "
                + LogLimits.PAIN_MAX + " (worst imaginable): ", BODY));
        guide.add(new Chunk(Pain.zones(), NOTE));
        guide.add(new Chunk(": stop that exercise and tell your physical therapist. How it feels the next "
                + "morning helps decide whether to do more or less.", BODY));
        document.add(guide);
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

        Footer(String clinic) {
            this.clinic = clinic;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                    HandoutText.phrase(clinic + "  ·  Stride home exercise plan", FOOTER), document.left(), 30, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                    new Phrase("Page " + writer.getPageNumber(), FOOTER), document.right(), 30, 0);
        }
    }
}
