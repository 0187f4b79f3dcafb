package com.stride.catalogue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Decides what an uploaded file really is from its bytes, not its name: PNG, JPEG or WebP, at most
 * 5 MB. PNG and JPEG must also decode as images, so a renamed or truncated file is refused.
 */
public final class ImageContent {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final String[] ACCEPTED_TYPES = {"image/png", "image/jpeg", "image/webp"};

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    /** An accepted image: its bytes and the content type they were found to be. */
    public record Checked(byte[] bytes, String contentType) {
    }

    private ImageContent() {
    }

    /** The accepted image, or a user-facing reason why it is refused. */
    public static Result check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Result.refused("The file is empty.");
        }
        if (bytes.length > MAX_BYTES) {
            return Result.refused("The image is larger than 5 MB. Please choose a smaller one.");
        }
        Optional<String> type = sniff(bytes);
        if (type.isEmpty()) {
            return Result.refused("This file is not a PNG, JPEG or WebP image.");
        }
        if (!type.get().equals("image/webp") && !decodes(bytes)) {
            return Result.refused("This image file is damaged or incomplete.");
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

    private static boolean decodes(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes)) != null;
        } catch (IOException | RuntimeException e) {
            return false;
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
