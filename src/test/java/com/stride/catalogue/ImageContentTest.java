package com.stride.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class ImageContentTest {

    @Test
    void aRealPngIsAcceptedAsPng() throws IOException {
        ImageContent.Result result = ImageContent.check(Files.readAllBytes(Path.of("src/test/resources/images/exercise.png")));

        assertThat(result.isAccepted()).isTrue();
        assertThat(result.image().contentType()).isEqualTo("image/png");
    }

    @Test
    void theContentDecidesNotTheName() throws IOException {
        assertThat(ImageContent.check(Files.readAllBytes(Path.of("src/test/resources/images/not-an-image.png")))
                .problem()).isEqualTo("This file is not a PNG, JPEG or WebP image.");
        assertThat(ImageContent.check("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes()).isAccepted()).isFalse();
        assertThat(ImageContent.check(new byte[0]).problem()).isEqualTo("The file is empty.");
    }

    @Test
    void aTruncatedPngIsRefused() throws IOException {
        byte[] png = Files.readAllBytes(Path.of("src/test/resources/images/exercise.png"));

        assertThat(ImageContent.check(Arrays.copyOf(png, 12)).problem())
                .isEqualTo("This image file is damaged or incomplete.");
    }

    @Test
    void aSmallFileClaimingAGiganticCanvasIsRefusedWithoutDecodingIt() throws IOException {
        byte[] bomb = pngHeader(40_000, 40_000);

        ImageContent.Result result = ImageContent.check(bomb);

        assertThat(result.isAccepted()).isFalse();
        assertThat(result.problem()).contains("40000 × 40000");
    }

    @Test
    void moreThanFiveMegabytesIsRefused() {
        byte[] big = new byte[ImageContent.MAX_BYTES + 1];
        big[0] = (byte) 0x89;

        assertThat(ImageContent.check(big).problem()).contains("larger than 5 MB");
    }

    @Test
    void webpIsRecognisedByItsRiffHeader() {
        byte[] webp = new byte[32];
        System.arraycopy("RIFF".getBytes(), 0, webp, 0, 4);
        System.arraycopy("WEBPVP8 ".getBytes(), 0, webp, 8, 8);

        assertThat(ImageContent.check(webp).image().contentType()).isEqualTo("image/webp");
    }

    /** A PNG signature and IHDR chunk for the given size, followed by an empty image data chunk. */
    private static byte[] pngHeader(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] typeBytes = type.getBytes();
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
