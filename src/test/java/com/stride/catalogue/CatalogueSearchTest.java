package com.stride.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.stride.test.IntegrationTest;
import com.stride.test.SignedInAs;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@SignedInAs("pt.maya")
class CatalogueSearchTest {

    @Autowired
    private CatalogueService catalogue;

    @Test
    void theStockCatalogueHoldsEverySeedExercise() {
        List<String> names = names(SearchCriteria.all(), 100);

        // the 25 exercises of the seeds, and the three steps that complete their progressions (V15)
        assertThat(names).hasSize(28).containsExactlyInAnyOrder(
                "Kneeling hip flexor stretch", "Kneeling hip flexor stretch with overhead reach",
                "Half-kneeling hip flexor stretch with overhead reach and side bend", "Soleus stretch",
                "Standing calf stretch", "Kneeling pigeon stretch", "Standing quad stretch", "Downward dog",
                "Glute bridge", "Glute bridge with single-leg extension", "Glute bridge march", "Side plank clam",
                "Side plank", "Single-leg calf raise", "Reverse lunge", "Side lunge", "Standing march",
                "Single-leg Romanian deadlift", "Seated glute stretch", "Standing hamstring stretch",
                "90/90 hip switches", "World's greatest stretch", "Hamstring scoops",
                "Standing forward fold with calf pedals", "Supine hamstring stretch with strap",
                "Two-leg calf raise", "Single-leg calf raise with a weight", "Side plank on the knees");
        assertThat(catalogue.count(SearchCriteria.all())).isEqualTo(28);
    }

    @ParameterizedTest(name = "\"{0}\" finds {1} first")
    @CsvSource(delimiter = '|', value = {
            "hamstrng      | Standing hamstring stretch; Supine hamstring stretch with strap; Hamstring scoops",
            "hip flexer    | Kneeling hip flexor stretch; Kneeling hip flexor stretch with overhead reach; Half-kneeling hip flexor stretch with overhead reach and side bend",
            "calf          | Single-leg calf raise; Single-leg calf raise with a weight; Standing calf stretch",
            "glute bridge  | Glute bridge; Glute bridge march; Glute bridge with single-leg extension",
            "band          | Standing march",
            "calf rase     | Single-leg calf raise",
            "Pigeon        | Kneeling pigeon stretch",
            "figure four   | Seated glute stretch",
    })
    void typoTolerantSearchRanksTheRightExercisesFirst(String text, String expectedFirst) {
        List<String> expected = List.of(expectedFirst.split("; "));

        List<String> found = names(SearchCriteria.text(text), 50);

        assertThat(found).as("results for \"%s\": %s", text, found).hasSizeGreaterThanOrEqualTo(expected.size());
        assertThat(found.subList(0, expected.size())).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void nonsenseFindsNothing() {
        assertThat(names(SearchCriteria.text("xylophone quantum"), 50)).isEmpty();
        assertThat(catalogue.count(SearchCriteria.text("xylophone quantum"))).isZero();
    }

    @Test
    void filtersCombine() {
        SearchCriteria stretches = new SearchCriteria("", Set.of(Category.STRETCH), Set.of(), Set.of(), false,
                Set.of(), null, false);
        assertThat(catalogue.search(stretches, 0, 100)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.category()).isEqualTo(Category.STRETCH));

        SearchCriteria standingCalfStretches = new SearchCriteria("", Set.of(Category.STRETCH),
                Set.of(BodyRegion.CALVES), Set.of(Equipment.WALL), false, Set.of(Position.STANDING), true, false);
        assertThat(names(standingCalfStretches, 100))
                .containsExactlyInAnyOrder("Soleus stretch", "Standing calf stretch");

        SearchCriteria noEquipmentHamstrings = new SearchCriteria("", Set.of(), Set.of(BodyRegion.HAMSTRINGS),
                Set.of(), true, Set.of(), null, false);
        assertThat(catalogue.search(noEquipmentHamstrings, 0, 100)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.equipment().needsNothing()).isTrue())
                .allSatisfy(e -> assertThat(e.regions()).contains(BodyRegion.HAMSTRINGS));

        SearchCriteria bothSidesSeated = new SearchCriteria("", Set.of(), Set.of(), Set.of(), false,
                Set.of(Position.SEATED), false, false);
        assertThat(names(bothSidesSeated, 100)).containsExactly("90/90 hip switches");

        SearchCriteria textAndFilter = new SearchCriteria("stretch", Set.of(), Set.of(), Set.of(Equipment.STRAP),
                false, Set.of(), null, false);
        assertThat(names(textAndFilter, 100)).containsExactly("Supine hamstring stretch with strap");
    }

    @Test
    void resultsPageWithoutOverlap() {
        List<String> first = names(SearchCriteria.all(), 0, 10);
        List<String> second = names(SearchCriteria.all(), 10, 10);
        List<String> third = names(SearchCriteria.all(), 20, 10);

        assertThat(first).hasSize(10).doesNotContainAnyElementsOf(second);
        assertThat(third).hasSize(8).doesNotContainAnyElementsOf(first).doesNotContainAnyElementsOf(second);
    }

    @Test
    void rowsCarryTheDefaultDosageFromTheSeeds() {
        ExerciseSummary bridge = catalogue.search(SearchCriteria.text("glute bridge with single-leg extension"), 0, 1)
                .getFirst();
        assertThat(bridge.defaultDosage().summary()).isEqualTo("10-12 reps, hold the bridge 3-5 s, then extend one knee and hold 5-10 s, "
                + "each side, alternating · 2-3 times a day");

        ExerciseSummary hipFlexor = catalogue.search(SearchCriteria.text("kneeling hip flexor stretch"), 0, 1)
                .getFirst();
        assertThat(hipFlexor.name()).isEqualTo("Kneeling hip flexor stretch");
        assertThat(hipFlexor.defaultDosage().summary()).isEqualTo("2-3 reps, hold 20-30 s, each side · every day");

        ExerciseSummary calfRaise = catalogue.search(SearchCriteria.text("single-leg calf raise"), 0, 1).getFirst();
        assertThat(calfRaise.defaultDosage().summary()).isEqualTo("20 reps, each side · 3 days a week");

        ExerciseSummary ninety = catalogue.search(SearchCriteria.text("90/90"), 0, 1).getFirst();
        assertThat(ninety.defaultDosage().summary()).isEqualTo("1-2 sets × 30-60 s, alternating sides");
    }

    private List<String> names(SearchCriteria criteria, int limit) {
        return names(criteria, 0, limit);
    }

    private List<String> names(SearchCriteria criteria, int offset, int limit) {
        return catalogue.search(criteria, offset, limit).stream().map(ExerciseSummary::name).toList();
    }
}
