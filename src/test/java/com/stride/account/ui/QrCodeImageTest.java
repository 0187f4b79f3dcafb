package com.stride.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.nayuki.qrcodegen.QrCode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The QR code an authenticator app scans, drawn as SVG, reads back as exactly the address it encodes. */
class QrCodeImageTest {

    private static final String URI = "otpauth://totp/Stride%3Apt.maya?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
            + "&issuer=Stride&algorithm=SHA1&digits=6&period=30";
    private static final int SCALE = 6;

    @Test
    void theSvgReadsBackAsTheOtpauthAddress() throws Exception {
        String svg = QrCodeImage.svg(QrCode.encodeText(URI, QrCode.Ecc.MEDIUM));
        int size = Integer.parseInt(svg.replaceAll("(?s).*viewBox=\"0 0 (\\d+) \\d+\".*", "$1"));

        boolean[][] dark = new boolean[size][size];
        Matcher module = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg);
        while (module.find()) {
            dark[Integer.parseInt(module.group(2))][Integer.parseInt(module.group(1))] = true;
        }
        int pixels = size * SCALE;
        int[] rgb = new int[pixels * pixels];
        for (int y = 0; y < pixels; y++) {
            for (int x = 0; x < pixels; x++) {
                rgb[y * pixels + x] = dark[y / SCALE][x / SCALE] ? 0xff000000 : 0xffffffff;
            }
        }
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(pixels, pixels, rgb)))).getText();

        assertThat(decoded).isEqualTo(URI);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").doesNotContain("<script");
    }
}
