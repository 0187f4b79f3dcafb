package com.stride.catalogue.ui;

import com.stride.base.ui.FieldErrors;
import com.stride.catalogue.ImageChange;
import com.stride.catalogue.ImageContent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Picks an exercise picture. The new picture is only kept in the form until the exercise is saved,
 * so saving stays one step; its content is checked right away (and again by the service).
 */
class ImagePicker extends Div implements FieldErrors.Group {

    private final Upload upload = new Upload();
    private final Image preview = new Image();
    private final Button remove = new Button("Remove picture");
    private final Span error = new Span();
    private @Nullable String currentUrl;
    private ImageChange change = ImageChange.KEEP;
    private @Nullable String newImageSrc;
    private @Nullable String problem;
    private Runnable changeListener = () -> { };

    ImagePicker() {
        addClassName("image-picker");
        preview.addClassName("image-preview");
        preview.setAlt("Picture of the exercise");
        error.addClassName("field-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> {
            change = currentUrl == null ? ImageChange.KEEP : ImageChange.REMOVE;
            newImageSrc = null;
            problem = null;
            render();
            changeListener.run();
        });

        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImageContent.MAX_BYTES);
        upload.setAcceptedFileTypes(ImageContent.ACCEPTED_TYPES);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("Choose picture..."));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("or drop a PNG, JPEG or WebP image (max "
                + ImageContent.MAX_MEGABYTES + " MB) here"));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(ImageContent.TOO_LARGE)
                .setIncorrectFileType("Choose a PNG, JPEG or WebP image."));
        upload.setI18n(i18n);
        upload.setUploadHandler(new LimitedUploadHandler());
        upload.addFileRejectedListener(e -> {
            problem = e.getErrorMessage();
            render();
        });
        add(preview, remove, upload, error);
        render();
    }

    void setCurrent(String url) {
        currentUrl = url;
        change = ImageChange.KEEP;
        newImageSrc = null;
        problem = null;
        upload.clearFileList();
        render();
    }

    ImageChange getChange() {
        return change;
    }

    /** Shows a message about the picture (from the service, or about a refused file). */
    void showError(@Nullable String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }

    /** The service's message about the picture comes under the key of the picture itself. */
    @Override
    public Map<String, String> showErrors(Map<String, String> errors) {
        showError(errors.get(""));
        return Map.of();
    }

    void setChangeListener(Runnable listener) {
        changeListener = listener;
    }

    /**
     * Called with the uploaded bytes, on the UI thread. A refused file is explained and otherwise
     * ignored: the form keeps whatever picture it had, and can still be saved.
     */
    void received(byte[] bytes) {
        ImageContent.Result result = ImageContent.check(bytes);
        if (result.isAccepted()) {
            change = ImageChange.replace(bytes);
            newImageSrc = "data:" + result.image().contentType() + ";base64,"
                    + Base64.getEncoder().encodeToString(bytes);
            problem = null;
            changeListener.run();
        } else {
            problem = result.problem();
        }
        upload.clearFileList();
        render();
    }

    private void render() {
        String src = switch (change) {
            case ImageChange.Replace replace -> newImageSrc;
            case ImageChange.Remove r -> null;
            case ImageChange.Keep k -> currentUrl;
        };
        preview.setVisible(src != null);
        if (src != null) {
            preview.setSrc(src);
        }
        remove.setVisible(src != null);
        showError(problem);
    }

    /** Reads at most one byte more than allowed, so an oversized upload never fills the memory. */
    private final class LimitedUploadHandler implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(ImageContent.MAX_BYTES + 1);
            }
            event.getUI().access(() -> received(bytes));
        }

        @Override
        public long getFileSizeMax() {
            return ImageContent.MAX_BYTES;
        }
    }
}
