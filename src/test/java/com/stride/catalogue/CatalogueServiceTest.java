package com.stride.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stride.base.ConcurrentEditException;
import com.stride.base.InvalidInputException;
import com.stride.base.RecordNotFoundException;
import com.stride.test.IntegrationTest;
import com.stride.test.SignIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
class CatalogueServiceTest {

    @Autowired
    private CatalogueService catalogue;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DataSource dataSource;

    @Test
    void aCustomExerciseBelongsToTheCreatorsClinicOnly() throws IOException {
        SignIn.as("pt.maya");
        ExerciseDetails created = catalogue.create(draft("Heel drop on stairs", d -> d)
                .withImage(ImageChange.replace(png())).build());
        assertThat(created.editable()).isTrue();
        assertThat(catalogue.search(SearchCriteria.text("heel drop"), 0, 10)).extracting(ExerciseSummary::name)
                .startsWith("Heel drop on stairs");

        SignIn.as("admin");
        assertThat(catalogue.get(created.id()).editable()).isTrue();

        for (String outsider : List.of("hilltop.pt", "hilltop.admin")) {
            SignIn.as(outsider);
            assertThat(catalogue.search(SearchCriteria.text("heel drop"), 0, 10)).extracting(ExerciseSummary::name)
                    .doesNotContain("Heel drop on stairs");
            assertThat(catalogue.search(SearchCriteria.all(), 0, 200)).noneMatch(e -> e.id() == created.id());
            assertThatThrownBy(() -> catalogue.get(created.id())).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> catalogue.image(created.id(), 1)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> catalogue.update(created.id(), created.version(), draft("Renamed", d -> d).build()))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> catalogue.archive(created.id(), created.version()))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> catalogue.restore(created.id(), created.version()))
                    .isInstanceOf(RecordNotFoundException.class);
        }
        assertThat(jdbc.queryForObject("select name from exercise where id = ?", String.class, created.id()))
                .isEqualTo("Heel drop on stairs");
    }

    @Test
    void runnersAndAnonymousCallersCannotUseTheCatalogue() {
        long stockId = stockId("glute-bridge");
        SignIn.as("runner.jordan");
        assertThatThrownBy(() -> catalogue.search(SearchCriteria.all(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalogue.count(SearchCriteria.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalogue.get(stockId)).isInstanceOf(AccessDeniedException.class);
        // pictures only of the exercises in the runner's own plans (glute-bridge is not in Jordan's)
        assertThatThrownBy(() -> catalogue.image(stockId, 1)).isInstanceOf(RecordNotFoundException.class);
        assertThat(catalogue.image(stockId("kneeling-hip-flexor-stretch"), 1)).isNotNull();
        assertThatThrownBy(() -> catalogue.create(draft("Runner made", d -> d).build()))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.out();
        assertThatThrownBy(() -> catalogue.search(SearchCriteria.all(), 0, 10))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> catalogue.get(stockId))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void stockExercisesAreVisibleToEveryClinicAndChangeableByNone() {
        long stockId = stockId("glute-bridge");
        for (String user : List.of("pt.maya", "hilltop.admin")) {
            SignIn.as(user);
            ExerciseDetails bridge = catalogue.get(stockId);
            assertThat(bridge.stock()).isTrue();
            assertThat(bridge.editable()).isFalse();
            assertThatThrownBy(() -> catalogue.update(stockId, bridge.version(), draft("Hacked", d -> d).build()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> catalogue.archive(stockId, bridge.version()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForMap("select name, archived_at from exercise where id = ?", stockId))
                .containsEntry("name", "Glute bridge").containsEntry("archived_at", null);
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndNothingIsOverwritten() {
        SignIn.as("pt.maya");
        ExerciseDetails created = catalogue.create(draft("Toe yoga", d -> d).build());
        ExerciseDetails loadedByMaya = catalogue.get(created.id());
        SignIn.as("pt.sam");
        ExerciseDetails loadedBySam = catalogue.get(created.id());

        catalogue.update(created.id(), loadedBySam.version(), draft("Toe yoga (big toe first)", d -> d).build());
        SignIn.as("pt.maya");

        assertThatThrownBy(() -> catalogue.update(created.id(), loadedByMaya.version(),
                draft("Toe yoga for beginners", d -> d).build()))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("Someone else saved changes");
        assertThatThrownBy(() -> catalogue.archive(created.id(), loadedByMaya.version()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(jdbc.queryForMap("select name, archived_at from exercise where id = ?", created.id()))
                .containsEntry("name", "Toe yoga (big toe first)").containsEntry("archived_at", null);
    }

    @Test
    void aPictureOnlyChangeAlsoConflictsWithAConcurrentEdit() throws IOException {
        SignIn.as("pt.maya");
        ExerciseDetails created = catalogue.create(draft("Calf pulses", d -> d).build());
        SignIn.as("pt.sam");
        catalogue.update(created.id(), created.version(),
                draft("Calf pulses", d -> d).withImage(ImageChange.replace(png())).build());
        SignIn.as("pt.maya");

        assertThatThrownBy(() -> catalogue.update(created.id(), created.version(),
                draft("Calf pulses", d -> d).withImage(ImageChange.REMOVE).build()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(catalogue.image(created.id(), 1)).isPresent();
    }

    @Test
    void twoSimultaneousCreatesWithTheSameNameLeaveOneAndExplainTheOther() throws Exception {
        long riverside = jdbc.queryForObject("select id from clinic where name = 'Riverside Physio'", Long.class);
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement("""
                    insert into exercise (clinic_id, name, category, regions, position, one_side, steps, reps_min,
                                          created_at, updated_at)
                    values (?, 'Race drill', 'STRETCH', array['HIPS'], 'STANDING', false, array['Go'], 5, now(), now())""")) {
                insert.setLong(1, riverside);
                insert.executeUpdate();
            }
            ExecutorService executor = Executors.newSingleThreadExecutor();
            try {
                Future<ExerciseDetails> create = executor.submit(() -> {
                    return SignIn.as("pt.maya", () -> catalogue.create(draft("Race drill", d -> d).build()));
                });
                // The service's own check cannot see the uncommitted row; its insert waits on the index.
                Thread.sleep(500);
                assertThat(create.isDone()).isFalse();
                other.commit();

                assertThatThrownBy(create::get).cause().isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("name", "Your clinic already has an exercise with this name"));
            } finally {
                executor.shutdownNow();
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from exercise where name = 'Race drill'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void archivingHidesFromSearchButKeepsTheExerciseAndRestoreBringsItBack() {
        SignIn.as("pt.maya");
        ExerciseDetails created = catalogue.create(draft("Ankle alphabet", d -> d).build());

        ExerciseDetails archived = catalogue.archive(created.id(), created.version());

        assertThat(archived.archived()).isTrue();
        assertThat(catalogue.search(SearchCriteria.text("ankle alphabet"), 0, 10)).isEmpty();
        SearchCriteria withArchived = new SearchCriteria("ankle alphabet", Set.of(), Set.of(), Set.of(), false,
                Set.of(), null, true);
        assertThat(catalogue.search(withArchived, 0, 10)).extracting(ExerciseSummary::archived).containsExactly(true);
        assertThat(catalogue.get(created.id()).name()).isEqualTo("Ankle alphabet");

        ExerciseDetails restored = catalogue.restore(created.id(), archived.version());
        assertThat(restored.archived()).isFalse();
        assertThat(catalogue.search(SearchCriteria.text("ankle alphabet"), 0, 10)).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from exercise where name = 'Ankle alphabet'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void theSameFormSubmittedTwiceCreatesOneExercise() {
        SignIn.as("pt.maya");
        ExerciseDraft draft = draft("Wall sit", d -> d).build();
        catalogue.create(draft);

        assertThatThrownBy(() -> catalogue.create(draft))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("name"));
        assertThat(jdbc.queryForObject("select count(*) from exercise where name = 'Wall sit'", Integer.class))
                .isEqualTo(1);

        // Another clinic may use the same name for its own exercise.
        SignIn.as("hilltop.pt");
        assertThat(catalogue.create(draft).name()).isEqualTo("Wall sit");
    }

    @ParameterizedTest(name = "refuses {0}")
    @ValueSource(strings = {"empty name", "short name", "long name", "script in name", "control character in name",
            "no step", "blank step", "10000-character step", "21 steps", "script in step", "no region",
            "http video", "script video", "reps 0", "hold -5", "min above max", "nothing to do", "days 8",
            "weekdays and days", "fake image", "oversized image", "empty image"})
    void badInputIsRefusedWithAFieldMessageAndChangesNothing(String problem) throws IOException {
        SignIn.as("pt.maya");
        ExerciseDetails existing = catalogue.create(draft("Balance drill " + problem.hashCode(), d -> d).build());
        String before = snapshot();

        Draft bad = switch (problem) {
            case "empty name" -> draft("   ", d -> d);
            case "short name" -> draft("ab", d -> d);
            case "long name" -> draft("x".repeat(121), d -> d);
            case "script in name" -> draft("<script>alert('x')</script>", d -> d);
            case "control character in name" -> draft("Bridge\u001B[31m", d -> d);
            case "no step" -> draft("Valid name", d -> d).withSteps(List.of());
            case "blank step" -> draft("Valid name", d -> d).withSteps(List.of("Do this", " "));
            case "10000-character step" -> draft("Valid name", d -> d).withSteps(List.of("a".repeat(10_000)));
            case "21 steps" -> draft("Valid name", d -> d).withSteps(Collections.nCopies(21, "Do it"));
            case "script in step" -> draft("Valid name", d -> d).withSteps(List.of("<img src=x onerror=alert(1)>"));
            case "no region" -> draft("Valid name", d -> d).withRegions(Set.of());
            case "http video" -> draft("Valid name", d -> d).withVideo("http://example.org/video");
            case "script video" -> draft("Valid name", d -> d).withVideo("javascript:alert(1)");
            case "reps 0" -> draft("Valid name", d -> d.reps(Range.of(0)));
            case "hold -5" -> draft("Valid name", d -> d.hold(Range.of(-5)));
            case "min above max" -> draft("Valid name", d -> d.reps(new Range(12, 10)));
            case "nothing to do" -> draft("Valid name", d -> d.reps(null).hold(null).duration(null));
            case "days 8" -> draft("Valid name", d -> d.daysPerWeek(8));
            case "weekdays and days" -> draft("Valid name", d -> d.daysPerWeek(3)
                    .weekdays(Set.of(java.time.DayOfWeek.MONDAY)));
            case "fake image" -> draft("Valid name", d -> d).withImage(ImageChange.replace(
                    "<svg onload=alert(1)>".getBytes()));
            case "oversized image" -> draft("Valid name", d -> d).withImage(ImageChange.replace(oversizedPng()));
            case "empty image" -> draft("Valid name", d -> d).withImage(ImageChange.replace(new byte[0]));
            default -> throw new IllegalArgumentException(problem);
        };

        assertThatThrownBy(() -> catalogue.create(bad.build()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .isNotEmpty().allSatisfy((field, message) -> assertThat(message).isNotBlank()));
        assertThatThrownBy(() -> catalogue.update(existing.id(), existing.version(), bad.build()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void fieldMessagesNameTheFieldsTheyConcern() {
        SignIn.as("pt.maya");
        InvalidInputException error = catch_(() -> catalogue.create(
                draft("ab", d -> d.reps(new Range(12, 10)).hold(Range.of(700)))
                        .withSteps(List.of("ok", "<b>bold</b>")).build()));

        assertThat(error.fieldErrors()).containsOnlyKeys("name", "steps[1]", "defaultDosage.reps",
                "defaultDosage.holdSeconds");
        assertThat(error.fieldErrors().get("defaultDosage.reps"))
                .isEqualTo("The first number must not be larger than the second");
        assertThat(error.fieldErrors().get("defaultDosage.holdSeconds")).isEqualTo("Use 1-600 seconds");
    }

    @Test
    void aClinicExerciseKeepsSeveralPicturesInTheOrderThePtSets() throws IOException {
        SignIn.as("pt.maya");
        byte[] first = png();
        byte[] second = jpeg();
        ExerciseDetails created = catalogue.create(draft("Towel scrunches", d -> d)
                .withImage(new ImageChange.Pictures(List.of(new ImageChange.Added(first),
                        new ImageChange.Added(second)))).build());
        assertThat(created.picture().urls()).hasSize(2);
        assertThat(created.picture().isDrawing()).isFalse();
        assertThat(catalogue.image(created.id(), 2).orElseThrow().contentType()).isEqualTo("image/jpeg");

        // the second first, then a third added at the end
        ExerciseDetails reordered = catalogue.update(created.id(), created.version(), draft("Towel scrunches", d -> d)
                .withImage(new ImageChange.Pictures(List.of(new ImageChange.Kept(2), new ImageChange.Kept(1),
                        new ImageChange.Added(first)))).build());
        assertThat(reordered.picture().urls()).hasSize(3);
        assertThat(catalogue.image(created.id(), 1).orElseThrow().bytes()).isEqualTo(second);
        assertThat(catalogue.image(created.id(), 2).orElseThrow().bytes()).isEqualTo(first);
        assertThat(catalogue.image(created.id(), 3).orElseThrow().bytes()).isEqualTo(first);
        // a changed order gets new addresses, so no browser shows an old picture in a new place
        assertThat(reordered.picture().first()).isNotEqualTo(created.picture().first());

        // one removed from the middle closes the gap
        ExerciseDetails removed = catalogue.update(created.id(), reordered.version(), draft("Towel scrunches", d -> d)
                .withImage(new ImageChange.Pictures(List.of(new ImageChange.Kept(1), new ImageChange.Kept(3))))
                .build());
        assertThat(removed.picture().urls()).hasSize(2);
        assertThat(catalogue.image(created.id(), 3)).isEmpty();
    }

    @Test
    void moreThanTheMostPicturesIsRefusedAndChangesNothing() throws IOException {
        SignIn.as("pt.maya");
        byte[] png = png();
        ExerciseDetails created = catalogue.create(draft("Heel walks", d -> d)
                .withImage(ImageChange.replace(png)).build());
        List<ImageChange.Slot> tooMany = new java.util.ArrayList<>();
        for (int i = 0; i <= ExerciseImages.MAX_PICTURES; i++) {
            tooMany.add(new ImageChange.Added(png));
        }
        assertThatThrownBy(() -> catalogue.update(created.id(), created.version(), draft("Heel walks", d -> d)
                .withImage(new ImageChange.Pictures(tooMany)).build()))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldErrors()).containsEntry("image", "An exercise can have at most 6 pictures."));
        assertThat(catalogue.get(created.id()).picture().urls()).hasSize(1);
        // the database has the same limit, and refuses a seventh place too
        assertThat(jdbc.queryForObject("select exercise_pictures_max()", Integer.class))
                .isEqualTo(ExerciseImages.MAX_PICTURES);
        assertThatThrownBy(() -> jdbc.update("insert into exercise_image (exercise_id, position, content_type, "
                + "byte_size, data, updated_at) values (?, 7, 'image/png', 1, '\\x00'::bytea, now())", created.id()))
                .hasMessageContaining("exercise_image_position_chk");
    }

    @Test
    void keepingAPictureThatSomeoneElseRemovedIsAConflict() throws IOException {
        SignIn.as("pt.maya");
        ExerciseDetails created = catalogue.create(draft("Toe taps", d -> d)
                .withImage(ImageChange.replace(png())).build());
        ExerciseDetails loaded = catalogue.get(created.id());
        // the editor still shows picture 2, which does not exist
        assertThatThrownBy(() -> catalogue.update(created.id(), loaded.version(), draft("Toe taps", d -> d)
                .withImage(new ImageChange.Pictures(List.of(new ImageChange.Kept(2)))).build()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(catalogue.image(created.id(), 1)).isPresent();
    }

    @Test
    void stockExercisesShowTheirDrawing() {
        SignIn.as("pt.maya");
        ExercisePicture picture = catalogue.get(stockId("glute-bridge")).picture();
        assertThat(picture.isDrawing()).isTrue();
        assertThat(picture.first()).startsWith("catalogue/illustrations/glute-bridge.svg?v=");
        assertThat(picture.stillUrl()).startsWith("catalogue/illustrations/glute-bridge-poses.svg?v=");
        assertThat(picture.description()).contains("the hips rise");
        assertThat(catalogue.search(SearchCriteria.all(), 0, 100).stream()
                .filter(ExerciseSummary::stock).map(ExerciseSummary::picture))
                .allSatisfy(p -> assertThat(p.isDrawing()).isTrue());
    }

    @Test
    void imagesAreStoredWithTheirRealTypeAndCanBeReplacedAndRemoved() throws IOException {
        SignIn.as("pt.maya");
        byte[] png = png();
        ExerciseDetails created = catalogue.create(draft("Marble pick-up", d -> d)
                .withImage(ImageChange.replace(png)).build());

        assertThat((created.picture() != null)).isTrue();
        CatalogueService.ImageData image = catalogue.image(created.id(), 1).orElseThrow();
        assertThat(image.contentType()).isEqualTo("image/png");
        assertThat(image.bytes()).isEqualTo(png);

        ExerciseDetails withoutImage = catalogue.update(created.id(), created.version(),
                draft("Marble pick-up", d -> d).withImage(ImageChange.REMOVE).build());
        assertThat((withoutImage.picture() != null)).isFalse();
        assertThat(catalogue.image(created.id(), 1)).isEmpty();

        // Each save returns the version the next save starts from: the editor can keep going.
        ExerciseDetails withImageAgain = catalogue.update(created.id(), withoutImage.version(),
                draft("Marble pick-up", d -> d).withImage(ImageChange.replace(png)).build());
        ExerciseDetails renamed = catalogue.update(created.id(), withImageAgain.version(),
                draft("Marble pick-up (seated)", d -> d).build());
        assertThat((renamed.picture() != null)).isTrue();
        assertThat(renamed.version()).isGreaterThan(withImageAgain.version());
    }

    @Test
    void theStockCatalogueHasStepsTargetsAndADoseForEveryExercise() {
        SignIn.as("pt.maya");
        List<ExerciseSummary> all = catalogue.search(SearchCriteria.all(), 0, 200).stream()
                .filter(ExerciseSummary::stock).toList();
        assertThat(all).hasSize(28);
        for (ExerciseSummary summary : all) {
            ExerciseDetails details = catalogue.get(summary.id());
            assertThat(details.steps()).as(details.name()).hasSizeBetween(3, 8);
            assertThat(details.regions()).as(details.name()).isNotEmpty();
            assertThat(details.muscles()).as(details.name()).isNotEmpty();
            assertThat(DosageRules.check(details.defaultDosage()).asMap()).as(details.name()).isEmpty();
        }
    }

    // ----- helpers -----

    private long stockId(String code) {
        return jdbc.queryForObject("select id from exercise where code = ?", Long.class, code);
    }

    /** Every exercise and image row, to prove that a refused call changed nothing. */
    private String snapshot() {
        return jdbc.queryForList("select * from exercise order by id").toString()
                + jdbc.queryForList("select exercise_id, content_type, byte_size from exercise_image order by 1");
    }

    private static byte[] jpeg() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "jpeg", out);
        return out.toByteArray();
    }

    private static byte[] png() throws IOException {
        return Files.readAllBytes(Path.of("src/test/resources/images/exercise.png"));
    }

    private static byte[] oversizedPng() throws IOException {
        byte[] png = png();
        byte[] big = Arrays.copyOf(png, ImageContent.MAX_BYTES + 1);
        return big;
    }

    private static InvalidInputException catch_(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("Expected the input to be refused");
    }

    private static Draft draft(String name, UnaryOperator<Dosage.Builder> dosage) {
        return new Draft(name, List.of("Stand tall.", "Do the movement slowly."), Set.of(BodyRegion.CALVES), null,
                ImageChange.KEEP, dosage.apply(Dosage.builder().sets(Range.of(2)).reps(Range.of(10))).build());
    }

    private record Draft(String name, List<String> steps, Set<BodyRegion> regions, String video, ImageChange image,
                         Dosage dosage) {

        Draft withSteps(List<String> newSteps) {
            return new Draft(name, newSteps, regions, video, image, dosage);
        }

        Draft withRegions(Set<BodyRegion> newRegions) {
            return new Draft(name, steps, newRegions, video, image, dosage);
        }

        Draft withVideo(String newVideo) {
            return new Draft(name, steps, regions, newVideo, image, dosage);
        }

        Draft withImage(ImageChange newImage) {
            return new Draft(name, steps, regions, video, newImage, dosage);
        }

        ExerciseDraft build() {
            return new ExerciseDraft(name, Category.STRENGTHENING, regions, List.of("soleus"), Position.STANDING,
                    ExerciseEquipment.needs(Equipment.WALL), true, steps, List.of(), dosage, video, image);
        }
    }

}
