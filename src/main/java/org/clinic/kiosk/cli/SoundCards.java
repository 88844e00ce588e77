package org.clinic.kiosk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sound devices the kernel's ALSA driver lists in {@code /proc/asound/pcm}, one a line:
 * {@code 00-00: ALC3246 Analog : ALC3246 Analog : playback 1 : capture 1}. PipeWire and PulseAudio
 * play and record through these same devices, so the list answers "is there a microphone, is there
 * sound output" whoever asks (the screen's user runs the browser; {@code doctor} runs as the app's).
 */
record SoundCards(List<Device> devices) {

    record Device(String id, String name, boolean plays, boolean records) {}

    static SoundCards read(Path procAsound) throws IOException {
        Path pcm = procAsound.resolve("pcm");
        if (!Files.isRegularFile(pcm)) {
            return new SoundCards(List.of());
        }
        List<Device> devices = new ArrayList<>();
        for (String line : Files.readAllLines(pcm, StandardCharsets.ISO_8859_1)) {
            String[] fields = line.split(" : ");
            int colon = line.indexOf(':');
            if (colon < 0 || fields.length < 2) {
                continue;
            }
            String id = line.substring(0, colon).strip();
            String name = fields[0].substring(colon + 1).strip();
            boolean plays = false;
            boolean records = false;
            for (String field : fields) {
                plays |= field.strip().startsWith("playback");
                records |= field.strip().startsWith("capture");
            }
            devices.add(new Device(id, name, plays, records));
        }
        return new SoundCards(List.copyOf(devices));
    }

    List<Device> microphones() {
        return devices.stream().filter(Device::records).toList();
    }

    List<Device> outputs() {
        return devices.stream().filter(Device::plays).toList();
    }

    /** {@code "00-00 ALC3246 Analog, 01-03 HDMI 0"}. */
    static String names(List<Device> devices) {
        return String.join(
                ", ",
                devices.stream()
                        .map(device -> device.id() + " " + device.name())
                        .toList());
    }
}
