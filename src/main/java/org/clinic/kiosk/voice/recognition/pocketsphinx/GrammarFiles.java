package org.clinic.kiosk.voice.recognition.pocketsphinx;

import java.util.SortedSet;
import org.clinic.kiosk.voice.recognition.Vocabulary;

/**
 * What a grammar decoder is made from: the vocabulary's language model ({@link BigramGrammar}, ARPA
 * text) and the dictionary lines of its words, under a search name.
 *
 * @param search     the name its decoders are pooled under
 * @param dictionary the dictionary file's text: only the grammar's words
 * @param arpa       the language model file's text
 * @param words      how many distinct words it has
 * @param dropped    the vocabulary's words the dictionary lacks, left out
 */
record GrammarFiles(String search, String dictionary, String arpa, int words, SortedSet<String> dropped) {

    static GrammarFiles of(Vocabulary vocabulary, PronouncingDictionary dictionary, String search) {
        BigramGrammar grammar = BigramGrammar.of(vocabulary, dictionary::knows);
        return new GrammarFiles(
                search,
                dictionary.only(grammar.words()),
                grammar.arpa(),
                grammar.words().size(),
                grammar.dropped());
    }
}
