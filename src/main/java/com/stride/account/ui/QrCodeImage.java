package com.stride.account.ui;

import com.vaadin.flow.component.html.Image;
import io.nayuki.qrcodegen.QrCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A QR code as an SVG image (a data: address: nothing is served or stored for it). */
final class QrCodeImage {

    private static final int QUIET_ZONE = 4;

    private QrCodeImage() {
    }

    static Image of(String text, String alternative) {
        Image image = new Image("data:image/svg+xml;base64," + Base64.getEncoder()
                .encodeToString(svg(QrCode.encodeText(text, QrCode.Ecc.MEDIUM)).getBytes(StandardCharsets.UTF_8)),
                alternative);
        image.addClassName("qr-code");
        return image;
    }

    /** One path of unit squares, dark on white, with the quiet zone scanners need around it. */
    static String svg(QrCode qr) {
        int size = qr.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size // literal: markup
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>" // literal: markup
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>"; // literal: markup
    }
}
