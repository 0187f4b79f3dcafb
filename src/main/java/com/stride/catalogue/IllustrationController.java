package com.stride.catalogue;

import com.stride.catalogue.illustration.Illustration;
import com.stride.catalogue.illustration.StockIllustrations;
import com.stride.catalogue.illustration.SvgDrawing;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the stock exercises' drawings as SVG, made once per code and kept. They show no clinical
 * data, but like every page they are only for signed-in people. The URL carries a hash of the
 * drawing, so a changed drawing gets a new URL and a browser may keep each one.
 */
@RestController
class IllustrationController {

    static final String PATH = "/catalogue/illustrations/";
    private static final Map<String, Svg> DRAWINGS = new ConcurrentHashMap<>();

    /** The three pictures of a drawing, by the end of their file name. */
    enum Kind {
        ANIMATED(""), POSES("-poses"), LAST_POSE("-pose");

        private final String suffix;

        Kind(String suffix) {
            this.suffix = suffix;
        }
    }

    private record Svg(Map<Kind, byte[]> files, String version) {
    }

    static String url(String code, Kind kind) {
        return PATH.substring(1) + code + kind.suffix + ".svg?v=" + svg(code).version();
    }

    private static Svg svg(String code) {
        return DRAWINGS.computeIfAbsent(code, c -> {
            Illustration illustration = StockIllustrations.of(c).orElseThrow();
            Map<Kind, byte[]> files = new EnumMap<>(Kind.class);
            files.put(Kind.ANIMATED, SvgDrawing.animated(illustration).getBytes(StandardCharsets.UTF_8));
            files.put(Kind.POSES, SvgDrawing.strip(illustration).getBytes(StandardCharsets.UTF_8));
            files.put(Kind.LAST_POSE, SvgDrawing.pose(illustration, illustration.poses().size() - 1)
                    .getBytes(StandardCharsets.UTF_8));
            int hash = 1;
            for (byte[] file : files.values()) {
                hash = 31 * hash + Arrays.hashCode(file);
            }
            return new Svg(files, Integer.toHexString(hash));
        });
    }

    @GetMapping(PATH + "{name}.svg")
    ResponseEntity<byte[]> drawing(@PathVariable String name) {
        for (Kind kind : List.of(Kind.POSES, Kind.LAST_POSE, Kind.ANIMATED)) {
            String code = name.endsWith(kind.suffix) ? name.substring(0, name.length() - kind.suffix.length()) : "";
            if (StockIllustrations.codes().contains(code)) {
                return ResponseEntity.ok()
                        .contentType(MediaType.valueOf("image/svg+xml"))
                        .cacheControl(CacheControl.noStore().cachePrivate())
                        .header("Content-Security-Policy", "default-src 'none'; sandbox")
                        .body(svg(code).files().get(kind));
            }
        }
        return ResponseEntity.notFound().build();
    }
}
