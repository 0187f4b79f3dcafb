package com.stride.catalogue.ui;

import com.stride.i18n.Text;
import com.stride.base.ui.FieldErrors;
import com.stride.catalogue.ExerciseImages;
import com.stride.catalogue.ImageChange;
import com.stride.catalogue.ImageContent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Picks an exercise's pictures, in order: one per step if the PT likes. New pictures are only kept
 * in the form until the exercise is saved, so saving stays one step; each is checked right away
 * (and again by the service). Pictures can be moved earlier or later and removed.
 */
class ImagePicker extends Div implements FieldErrors.Group {

    /**
     * One picture in the form: one the exercise has (by position) or a new one. Its preview is made
     * once: a new picture is served to the browser from memory, never sent inside the page, so moving
     * pictures around sends only their order.
     */
    private record Entry(Image preview, ImageChange.Slot slot) {
    }

    private final Upload upload = new Upload();
    private final OrderedList list = new OrderedList();
    private final Span count = new Span();
    private final Span error = new Span();
    private final List<Entry> entries = new ArrayList<>();
    private List<Entry> loaded = List.of();
    private @Nullable String problem;
    private @Nullable Focus focus;
    private Runnable changeListener = () -> { };

    ImagePicker() {
        addClassName("image-picker");
        list.addClassName("picture-list");
        count.addClassName("field-hint");
        error.addClassName("field-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImageContent.MAX_BYTES);
        upload.setAcceptedFileTypes(ImageContent.ACCEPTED_TYPES);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(Text.get("catalogue.picker.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(Text.get("catalogue.picker.drop",
                "megabytes", ImageContent.MAX_MEGABYTES)));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(Text.get("catalogue.picker.tooMany"))
                .setFileIsTooBig(ImageContent.tooLarge())
                .setIncorrectFileType(Text.get("catalogue.picker.wrongType")));
        // the upload's own words, which would otherwise stay in English
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(Text.get("catalogue.picker.status.connecting"))
                        .setStalled(Text.get("catalogue.picker.status.stalled"))
                        .setProcessing(Text.get("catalogue.picker.status.processing"))
                        .setHeld(Text.get("catalogue.picker.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(Text.get("catalogue.picker.remaining"))
                        .setUnknown(Text.get("catalogue.picker.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(Text.get("catalogue.picker.error.unavailable"))
                        .setUnexpectedServerError(Text.get("catalogue.picker.error.unexpected"))
                        .setForbidden(Text.get("catalogue.picker.error.forbidden"))
                        .setFileTooLarge(ImageContent.tooLarge())));
        i18n.setFile(new UploadI18N.File()
                .setRetry(Text.get("catalogue.picker.file.retry"))
                .setStart(Text.get("catalogue.picker.file.start"))
                .setRemove(Text.get("catalogue.picker.file.remove")));
        upload.setI18n(i18n);
        upload.setUploadHandler(new LimitedUploadHandler());
        upload.addFileRejectedListener(e -> {
            problem = e.getErrorMessage();
            render();
        });
        add(list, upload, count, error);
        render();
    }

    void setCurrent(List<String> urls) {
        entries.clear();
        for (int i = 0; i < urls.size(); i++) {
            entries.add(new Entry(preview(urls.get(i)), new ImageChange.Kept(i + 1)));
        }
        loaded = List.copyOf(entries);
        problem = null;
        upload.clearFileList();
        render();
    }

    /** Keep when nothing changed, so a save without picture changes writes no pictures. */
    ImageChange getChange() {
        return entries.equals(loaded) ? ImageChange.KEEP
                : new ImageChange.Pictures(entries.stream().map(Entry::slot).toList());
    }

    /** Shows a message about the pictures (from the service, or about a refused file). */
    void showError(@Nullable String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }

    /** The service's message about the pictures comes under the key of the pictures themselves. */
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
     * ignored: the form keeps the pictures it had, and can still be saved.
     */
    void received(byte[] bytes) {
        ImageContent.Result result = ImageContent.check(bytes);
        if (entries.size() >= ExerciseImages.MAX_PICTURES) {
            problem = ExerciseImages.tooMany();
        } else if (result.isAccepted()) {
            String type = result.image().contentType();
            Image preview = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(bytes), "picture", type, bytes.length)), "");
            preview.addClassName("image-preview");
            entries.add(new Entry(preview, new ImageChange.Added(bytes)));
            problem = null;
            changeListener.run();
        } else {
            problem = result.problem();
        }
        upload.clearFileList();
        render();
    }

    private static Image preview(String url) {
        Image preview = new Image(url, "");
        preview.addClassName("image-preview");
        return preview;
    }

    private void render() {
        list.removeAll();
        for (int i = 0; i < entries.size(); i++) {
            list.add(row(i));
        }
        focus = null;
        list.setVisible(!entries.isEmpty());
        upload.setVisible(entries.size() < ExerciseImages.MAX_PICTURES);
        count.setText(entries.isEmpty()
                ? Text.get("catalogue.picker.upTo", "max", ExerciseImages.MAX_PICTURES)
                : Text.get("catalogue.picker.count", "count", entries.size(), "max", ExerciseImages.MAX_PICTURES));
        showError(problem);
    }

    private ListItem row(int index) {
        int number = index + 1;
        Image preview = entries.get(index).preview();
        preview.setAlt(Text.get("catalogue.picker.alt", "number", number));
        Button earlier = icon(VaadinIcon.ARROW_UP, Text.get("catalogue.picker.earlier", "number", number), index > 0, () -> {
            Collections.swap(entries, index, index - 1);
            focus = new Focus(index - 1, true);
        });
        Button later = icon(VaadinIcon.ARROW_DOWN, Text.get("catalogue.picker.later", "number", number),
                index + 1 < entries.size(),
                () -> {
                    Collections.swap(entries, index, index + 1);
                    focus = new Focus(index + 1, false);
                });
        // the keyboard stays on the arrow that moved the picture, now on its new row
        if (focus != null && focus.index() == index) {
            Button moved = focus.earlier() && index > 0 || index + 1 == entries.size() ? earlier : later;
            moved.focus();
        }
        Button remove = new Button(Text.get("catalogue.picker.remove"), e -> change(() -> entries.remove(index)));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(Text.get("catalogue.picker.removeNumber", "number", number));
        Div actions = new Div(earlier, later, remove);
        actions.addClassName("picture-actions");
        ListItem item = new ListItem(preview, actions);
        item.addClassName("picture-item");
        return item;
    }

    private Button icon(VaadinIcon icon, String label, boolean enabled, Runnable action) {
        Button button = new Button(icon.create(), e -> change(action));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.setEnabled(enabled);
        return button;
    }

    private void change(Runnable action) {
        action.run();
        problem = null;
        render();
        changeListener.run();
    }

    /** Where the keyboard goes after a move: the row the picture moved to, and the arrow used. */
    private record Focus(int index, boolean earlier) {
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
