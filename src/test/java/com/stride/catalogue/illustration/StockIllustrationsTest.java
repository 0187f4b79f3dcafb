package com.stride.catalogue.illustration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every stock drawing keeps its joints within their ranges and renders; the pictures are written
 * to target/illustrations (index.html shows them all) for a person to look at.
 */
class StockIllustrationsTest {

    @Test
    void everyPoseOfEveryStockDrawingIsAnatomicallyPossible() {
        List<String> problems = new ArrayList<>();
        StockIllustrations.codes().forEach(code -> {
            Illustration illustration = StockIllustrations.of(code).orElseThrow();
            List<Pose> poses = illustration.poses();
            for (int i = 0; i < poses.size(); i++) {
                for (String problem : Anatomy.problems(poses.get(i), illustration.view())) {
                    problems.add(code + " pose " + (i + 1) + ": " + problem);
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyStockDrawingShowsWhichSideWorksAndSaysWhatItShows() {
        StockIllustrations.codes().forEach(code -> {
            Illustration illustration = StockIllustrations.of(code).orElseThrow();
            assertThat(illustration.working()).as(code).isNotEmpty();
            assertThat(illustration.alt()).as(code).hasSizeGreaterThan(30);
        });
    }

    @Test
    void writesEveryDrawingForReview() throws IOException {
        Path dir = Path.of("target", "illustrations");
        Files.createDirectories(dir);
        StringBuilder index = new StringBuilder("<!doctype html><meta charset=utf-8><style>"
                + "body{font:14px sans-serif;margin:8px} div{display:inline-block;margin:4px;border:1px solid #ddd;"
                + "vertical-align:top} img{display:block} .a{width:240px} .s{height:110px}</style>");
        for (String code : StockIllustrations.codes()) {
            Illustration illustration = StockIllustrations.of(code).orElseThrow();
            String animated = SvgDrawing.animated(illustration);
            String strip = SvgDrawing.strip(illustration);
            assertThat(animated).startsWith("<svg").endsWith("</svg>").contains("<animate");
            assertThat(strip).startsWith("<svg").doesNotContain("<animate");
            Files.writeString(dir.resolve(code + ".svg"), animated);
            Files.writeString(dir.resolve(code + "-poses.svg"), strip);
            index.append("<div><b>").append(code).append("</b><img class=s src=\"").append(code)
                    .append("-poses.svg\"></div>");
        }
        Files.writeString(dir.resolve("index.html"), index.toString());
    }
}
