package com.stride.catalogue;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import com.stride.base.RecordNotFoundException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves exercise images with their real content type, only to callers who may see the exercise
 * (the service decides; anyone else gets 404). Never stored by the browser: a clinic's pictures
 * must not stay on a shared computer after sign-out. URLs carry a version parameter, so a changed
 * image still gets a new URL.
 */
@RestController
class ExerciseImageController {

    static final String PATH = "/catalogue/images/";

    private final CatalogueService catalogue;

    ExerciseImageController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping(PATH + "{id}/{position}")
    ResponseEntity<byte[]> image(@PathVariable long id, @PathVariable int position) {
        return catalogue.image(id, position)
                .map(image -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(image.contentType()))
                        .cacheControl(CacheControl.noStore().cachePrivate())
                        .header("Content-Security-Policy", "default-src 'none'; sandbox")
                        .body(image.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<Void> notFound() {
        return ResponseEntity.notFound().build();
    }
}
