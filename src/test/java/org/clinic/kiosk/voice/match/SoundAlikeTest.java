package org.clinic.kiosk.voice.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SoundAlikeTest {

    private final SoundAlike words =
            new SoundAlike(List.of("hospice", "palliative", "recurrence", "chemotherapy", "scans"));

    @Test
    void aMisheardWordFindsTheKnownWordThatSoundsTheSame() {
        assertThat(words.closest("hospis"))
                .get()
                .extracting(SoundAlike.Match::known)
                .isEqualTo("hospice");
        assertThat(words.closest("reccurrance"))
                .get()
                .extracting(SoundAlike.Match::known)
                .isEqualTo("recurrence");
        assertThat(words.closest("hospis"))
                .get()
                .extracting(SoundAlike.Match::sameCode)
                .isEqualTo(true);
    }

    @Test
    void aCutOrLengthenedWordFindsTheWordItBeginsLike() {
        SoundAlike.Match match = words.closest("palliate").orElseThrow();
        assertThat(match.known()).isEqualTo("palliative");
        assertThat(match.sameCode()).isFalse();
    }

    @Test
    void wordsThatSoundLikeNothingTheKioskKnowsStayUnknown() {
        assertThat(words.closest("umbrellas")).isEmpty();
        assertThat(words.closest("xylophone")).isEmpty();
        assertThat(words.closest("cat")).as("too short to guess").isEmpty();
        assertThat(words.closest("r2d2")).isEmpty();
    }
}
