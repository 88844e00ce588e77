package org.clinic.kiosk.voice.match;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the commands' phrases, {@code command: phrase, phrase} a line ({@link #RESOURCE}), and refuses a
 * file a patient could trip over: an unknown command, a phrase of only polite words, a phrase of two
 * commands, or a phrase that shrinks to one word nobody wrote alone.
 */
final class CommandPhraseFile {

    static final String RESOURCE = "voice/commands.txt";

    private CommandPhraseFile() {}

    static CommandPhrases builtIn() {
        try (InputStream in = CommandPhraseFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing built-in resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read built-in resource " + RESOURCE, e);
        }
    }

    static CommandPhrases parse(String text) {
        Map<String, Command> byPhrase = new HashMap<>();
        List<String> phrases = new java.util.ArrayList<>();
        List<String> lines = text.lines().toList();
        // one-word phrases, and phrases that dropping the polite words shrinks to one word (by that word)
        java.util.Set<String> alone = new java.util.HashSet<>();
        Map<String, String> shrunk = new java.util.LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String where = RESOURCE + " line " + (i + 1) + ": ";
            Command command = colon < 0
                    ? null
                    : Command.byId(line.substring(0, colon).strip()).orElse(null);
            if (command == null) {
                throw new IllegalStateException(where + "expected 'command: phrase, phrase', with a known command");
            }
            for (String phrase : line.substring(colon + 1).split(",")) {
                SpokenText.words(phrase).forEach(CommandPhrases::learn);
                phrases.add(String.join(" ", SpokenText.words(phrase)));
                String key = CommandPhrases.key(SpokenText.words(phrase), true);
                if (key.isEmpty()) {
                    throw new IllegalStateException(where + "'" + phrase.strip() + "' is only polite words");
                }
                if (SpokenText.words(phrase).size() == 1) {
                    alone.add(key);
                } else if (!key.contains(" ")) {
                    shrunk.putIfAbsent(key, where + "'" + phrase.strip() + "' is only '" + key + "'");
                }
                Command earlier = byPhrase.putIfAbsent(key, command);
                if (earlier != null && earlier != command) {
                    throw new IllegalStateException(
                            where + "'" + phrase.strip() + "' is also a phrase for " + earlier.id());
                }
            }
        }
        // "please do" shrunk to "do" would make a bare "do" a command though nobody wrote it alone
        shrunk.keySet().removeAll(alone);
        if (!shrunk.isEmpty()) {
            Map.Entry<String, String> first = shrunk.entrySet().iterator().next();
            throw new IllegalStateException(first.getValue() + " without its polite words; write '" + first.getKey()
                    + "' alone as a phrase too if it is meant, or say more");
        }
        return new CommandPhrases(byPhrase, phrases);
    }
}
