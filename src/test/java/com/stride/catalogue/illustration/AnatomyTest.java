package com.stride.catalogue.illustration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The joint check refuses what a body cannot do, with hand-worked angles. */
class AnatomyTest {

    private static Pose.Builder standing() {
        return Pose.builder().trunk(180).arms(4, 12).legs(0, 0, 90);
    }

    @Test
    void standingTallIsPossible() {
        assertThat(Anatomy.problems(standing().build(), View.SIDE)).isEmpty();
    }

    @Test
    void aKneeBendingForwardsIsNot() {
        // thigh straight down, shin pointing forward: the knee would bend the wrong way by 30 degrees
        Pose pose = standing().nearLeg(0, 30, 120).build();
        assertThat(Anatomy.problems(pose, View.SIDE)).containsExactly("NEAR knee at -30°, outside -5° to 155°");
    }

    @Test
    void aFootTurnedPastTheAnkleIsNot() {
        // shin straight down, toes pointing at the knee: 150 degrees at the ankle
        Pose pose = standing().farLeg(0, 0, 150).build();
        assertThat(Anatomy.problems(pose, View.SIDE)).containsExactly("FAR ankle at 150°, outside 25° to 125°");
    }

    @Test
    void inAFrontViewAKneeBendsSidewaysOnlyWhenForeshortened() {
        Pose sideways = standing().nearLeg(0, 40, 90).build();
        assertThat(Anatomy.problems(sideways, View.FRONT)).containsExactly("NEAR knee bent sideways 40°");
        Pose towardsTheViewer = standing().nearLeg(0, 40, 90).scale(Segment.NEAR_THIGH, 0.6).build();
        assertThat(Anatomy.problems(towardsTheViewer, View.FRONT)).isEmpty();
    }
}
