package com.stride.catalogue.illustration;

import static com.stride.catalogue.illustration.Limb.FAR_ARM;
import static com.stride.catalogue.illustration.Limb.FAR_LEG;
import static com.stride.catalogue.illustration.Limb.NEAR_ARM;
import static com.stride.catalogue.illustration.Limb.NEAR_LEG;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The key poses of every stock exercise, by its stock code (V3). Side views face right; lying
 * figures have their head on the left. Each pose follows the exercise's steps in the catalogue;
 * {@code StockIllustrationsTest} checks that every stock exercise has one and that every joint is
 * within {@link Anatomy}'s ranges.
 */
public final class StockIllustrations {

    private static final Map<String, Illustration> BY_CODE = new LinkedHashMap<>();

    private StockIllustrations() {
    }

    public static Optional<Illustration> of(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    public static Set<String> codes() {
        return BY_CODE.keySet();
    }

    private static void define(String code, View view, Joint anchor, Set<Limb> working, Set<Prop> props,
                               String alt, Pose.Builder... poses) {
        BY_CODE.put(code, new Illustration(view, List.of(poses).stream().map(Pose.Builder::build).toList(),
                working, props, anchor, alt));
    }

    private static Pose.Builder pose() {
        return Pose.builder();
    }

    private static Set<Limb> limbs(Limb... limbs) {
        return limbs.length == 0 ? Set.of() : EnumSet.copyOf(List.of(limbs));
    }

    private static Set<Prop> props(Prop... props) {
        return props.length == 0 ? Set.of() : EnumSet.copyOf(List.of(props));
    }

    // -- kneeling: the near knee is down under the hip, the far foot planted ahead

    private static Pose.Builder halfKneeling() {
        return pose().trunk(180).nearLeg(0, 260, 330).farLegTo(44, -44, 90);
    }

    private static Pose.Builder halfKneelingForward() {
        return pose().trunk(180).nearLeg(345, 255, 325).farLegTo(32.6, -42.5, 90);
    }

    // -- lying on the back, head left, knees bent and feet flat

    private static Pose.Builder lyingKneesBent() {
        return pose().trunk(270).head(272).arms(90, 90).legsTo(34, -2, 90);
    }

    private static Pose.Builder bridge() {
        return pose().trunk(295).head(286).arms(90, 90).legs(115, 3, 90);
    }

    // -- on all fours, hands under the shoulders

    private static Pose.Builder allFours() {
        return pose().trunk(105).head(112).arms(0, 0).legs(0, 258, 320);
    }

    // -- standing, facing right

    private static Pose.Builder standing() {
        return pose().trunk(180).arms(4, 12).legs(0, 0, 90);
    }

    private static Pose.Builder handsOnHips(Pose.Builder pose) {
        return pose.nearHandTo(6, 6).farHandTo(6, 6);
    }

    static {
        define("kneeling-hip-flexor-stretch", View.SIDE, Joint.NEAR_KNEE, limbs(NEAR_LEG), props(Prop.MAT),
                "Kneeling on one knee on a mat, the other foot ahead; the hips move forward to stretch the front of the kneeling hip.",
                halfKneeling().arms(4, 12), halfKneelingForward().arms(4, 12).hold(3));
        define("kneeling-hip-flexor-stretch-overhead-reach", View.SIDE, Joint.NEAR_KNEE, limbs(NEAR_LEG, NEAR_ARM),
                props(Prop.MAT),
                "Kneeling on one knee on a mat; the hips move forward, then both arms reach up overhead.",
                handsOnHips(halfKneeling()), handsOnHips(halfKneelingForward()),
                halfKneelingForward().head(186).nearArm(176, 180).farArm(172, 176).hold(3));
        define("half-kneeling-hip-flexor-stretch-side-bend", View.FRONT, Joint.NEAR_KNEE, limbs(NEAR_LEG, NEAR_ARM),
                props(Prop.MAT),
                "Seen from the front, kneeling on one knee: the arm on the kneeling side reaches up, then the upper body bends towards the front leg.",
                pose().trunk(180).nearArm(10, 6).farArm(350, 354).nearLeg(0, 0, 0).scale(Segment.NEAR_SHIN, 0.08)
                        .scale(Segment.NEAR_FOOT, 0.1).farLeg(270, 0, 0).scale(Segment.FAR_THIGH, 0.55)
                        .scale(Segment.FAR_FOOT, 0.3),
                pose().trunk(180).nearArm(172, 178).farArm(350, 354).nearLeg(0, 0, 0).scale(Segment.NEAR_SHIN, 0.08)
                        .scale(Segment.NEAR_FOOT, 0.1).farLeg(270, 0, 0).scale(Segment.FAR_THIGH, 0.55)
                        .scale(Segment.FAR_FOOT, 0.3),
                pose().hold(3).trunk(200).head(208).nearArm(212, 232).farArm(335, 345).nearLeg(0, 0, 0)
                        .scale(Segment.NEAR_SHIN, 0.08).scale(Segment.NEAR_FOOT, 0.1).farLeg(270, 0, 0)
                        .scale(Segment.FAR_THIGH, 0.55).scale(Segment.FAR_FOOT, 0.3));
        define("soleus-stretch", View.SIDE, Joint.NEAR_TOE, limbs(NEAR_LEG), props(Prop.WALL),
                "Facing a wall with both hands on it, one foot a step behind the other; both knees bend and the hips move towards the wall, the back heel staying down.",
                pose().trunk(170).nearLegTo(-22, -83, 90).farLegTo(16, -83, 90).nearHandTo(50, 44).farHandTo(50, 47),
                pose().hold(3).trunk(172).nearLegTo(-25, -79, 90).farLegTo(13, -79, 90).nearHandTo(45, 51).farHandTo(45, 54));
        define("standing-calf-stretch", View.SIDE, Joint.FAR_TOE, limbs(NEAR_LEG), props(Prop.WALL),
                "Facing a wall with the hands on it; one leg steps back and stays almost straight, the heel pressed down, while the front knee bends.",
                pose().trunk(172).legsTo(0, -85, 90).nearHandTo(40, 48).farHandTo(40, 51),
                pose().hold(3).trunk(165).nearLegTo(-34, -78, 90).farLegTo(14, -78, 90).nearHandTo(54, 55).farHandTo(54, 58));
        define("kneeling-pigeon-stretch", View.SIDE, Joint.NEAR_HAND, limbs(NEAR_LEG), props(Prop.MAT),
                "From all fours on a mat, one shin is laid across the mat behind the hands and the other leg slides straight back; the hands carry the weight.",
                allFours(),
                pose().hold(3).trunk(122).head(122).nearHandTo(62, -8).farHandTo(62, -8).nearLeg(62, 270, 340)
                        .scale(Segment.NEAR_SHIN, 0.35).scale(Segment.NEAR_FOOT, 0.3).farLeg(268, 270, 300));
        define("standing-quad-stretch", View.SIDE, Joint.FAR_TOE, limbs(NEAR_LEG), props(Prop.TABLE),
                "Standing with one hand on a table; the other hand brings the heel of the near leg up behind towards the buttock.",
                standing().farHandTo(36, 8),
                pose().hold(3).trunk(180).farHandTo(36, 8).nearLeg(358, 210, 240).nearHandTo(-20, -6).farLeg(0, 0, 90));
        define("downward-dog", View.SIDE, Joint.NEAR_HAND, limbs(NEAR_LEG, FAR_LEG), props(Prop.MAT),
                "From all fours on a mat, the knees lift and the hips push up and back into an upside-down V, the knees a little bent.",
                allFours(),
                pose().hold(3).trunk(45).head(52).arms(38, 38).legs(340, 328, 90));
        define("glute-bridge", View.SIDE, Joint.SHOULDER, limbs(NEAR_LEG, FAR_LEG), props(Prop.MAT),
                "Lying on the back on a mat, knees bent and feet flat; the hips rise until shoulders, hips and knees are in line.",
                lyingKneesBent(), bridge().hold(2));
        define("glute-bridge-single-leg-extension", View.SIDE, Joint.SHOULDER, limbs(NEAR_LEG, FAR_LEG),
                props(Prop.MAT),
                "Lying on the back on a mat; the hips rise into a bridge, then the near knee straightens so the leg reaches out in line with the thigh.",
                lyingKneesBent(), bridge(), bridge().nearLeg(115, 115, 205).hold(2));
        define("glute-bridge-march", View.SIDE, Joint.SHOULDER, limbs(NEAR_LEG, FAR_LEG), props(Prop.MAT),
                "Lying on the back in a bridge; one knee comes up towards the chest, then the other, the hips staying level.",
                bridge(), bridge().nearLeg(200, 110, 200), bridge(), bridge().farLeg(200, 110, 200));
        define("side-plank-clam", View.FRONT, Joint.FAR_ELBOW, limbs(NEAR_LEG), props(Prop.MAT),
                "Seen from the front, lying on one side on a forearm with the knees bent: the hips lift and the top knee opens like a clamshell, the feet together.",
                pose().trunk(237).head(250).nearArm(80, 80).farArm(0, 300).scale(Segment.FAR_UPPER_ARM, 0.95)
                        .scale(Segment.FAR_FOREARM, 0.3).legs(88, 90, 0).scale(Segment.NEAR_THIGH, 0.6)
                        .scale(Segment.FAR_THIGH, 0.6).scale(Segment.NEAR_SHIN, 0.5).scale(Segment.FAR_SHIN, 0.5)
                        .scale(Segment.NEAR_FOOT, 0.3).scale(Segment.FAR_FOOT, 0.3),
                pose().trunk(252).head(262).nearArm(72, 72).farArm(0, 300).scale(Segment.FAR_UPPER_ARM, 0.95)
                        .scale(Segment.FAR_FOREARM, 0.3).legs(60, 100, 0).scale(Segment.NEAR_THIGH, 0.6)
                        .scale(Segment.FAR_THIGH, 0.6).scale(Segment.NEAR_SHIN, 0.5).scale(Segment.FAR_SHIN, 0.5)
                        .scale(Segment.NEAR_FOOT, 0.3).scale(Segment.FAR_FOOT, 0.3),
                pose().trunk(252).head(262).nearArm(72, 72).farArm(0, 300).scale(Segment.FAR_UPPER_ARM, 0.95)
                        .scale(Segment.FAR_FOREARM, 0.3).nearLeg(110, 50, 0).hold(1.5).farLeg(60, 100, 0)
                        .scale(Segment.NEAR_THIGH, 0.6).scale(Segment.FAR_THIGH, 0.6).scale(Segment.NEAR_SHIN, 0.5)
                        .scale(Segment.FAR_SHIN, 0.5).scale(Segment.NEAR_FOOT, 0.3).scale(Segment.FAR_FOOT, 0.3));
        define("side-plank", View.FRONT, Joint.FAR_ELBOW, limbs(FAR_LEG, NEAR_LEG), props(Prop.MAT),
                "Seen from the front, lying on one side on a forearm, legs long: the hips lift until head, hips and heels make a straight line.",
                pose().trunk(237).head(250).nearArm(80, 80).farArm(0, 300).scale(Segment.FAR_UPPER_ARM, 0.95)
                        .scale(Segment.FAR_FOREARM, 0.3).legs(88, 90, 30).scale(Segment.NEAR_FOOT, 0.35)
                        .scale(Segment.FAR_FOOT, 0.35),
                pose().hold(3).trunk(257).head(262).nearArm(76, 76).farArm(0, 300).scale(Segment.FAR_UPPER_ARM, 0.95)
                        .scale(Segment.FAR_FOREARM, 0.3).legs(77, 77, 20).scale(Segment.NEAR_FOOT, 0.35)
                        .scale(Segment.FAR_FOOT, 0.35));
        define("single-leg-calf-raise", View.SIDE, Joint.NEAR_TOE, limbs(NEAR_LEG), props(Prop.WALL),
                "Standing on one leg with a hand on the wall, the other foot lifted behind; the heel of the standing foot rises as high as it can.",
                pose().trunk(178).nearLeg(0, 0, 90).farLeg(355, 285, 15).nearHandTo(38, 42).farHandTo(38, 45),
                pose().trunk(178).nearLeg(0, 0, 40).hold(1.3).farLeg(355, 285, 15).nearHandTo(38, 42).farHandTo(38, 45));
        define("two-leg-calf-raise", View.SIDE, Joint.NEAR_TOE, limbs(NEAR_LEG, FAR_LEG), props(Prop.WALL),
                "Standing on both feet with the fingertips on a wall; both heels rise as high as they comfortably go, then lower.",
                pose().trunk(178).nearLeg(2, 2, 90).farLeg(358, 358, 90).nearHandTo(38, 42).farHandTo(38, 45),
                pose().hold(1.3).trunk(178).nearLeg(2, 2, 40).farLeg(358, 358, 40).nearHandTo(38, 42)
                        .farHandTo(38, 45));
        define("single-leg-calf-raise-loaded", View.SIDE, Joint.NEAR_TOE, limbs(NEAR_LEG), props(Prop.WALL, Prop.WEIGHT),
                "Standing on one leg holding a weight in the hand on that side, the other hand on the wall and the other foot lifted behind; the heel of the standing foot rises.",
                pose().trunk(178).nearLeg(0, 0, 90).farLeg(355, 285, 15).nearArm(12, 8).farHandTo(38, 45),
                pose().trunk(178).nearLeg(0, 0, 40).hold(1.3).farLeg(355, 285, 15).nearArm(12, 8).farHandTo(38, 45));
        define("side-plank-knees", View.FRONT, Joint.FAR_ELBOW, limbs(FAR_LEG, NEAR_LEG), props(Prop.MAT),
                "Seen from the front, lying on one side on a forearm with the knees bent and the feet behind: the hips lift until head, hips and knees make a straight line.",
                pose().trunk(237).head(250).nearArm(80, 80).farArm(0, 300).scale(Segment.FAR_UPPER_ARM, 0.95)
                        .scale(Segment.FAR_FOREARM, 0.3).legs(88, 150, 150).scale(Segment.NEAR_SHIN, 0.5)
                        .scale(Segment.FAR_SHIN, 0.5).scale(Segment.NEAR_FOOT, 0.3).scale(Segment.FAR_FOOT, 0.3),
                pose().hold(3).trunk(252).head(260).nearArm(72, 72).farArm(0, 300).scale(Segment.FAR_UPPER_ARM, 0.95)
                        .scale(Segment.FAR_FOREARM, 0.3).legs(72, 150, 150).scale(Segment.NEAR_SHIN, 0.5)
                        .scale(Segment.FAR_SHIN, 0.5).scale(Segment.NEAR_FOOT, 0.3).scale(Segment.FAR_FOOT, 0.3));
        define("reverse-lunge", View.SIDE, Joint.NEAR_TOE, limbs(NEAR_LEG), props(),
                "Standing tall, hands on the hips; one foot steps back onto its ball and both knees bend, the front knee above the ankle.",
                handsOnHips(standing()),
                handsOnHips(pose().hold(1.5).trunk(180)).nearLegTo(40, -44, 90).farLegTo(-40, -40, 355));
        define("side-lunge", View.FRONT, Joint.FAR_TOE, limbs(NEAR_LEG), props(),
                "Seen from the front, feet wide: the weight shifts over one leg, which bends, while the other leg stays straight.",
                pose().trunk(180).nearArm(35, 300).farArm(325, 60).scale(Segment.NEAR_FOREARM, 0.6)
                        .scale(Segment.FAR_FOREARM, 0.6).nearLeg(18, 18, 90).farLeg(342, 342, 270)
                        .scale(Segment.NEAR_FOOT, 0.4).scale(Segment.FAR_FOOT, 0.4),
                pose().hold(2).trunk(176).nearArm(35, 300).farArm(325, 60).scale(Segment.NEAR_FOREARM, 0.6)
                        .scale(Segment.FAR_FOREARM, 0.6).scale(Segment.NEAR_THIGH, 0.75).nearLegTo(-3.4, -61.8, 90)
                        .farLeg(317.5, 317.5, 270).scale(Segment.NEAR_FOOT, 0.4).scale(Segment.FAR_FOOT, 0.4));
        define("standing-march", View.SIDE, Joint.FAR_TOE, limbs(NEAR_LEG), props(),
                "Standing tall with the hands on the hips; one knee lifts high and holds, then comes down.",
                handsOnHips(standing()), handsOnHips(pose().hold(1.8).trunk(180)).nearLeg(95, 0, 60).farLeg(0, 0, 90));
        define("single-leg-romanian-deadlift", View.SIDE, Joint.NEAR_TOE, limbs(NEAR_LEG), props(),
                "Standing on one leg, the body tips forward from the hips while the free leg rises behind, back long.",
                standing(), pose().hold(1.3).trunk(100).head(100).arms(0, 5).nearLeg(10, 355, 90).farLeg(280, 275, 10));
        define("seated-glute-stretch", View.SIDE, Joint.HIP, limbs(NEAR_LEG), props(Prop.CHAIR),
                "Sitting on a chair, one ankle crossed over the other thigh; the body folds forward from the hips with a long back.",
                pose().trunk(180).legs(90, 0, 90).nearHandTo(38, 3).farHandTo(38, 3),
                pose().trunk(180).farLeg(90, 0, 90).nearLeg(100, 310, 0).scale(Segment.NEAR_SHIN, 0.6)
                        .nearHandTo(34, 8).farHandTo(30, 6),
                pose().hold(3).trunk(140).head(132).farLeg(90, 0, 90).nearLeg(100, 310, 0).scale(Segment.NEAR_SHIN, 0.6)
                        .nearHandTo(36, 6).farHandTo(32, 4));
        define("standing-hamstring-stretch", View.SIDE, Joint.FAR_TOE, limbs(NEAR_LEG), props(),
                "Standing with one heel a little ahead, toes up; the body folds forward from the hips, both legs straight.",
                standing(),
                standing().nearLegTo(24, -82, 130).farLegTo(-6, -84, 90),
                pose().hold(3).trunk(128).head(120).arms(358, 8).nearLegTo(24, -82, 130).farLegTo(-6, -84, 90));
        define("ninety-ninety-hip-switches", View.FRONT, Joint.HIP, limbs(NEAR_LEG, FAR_LEG), props(Prop.MAT),
                "Seen from the front, sitting tall with both knees bent at right angles, one leg in front and one to the side; both knees swing over to the other side.",
                ninetyNinety(80, 270, 270, 300, true),
                pose().trunk(180).nearArm(22, 12).farArm(338, 348).nearLeg(140, 15, 90).farLeg(220, 345, 270)
                        .scale(Segment.NEAR_THIGH, 0.6).scale(Segment.FAR_THIGH, 0.6).scale(Segment.NEAR_SHIN, 0.9)
                        .scale(Segment.FAR_SHIN, 0.9).scale(Segment.NEAR_FOOT, 0.4).scale(Segment.FAR_FOOT, 0.4),
                ninetyNinety(90, 60, 280, 90, false),
                pose().trunk(180).nearArm(22, 12).farArm(338, 348).nearLeg(140, 15, 90).farLeg(220, 345, 270)
                        .scale(Segment.NEAR_THIGH, 0.6).scale(Segment.FAR_THIGH, 0.6).scale(Segment.NEAR_SHIN, 0.9)
                        .scale(Segment.FAR_SHIN, 0.9).scale(Segment.NEAR_FOOT, 0.4).scale(Segment.FAR_FOOT, 0.4));
        define("worlds-greatest-stretch", View.SIDE, Joint.NEAR_HEEL, limbs(NEAR_ARM, FAR_LEG), props(),
                "A deep lunge with the far hand on the floor; the chest turns and the near arm reaches up, then the hips shift back and the front knee straightens.",
                pose().trunk(135).head(130).nearLegTo(42, -38, 90).farLegTo(-74, -36, 30).nearHandTo(44, -40)
                        .farHandTo(40, -40),
                pose().turned().trunk(138).head(150).nearLegTo(42, -38, 90).farLegTo(-74, -36, 30).nearArm(175, 178)
                        .farHandTo(40, -40),
                pose().trunk(110).head(100).nearLeg(58, 58, 150).farLegTo(-46, -60, 30).nearHandTo(60, -20)
                        .farHandTo(56, -22));
        define("hamstring-scoops", View.SIDE, Joint.FAR_TOE, limbs(NEAR_LEG), props(),
                "One heel a little ahead with the toes up; the body folds at the hips and both arms sweep down and forward towards that foot, then rise.",
                standing().nearLegTo(24, -82, 130).farLegTo(-6, -84, 90),
                pose().hold(1.5).trunk(120).head(110).arms(22, 30).nearLegTo(24, -82, 130).farLegTo(-6, -84, 90),
                pose().trunk(180).arms(140, 150).nearLegTo(24, -82, 130).farLegTo(-6, -84, 90));
        define("standing-forward-fold-calf-pedals", View.SIDE, Joint.FAR_TOE, limbs(NEAR_LEG, FAR_LEG), props(),
                "Folded forward from the hips with the head and arms hanging; one knee bends while the other leg stays long, then they swap.",
                pose().trunk(55).head(40).arms(0, 0).nearLeg(15, 350, 75).farLeg(0, 0, 90),
                pose().trunk(55).head(40).arms(0, 0).nearLeg(0, 0, 90).farLeg(15, 350, 75));
        define("supine-hamstring-strap-stretch", View.SIDE, Joint.HIP, limbs(NEAR_LEG), props(Prop.STRAP, Prop.MAT),
                "Lying on the back on a mat with a strap around one foot; the hands hold the strap and the leg straightens up towards the ceiling.",
                pose().trunk(270).head(272).farLeg(90, 90, 180).nearLegTo(34, -2, 90).nearHandTo(-22, 24)
                        .farHandTo(-24, 22),
                pose().trunk(270).head(272).farLeg(90, 90, 180).nearLeg(160, 160, 250).hold(3).nearHandTo(-17, 36)
                        .farHandTo(-19, 34));
    }

    /** Sitting on the floor: the front leg's shin across in front, the back leg out to the side. */
    private static Pose.Builder ninetyNinety(double nearThigh, double nearShin, double farThigh, double farShin,
                                             boolean nearInFront) {
        return pose().trunk(180).nearArm(22, 12).farArm(338, 348)
                .nearLeg(nearThigh, nearShin, nearShin).farLeg(farThigh, farShin, farShin)
                .scale(Segment.NEAR_THIGH, nearInFront ? 0.7 : 0.8).scale(Segment.FAR_THIGH, nearInFront ? 0.8 : 0.7)
                .scale(Segment.NEAR_SHIN, nearInFront ? 0.7 : 0.4).scale(Segment.FAR_SHIN, nearInFront ? 0.4 : 0.7)
                .scale(Segment.NEAR_FOOT, 0.4).scale(Segment.FAR_FOOT, 0.4);
    }
}
