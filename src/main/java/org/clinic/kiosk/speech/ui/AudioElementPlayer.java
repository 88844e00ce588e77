package org.clinic.kiosk.speech.ui;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import org.clinic.kiosk.speech.SpeechVolume;
import org.clinic.kiosk.speech.SpokenAudio;

/**
 * The player's {@code <audio>} element as the reading's {@link Reading.Player}: each sentence is
 * served through a {@link DownloadHandler} and numbered, so that when the browser says a sentence
 * ended (or could not play) only the one playing now counts, not one that was replaced.
 */
final class AudioElementPlayer implements Reading.Player {

    private static final String SERVED = "element.dataset.served";

    private final Element audio = new Element("audio");
    private final SentenceHighlight highlight;
    /** Numbers each sentence served. */
    private int served;

    /**
     * @param ended called when the sentence playing now has played to its end
     * @param failed called when the sentence playing now could not be played
     */
    AudioElementPlayer(SentenceHighlight highlight, Runnable ended, Runnable failed) {
        this.highlight = highlight;
        audio.setAttribute("id", "speech-audio");
        audio.setAttribute("autoplay", true);
        audio.setAttribute("preload", "auto");
        audio.addEventListener("ended", e -> ifCurrent(e, ended)).addEventData(SERVED);
        audio.addEventListener("error", e -> ifCurrent(e, failed)).addEventData(SERVED);
    }

    /** The element to place on the page. */
    Element element() {
        return audio;
    }

    private void ifCurrent(DomEvent event, Runnable then) {
        if (event.getEventData().get(SERVED).asInt(-1) == served) {
            then.run();
        }
    }

    @Override
    public void play(SpokenAudio sound, SpeechVolume volume, String highlightId) {
        int number = ++served;
        audio.setAttribute("data-served", Integer.toString(number));
        audio.setAttribute("src", (DownloadHandler) event -> {
            event.setContentType("audio/wav");
            event.getResponse().setHeader("Cache-Control", "no-store");
            event.inline("sentence-" + number + ".wav");
            byte[] wav = sound.wav(volume.gain());
            event.setContentLength(wav.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(wav);
            }
        });
        audio.callJsFunction("play");
        highlight.light(highlightId);
    }

    @Override
    public void pause() {
        audio.callJsFunction("pause");
    }

    @Override
    public void resume() {
        audio.callJsFunction("play");
    }

    @Override
    public void silence() {
        audio.setAttribute("data-served", Integer.toString(++served));
        audio.callJsFunction("pause");
        audio.removeAttribute("src");
        highlight.light(null);
    }
}
