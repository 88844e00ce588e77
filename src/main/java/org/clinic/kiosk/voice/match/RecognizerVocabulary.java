package org.clinic.kiosk.voice.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.clinic.kiosk.topic.Topic;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.clinic.kiosk.voice.recognition.Vocabulary;

/**
 * The recognizer's grammar: topic titles, summaries and example questions, the front desk's
 * questions, the paraphrase vote's other sentences (ways of asking for topics and commands, off-topic
 * talk), every synonym-file and command phrase, the small polite words, and
 * {@link Transcript#UNKNOWN}; lower case, each once.
 */
final class RecognizerVocabulary {

    private RecognizerVocabulary() {}

    static Vocabulary of(
            List<Topic> topicList,
            SynonymFile synonyms,
            CommandPhrases commands,
            List<String> frontDeskQuestions,
            List<String> voteSentences) {
        Set<String> phrases = new LinkedHashSet<>();
        List<String> texts = new ArrayList<>();
        for (Topic topic : topicList) {
            texts.add(topic.title());
            texts.add(topic.summary());
            texts.addAll(topic.questions());
        }
        texts.addAll(frontDeskQuestions);
        texts.addAll(voteSentences);
        texts.addAll(synonyms.phrases());
        texts.addAll(commands.phrases());
        texts.addAll(CommandWords.POLITE.stream().sorted().toList());
        for (String text : texts) {
            List<String> words = SpokenText.words(text);
            if (!words.isEmpty()) {
                phrases.add(String.join(" ", words));
            }
        }
        phrases.add(Transcript.UNKNOWN);
        return new Vocabulary(List.copyOf(phrases));
    }
}
