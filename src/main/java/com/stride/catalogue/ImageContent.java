package com.stride.catalogue;

import com.stride.i18n.Text;
import com.stride.base.text.Formats;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decides what an uploaded file really is from its bytes, not its name: PNG, JPEG or WebP, at most
 * 5 MB. For PNG and JPEG the image header must also read as a real image of sane dimensions; the
 * pixels are never decoded, so a small file claiming a gigantic canvas cannot exhaust memory.
 */
public final class ImageContent {

    public static final int MAX_MEGABYTES = 5;
    public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;
    /** Larger than any phone camera picture; a bigger canvas is refused before any decoding. */
    public static final int MAX_SIDE_PIXELS = 12_000;
    public static final long MAX_PIXELS = 50_000_000L;
    public static final String[] ACCEPTED_TYPES = {"image/png", "image/jpeg", "image/webp"};

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    /** An accepted image: its bytes and the content type they were found to be. */
    public record Checked(byte[] bytes, String contentType) {
    }

    private ImageContent() {
    }

    /** The one wording of a file that is too large, for the upload and the service alike. */
    public static String tooLarge() {
        return Text.get("catalogue.image.tooLarge", "megabytes", MAX_MEGABYTES);
    }

    /** The accepted image, or a user-facing reason why it is refused. */
    public static Result check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Result.refused(Text.get("catalogue.image.empty"));
        }
        if (bytes.length > MAX_BYTES) {
            return Result.refused(tooLarge());
        }
        Optional<String> type = sniff(bytes);
        if (type.isEmpty()) {
            return Result.refused(Text.get("catalogue.image.notAnImage"));
        }
        if (!type.get().equals("image/webp")) {
            Optional<long[]> size = dimensions(bytes);
            if (size.isEmpty()) {
                return Result.refused(Text.get("catalogue.image.damaged"));
            }
            long width = size.get()[0];
            long height = size.get()[1];
            if (width > MAX_SIDE_PIXELS || height > MAX_SIDE_PIXELS || width * height > MAX_PIXELS) {
                return Result.refused(Text.get("catalogue.image.tooManyPixels", "width", Long.toString(width),
                        "height", Long.toString(height), "max", Formats.number(MAX_SIDE_PIXELS)));
            }
        }
        return Result.accepted(new Checked(bytes, type.get()));
    }

    static Optional<String> sniff(byte[] bytes) {
        if (startsWith(bytes, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (bytes.length >= 16 && ascii(bytes, 0, "RIFF") && ascii(bytes, 8, "WEBP")
                && (ascii(bytes, 12, "VP8 ") || ascii(bytes, 12, "VP8L") || ascii(bytes, 12, "VP8X"))) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    /** Width and height from the image header only, or empty when no reader understands it. */
    private static Optional<long[]> dimensions(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                return width > 0 && height > 0 ? Optional.of(new long[] {width, height}) : Optional.empty();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean ascii(byte[] bytes, int offset, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (bytes[offset + i] != (byte) text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Outcome of {@link #check(byte[])}. */
    public record Result(Checked image, String problem) {

        static Result accepted(Checked image) {
            return new Result(image, null);
        }

        static Result refused(String problem) {
            return new Result(null, problem);
        }

        public boolean isAccepted() {
            return image != null;
        }
    }
}
